import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { apiAs, type ApiClient } from '../support/api-client';
import { city } from '../support/city.fixture';
import { startTestApp, type TestApp } from '../support/test-app';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/org-import', name));
const admin = { personId: 'quan-tri-vien', unitId: 'so-noi-vu', roles: ['admin' as const] };

const BAD_ROW_ISSUES = [
  {
    index: 2,
    line: 4,
    record: 'unit',
    field: 'parent_unit_id',
    reason: 'Đơn vị "khong-co-don-vi" không có trong tệp và chưa có trong hệ thống.',
  },
  {
    index: 5,
    line: 7,
    record: 'appointment',
    field: 'position',
    reason: 'Chức vụ "Giám sát viên" không được hỗ trợ (người đứng đầu, cấp phó, chuyên viên, văn thư).',
  },
  {
    index: 6,
    line: 8,
    record: 'mandate',
    field: 'valid_from',
    reason: 'Ngày "2023-13-01" không hợp lệ (dùng YYYY-MM-DD hoặc DD/MM/YYYY).',
  },
  {
    index: 7,
    line: 9,
    record: 'appointment',
    field: 'position',
    reason: 'Đơn vị đã có người đứng đầu trong thời gian này; cần kết thúc bổ nhiệm hiện tại trước.',
  },
];

