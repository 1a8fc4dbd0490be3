import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../support/test-app';
import { admin, chairman, homeAffairs, HostileClient, inspector } from './hostile-input.fixture';

// Query filters and path parameters that answered 500 (a NUL reaching PostgreSQL) or 404 answer 400
// naming the parameter, for every route: the check is global, not per controller.
describe('hostile query strings and path parameters', () => {
  let t: TestApp;
  let http: HostileClient;

  beforeAll(async () => {
    t = await startTestApp();
    http = await HostileClient.start(t);
  });
  afterAll(async () => {
    await http.close();
    await t.close();
  });

  it('refuses %00 in the filters of /tasks, /findings, /cases, /audit/events and /admin/access-log, naming the parameter', async () => {
    const nul = 'chứa ký tự NUL (U+0000 ở vị trí 1), không được phép';
    const tasks = await http.refused(http.get(chairman, '/tasks?unit=%00'), { field: 'unit', reason: nul });
    expect(tasks.detail).toBe(`Tham số unit không hợp lệ: ${nul}.`);
    await http.refused(http.get(inspector, '/findings?person=%00&status=open'), { field: 'person', reason: nul });
    await http.refused(http.get(homeAffairs, '/cases?person=%00'), { field: 'person', reason: nul });
    await http.refused(http.get(admin, '/audit/events?person=%00'), { field: 'person', reason: nul });
    await http.refused(http.get(admin, '/admin/access-log?person=%00'), { field: 'person', reason: nul });
    await http.refused(http.get(chairman, '/tasks?category=so-xay-dung%00'), {
      field: 'category',
      reason: 'chứa ký tự NUL (U+0000 ở vị trí 12), không được phép',
    });
  });

  it('refuses control characters (C0, DEL, C1, ESC) in any parameter of any route, repeated ones included', async () => {
    await http.refused(http.get(chairman, '/reports/persons?q=Cu%1B%5B31m'), {
      field: 'q',
      reason: 'chứa ký tự điều khiển U+001B ở vị trí 3, không được phép',
    });
    await http.refused(http.get(chairman, '/tasks?unit=so-xay-dung&unit=a%7F'), { field: 'unit', reason: /U\+007F/ });
    await http.refused(http.get(chairman, '/org/units?asOf=2026%C2%85'), { field: 'asOf', reason: /U\+0085/ });
    await http.refused(http.get(chairman, '/calendar/working-days?from=2026-02-09%0A&to=2026-03-06'), { field: 'from', reason: /U\+000A/ });
  });

  it('names a parameter whose own name holds one, shown escaped', async () => {
    await http.refused(http.get(chairman, '/tasks?unit%00=so-xay-dung'), { field: 'unit\\u0000', reason: /^tên tham số chứa ký tự NUL/ });
  });

  it('refuses a lone surrogate (CESU-8 bytes, %u escapes) and broken percent-encoding instead of reading U+FFFD', async () => {
    const reason = 'không phải văn bản UTF-8 mã hóa phần trăm (%) hợp lệ';
    await http.refused(http.get(chairman, '/tasks?category=%ED%A0%80'), { field: 'category', reason });
    await http.refused(http.get(chairman, '/tasks?person=%uD800'), { field: 'person', reason });
    await http.refused(http.get(chairman, '/tasks?unit=%FF'), { field: 'unit', reason });
    await http.refused(http.get(chairman, '/tasks?unit=100%'), { field: 'unit', reason });
  });

  it('refuses NUL and control characters in path parameters, naming them; broken encoding names the path', async () => {
    const unit = await http.refused(http.get(chairman, '/org/units/%00/head'), {
      field: 'unitId',
      reason: 'chứa ký tự NUL (U+0000 ở vị trí 1), không được phép',
    });
    expect(unit.detail).toBe('Tham số unitId trong đường dẫn không hợp lệ: chứa ký tự NUL (U+0000 ở vị trí 1), không được phép.');
    await http.refused(http.get(admin, '/reports/persons/le-van-cuong%00?from=2026-03-01&to=2026-03-31'), { field: 'personId' });
    await http.refused(http.post(admin, '/org/units/so-xay-dung/mandates/land%1B/withdrawal', { validTo: '2026-06-30' }), {
      field: 'category',
    });
    await http.refused(http.get(chairman, '/org/persons/%ED%A0%80'), { field: 'path' });
  });

  it('refuses dates PostgreSQL cannot read (year 0) instead of failing on them', async () => {
    await http.refused(http.get(inspector, '/handover-network?from=0000-01-01'), {
      field: 'from',
      reason: 'phải nằm trong các năm 1 đến 9999 (UTC)',
    });
    await http.refused(http.get(chairman, '/tasks?asOf=%2B275760-09-13T00:00:00.000Z'), { field: 'asOf' });
  });
});
