import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../support/test-app';
import { readers } from '../access/access-fixture';
import { admin, chairman, homeAffairs, HostileClient, inspector } from '../hostile-input/hostile-input.fixture';
import { s1Assignment } from '../scenarios/s1-story';

// Every `errors[].reason` is for a person, in Vietnamese like the detail beside it (the field names stay as
// they are): the pipe's class-validator reasons, and each controller's, pipe's and interceptor's own.
// HostileClient.refused checks that every reason of a 400 is Vietnamese; the expectations name what each says.
describe('field errors give their reasons in Vietnamese', () => {
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

  it('an id in the path that is not a UUID', async () => {
    const task = await http.refused(http.get(chairman, '/tasks/not-a-uuid'), { field: 'taskId', reason: 'phải là mã UUID' });
    expect(task.detail).toBe('taskId phải là mã UUID.');
    await http.refused(http.get(homeAffairs, '/cases/not-a-uuid'), { field: 'caseId', reason: 'phải là mã UUID' });
    await http.refused(http.get(inspector, '/findings/not-a-uuid'), { field: 'findingId', reason: 'phải là mã UUID' });
  });

  it('a body the DTO refuses: each field with its reason, as the detail says it', async () => {
    const body = { ...s1Assignment('Rà soát hồ sơ cấp phép'), title: 7, category: 'Xây dựng', colour: 'red' };
    const refused = await http.refused(http.post(chairman, '/tasks', body), { field: 'title', reason: 'phải là chuỗi ký tự' });
    expect(refused.errors).toEqual(
      expect.arrayContaining([
        { field: 'category', reason: 'phải là mã lĩnh vực viết thường không dấu, ví dụ construction hoặc land' },
        { field: 'colour', reason: 'không phải là trường được nhận' },
      ]),
    );
    for (const { field, reason } of refused.errors!) {
      const said = refused.detail.slice(refused.detail.indexOf(`${field}: `)).split(';')[0];
      expect(said).toContain(reason);
    }
    await http.refused(http.post(chairman, '/tasks', { ...s1Assignment('Rà soát hồ sơ cấp phép'), occurredAt: 'hôm qua' }), {
      field: 'occurredAt',
      reason: 'phải là ngày hoặc thời điểm ISO 8601',
    });
  });

  it('a deadline given both as a date and as working days', async () => {
    const body = { ...s1Assignment('Kiểm tra công trình sai phép'), deadline: { dueAt: '2026-03-20', workingDays: 5 } };
    await http.refused(http.post(chairman, '/tasks', body), {
      field: 'deadline',
      reason: 'chỉ ghi một trong hai: dueAt hoặc workingDays',
    });
  });

  it('an Idempotency-Key that is not 1 to 255 printable characters', async () => {
    const body = s1Assignment('Kiểm tra công trình sai phép');
    await http.refused(http.post(chairman, '/tasks', body, { 'Idempotency-Key': 'two words' }), {
      field: 'Idempotency-Key',
      reason: 'phải gồm 1–255 ký tự ASCII in được, không có khoảng trắng',
    });
  });

  it('an organisation file sent empty', async () => {
    await http.refused(http.postCsv(admin, '/org/imports', ''), { field: 'body', reason: 'chưa gửi nội dung tệp' });
  });

  it('query parameters: unknown, repeated, out of range, not one of the values, not a cursor, out of order', async () => {
    await http.refused(http.get(chairman, '/tasks?limit=0'), { field: 'limit', reason: 'phải là số nguyên từ 1 đến 200' });
    await http.refused(http.get(chairman, '/tasks?status=open&status=closed'), { field: 'status', reason: 'chỉ được có một giá trị' });
    await http.refused(http.get(chairman, '/tasks?status=lost'), { field: 'status', reason: /^phải là một trong: / });
    await http.refused(http.get(chairman, '/tasks?cursor=abc'), {
      field: 'cursor',
      reason: 'không phải con trỏ trang do chính đường dẫn này trả về',
    });
    await http.refused(http.get(inspector, '/findings?colour=red'), { field: 'colour', reason: /^tham số không được hỗ trợ; / });
    await http.refused(http.get(inspector, `/findings?task=T1`), { field: 'task', reason: 'phải là mã nhiệm vụ (UUID)' });
    await http.refused(http.get(homeAffairs, '/cases?status=open'), { field: 'status', reason: /^phải là một trong: proposed/ });
    await http.refused(http.get(inspector, '/reports/units/so-xay-dung?to=2026-03-31'), {
      field: 'from',
      reason: 'bắt buộc (YYYY-MM-DD hoặc một thời điểm ISO 8601)',
    });
    await http.refused(http.get(inspector, '/reports/units/so-xay-dung?from=2026-03-31&to=2026-03-01'), {
      field: 'to',
      reason: 'phải sau from',
    });
    await http.refused(http.get(admin, '/admin/access-log?before=abc'), {
      field: 'before',
      reason: 'phải là mã một mục của nhật ký truy cập',
    });
    await http.refused(http.get(admin, '/audit/events?types=task-transferred'), {
      field: 'types',
      reason: /^phải là tên các loại sự kiện/,
    });
  });

  it('the audit trail asked by a non-admin without a subject', async () => {
    await http.refused(http.get(readers.cityInspector, '/audit/events'), {
      field: 'task',
      reason: 'cần chọn nhiệm vụ (task), người (person) hoặc đơn vị (unit); chỉ quản trị viên được xem toàn bộ nhật ký',
    });
  });

  it('the handover network: a level it does not draw, a giver without a receiver', async () => {
    await http.refused(http.get(inspector, '/handover-network?level=team'), { field: 'level', reason: 'phải là unit hoặc person' });
    await http.refused(http.get(inspector, '/handover-network?giver=so-xay-dung'), {
      field: 'receiver',
      reason: 'giver và receiver phải đi cùng nhau',
    });
    await http.refused(http.get(inspector, '/handover-network?from=0000-01-01'), {
      field: 'from',
      reason: 'phải nằm trong các năm 1 đến 9999 (UTC)',
    });
  });

  it('a step on a case with a body the DTO refuses', async () => {
    await http.refused(http.post(homeAffairs, `/cases/${randomUUID()}/withdrawal`, {}), {
      field: 'reason',
      reason: /^(bắt buộc phải có|không được để trống|phải là chuỗi ký tự)$/,
    });
  });
});