describe('organisation import (POST /org/imports)', () => {
  let t: TestApp;
  let api: ApiClient;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = t.tokenFor(admin);
    api = apiAs(t.app, token);
  });
  afterAll(() => t.close());

  const send = (body: Buffer | string, query = '', contentType = 'text/csv; charset=utf-8') =>
    request(t.app.getHttpServer())
      .post(`/org/imports${query}`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', contentType)
      .send(body);

  it('applies a good CSV (BOM, quoted commas, Vietnamese diacritics) and makes it queryable at once', async () => {
    const response = await send(fixture('good.csv')).expect(200);
    expect(response.body).toMatchObject({
      applied: true,
      accepted: true,
      dryRun: false,
      mode: 'all_or_nothing',
      format: 'csv',
      rowCount: 7,
      counts: { created: 7, updated: 0, unchanged: 0, rejected: 0 },
      issues: [],
      eventsPlanned: 7,
      eventsAppended: 7,
    });
    expect(response.body.outcomes.map((row: { line: number }) => row.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);

    const centre = await api.get('/org/units/trung-tam-van-hoa-hai-chau?asOf=2022-01-01').expect(200);
    expect(centre.body).toMatchObject({
      name: 'Trung tâm Văn hóa, Thể thao quận Hải Châu',
      kind: 'public_service_unit',
      parentUnitId: 'ubnd-quan-hai-chau',
      mandates: ['culture_events'],
    });
    const team = await api.get('/org/units/doi-thong-tin-luu-dong?asOf=2022-06-01').expect(200);
    expect(team.body).toMatchObject({ name: 'Đội Thông tin lưu động', parentUnitId: 'trung-tam-van-hoa-hai-chau' });
    const head = await api.get('/org/units/trung-tam-van-hoa-hai-chau/head?asOf=2026-03-02').expect(200);
    expect(head.body.head).toMatchObject({ personId: 'nguyen-thi-ngoc-anh', position: 'head', from: '2022-01-01', to: null });
    const tri = await api.get('/org/persons/le-duc-tri').expect(200);
    expect(tri.body.fullName).toBe('Lê Đức Trí'.normalize('NFC'));
    expect(tri.body.appointments).toEqual([
      {
        id: 'doi-thong-tin-luu-dong/le-duc-tri/staff/2022-06-01',
        unitId: 'doi-thong-tin-luu-dong',
        personId: 'le-duc-tri',
        position: 'staff',
        from: '2022-06-01',
        to: '2026-12-31',
        ended: false,
      },
    ]);
  });

  it('records the file as an import: every event names the source and one batch, and the audit trail shows it as imported, not late', async () => {
    const trail = (await api.get('/audit/events?unit=trung-tam-van-hoa-hai-chau&types=UnitEstablished,MandateGranted').expect(200)).body
      .items as Array<Record<string, unknown>>;
    expect(trail.length).toBeGreaterThan(0);
    const batches = new Set(trail.map((entry) => (entry['import'] as { batchId: string }).batchId));
    expect(batches.size).toBe(1);
    for (const entry of trail)
      expect(entry).toMatchObject({
        imported: true,
        late: false,
        import: { source: 'org-import', batchId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
      });
  });

  it('appends nothing when the same file is imported again', async () => {
    const response = await send(fixture('good.csv')).expect(200);
    expect(response.body).toMatchObject({
      applied: true,
      counts: { created: 0, updated: 0, unchanged: 7, rejected: 0 },
      issues: [],
      eventsPlanned: 0,
      eventsAppended: 0,
    });
  });

  it('refuses a CSV with bad rows as a whole, naming each line (422), and records nothing', async () => {
    const response = await send(fixture('bad-rows.csv')).expect(422);
    expect(response.body).toMatchObject({
      status: 422,
      rule: 'ORG_IMPORT_REJECTED',
      detail: 'Tệp có 4 dòng không hợp lệ; không có thay đổi nào được ghi.',
      applied: false,
      accepted: false,
      rowCount: 7,
      eventsPlanned: 0,
      eventsAppended: 0,
    });
    expect(response.body.issues).toEqual(BAD_ROW_ISSUES);
    await api.get('/org/units/phong-van-hoa-son-tra?asOf=2023-06-01').expect(404);
    await api.get('/org/persons/dinh-van-hung').expect(404);
  });

  it('with good_rows_only applies the good rows and reports the bad ones', async () => {
    const response = await send(fixture('bad-rows.csv'), '?mode=good_rows_only').expect(200);
    expect(response.body).toMatchObject({
      applied: true,
      mode: 'good_rows_only',
      counts: { created: 3, updated: 0, unchanged: 0, rejected: 4 },
      eventsPlanned: 3,
      eventsAppended: 3,
    });
    expect(response.body.issues).toEqual(BAD_ROW_ISSUES);
    const unit = await api.get('/org/units/phong-van-hoa-son-tra?asOf=2023-06-01').expect(200);
    expect(unit.body).toMatchObject({
      name: 'Phòng Văn hóa và Thông tin',
      kind: 'office',
      parentUnitId: 'ubnd-quan-son-tra',
      mandates: [],
    });
    const head = await api.get('/org/units/phong-van-hoa-son-tra/head?asOf=2023-06-01').expect(200);
    expect(head.body.head).toMatchObject({ personId: 'dinh-van-hung', position: 'head' });
    await api.get('/org/units/phong-ma?asOf=2023-06-01').expect(404);
    const xayDung = await api.get('/org/units/so-xay-dung/head?asOf=2026-04-01').expect(200);
    expect(xayDung.body.head).toMatchObject({ personId: 'nguyen-thi-binh' });
  });

  it('imports JSON records', async () => {
    const body = JSON.parse(fixture('son-tra.json').toString('utf8'));
    const response = await api.post('/org/imports', body).expect(200);
    expect(response.body).toMatchObject({
      applied: true,
      format: 'json',
      rowCount: 4,
      counts: { created: 4, rejected: 0 },
      eventsAppended: 4,
    });
    expect(response.body.outcomes).toEqual([
      { index: 1, line: null, outcome: 'created' },
      { index: 2, line: null, outcome: 'created' },
      { index: 3, line: null, outcome: 'created' },
      { index: 4, line: null, outcome: 'created' },
    ]);
    expect((await api.get('/org/mandates?category=justice&asOf=2022-01-01').expect(200)).body.unitIds).toEqual(['phong-tu-phap-son-tra']);
    const head = await api.get('/org/units/phong-tu-phap-son-tra/head?asOf=2022-01-01').expect(200);
    expect(head.body.head).toMatchObject({ personId: 'mai-thi-thu', from: '2021-07-01' });
  });

  it('reports a bad JSON record by its index (no line numbers)', async () => {
    const response = await api
      .post('/org/imports', [{ record: 'person', person_id: 'vo-van-a', full_name: 'Võ Văn A', official_code: 42 }])
      .expect(422);
    expect(response.body.issues).toEqual([
      { index: 1, line: null, record: null, field: 'official_code', reason: 'Giá trị phải là chuỗi ký tự.' },
    ]);
  });

  it('on a dry run reports what would change and applies nothing', async () => {
    const csv = [
      'record,unit_id,name,kind,parent_unit_id,valid_from',
      'unit,to-chuyen-trach-chuyen-doi-so,"Tổ chuyên trách chuyển đổi số, quận Sơn Trà",Khác,ubnd-quan-son-tra,2024-01-01',
    ].join('\n');
    const response = await send(csv, '?dryRun=true').expect(200);
    expect(response.body).toMatchObject({
      applied: false,
      accepted: true,
      dryRun: true,
      counts: { created: 1 },
      eventsPlanned: 1,
      eventsAppended: 0,
    });
    await api.get('/org/units/to-chuyen-trach-chuyen-doi-so?asOf=2024-06-01').expect(404);
    const rejected = await send(fixture('bad-rows.csv'), '?dryRun=true').expect(422);
    expect(rejected.body.issues).toHaveLength(4);
  });

  it('refuses an unreadable file, another media type, a bad mode, a file over the limit, and a non-admin', async () => {
    const unknownColumn = await send('record,unit_id,ghi_chu\nunit,a,b\n').expect(422);
    expect(unknownColumn.body.issues).toEqual([
      { index: 0, line: 1, record: null, field: 'file', reason: 'Cột "ghi_chu" không thuộc mẫu nhập liệu.' },
    ]);
    expect(unknownColumn.body.detail).toBe('Không đọc được tệp: Cột "ghi_chu" không thuộc mẫu nhập liệu. Không có thay đổi nào được ghi.');
    await send('record,unit_id\n', '', 'text/plain').expect(415);
    await send(Buffer.from('record\n', 'latin1'), '', 'text/csv; charset=windows-1258').expect(415);
    const mode = await send(fixture('good.csv'), '?mode=some_rows').expect(400);
    expect(mode.body.errors).toEqual([{ field: 'mode', reason: 'phải là một trong các giá trị: all_or_nothing, good_rows_only' }]);
    const tooLarge = await send(`record,name\n${'unit,x\n'.repeat(1_300_000)}`).expect(413);
    expect(tooLarge.body).toMatchObject({ status: 413, limitBytes: 8 * 1024 * 1024 });
    const chairman = apiAs(t.app, t.tokenFor(city.chairman));
    await chairman.post('/org/imports', []).expect(403);
  });
});
