import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { apiAs, type ApiClient } from '../../support/api-client';
import { city } from '../../support/city.fixture';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { startTestApp, type TestApp } from '../../support/test-app';

// Issue 14, point 9: the Office's status report counts every task of the jurisdiction, before and after a
// reorganisation. A ward (phường) with four offices: A and B, C, D. Tasks are assigned to each (one of C's is
// handed over to A); then A merges
// into B (1 April), D is dissolved without a successor (1 April), B merges into C (1 May), and E, an office
// outside the ward, merges into C (1 May). The rows must always add up to every task assigned in the ward.
const admin = { personId: 'quan-tri-vien', unitId: 'so-noi-vu', roles: ['admin'] as string[] };
const WARD = 'ubnd-phuong-thu-nghiem';
const A = 'phong-van-hoa-thu-nghiem';
const B = 'phong-kinh-te-thu-nghiem';
const C = 'phong-kinh-te-van-hoa-thu-nghiem';
const D = 'to-cong-tac-thu-nghiem';
const E = 'ban-quan-ly-cho-thu-nghiem';
const wardChief = { personId: 'tran-van-an', unitId: 'ubnd-tp', roles: ['office_chief'], jurisdictionUnitId: WARD };

const assignment = (leadUnitId: string, day: string) => ({
  title: `Rà soát hồ sơ tồn đọng của ${leadUnitId}`,
  category: 'culture',
  source: { number: '12/UBND', date: day },
  assigningAuthority: { personId: city.chairman.personId, unitId: city.chairman.unitId },
  leadUnitId,
  deadline: { dueAt: '2026-12-31' },
  occurredAt: `${day}T08:00:00+07:00`,
});

interface Row {
  unitId: string;
  unitName: string;
  counts: Record<string, number>;
  total: number;
  note: string | null;
  dissolvedOn: string | null;
  includes: Array<{ unitId: string; unitName: string; mergedOn: string; total: number }>;
}

describe("the Office's status report after a merger counts every task (issue 14, point 9)", () => {
  let t: TestApp;
  let api: ApiClient;
  let chief: ApiClient;
  const taskOf: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    api = apiAs(t.app, t.tokenFor(admin as never));
    chief = apiAs(t.app, t.tokenFor(wardChief as never));
    const chairman = apiAs(t.app, t.tokenFor(city.chairman));
    const unit = (unitId: string, name: string, parentUnitId: string) =>
      api.post('/org/units', { unitId, name, kind: 'office', parentUnitId, validFrom: '2026-01-01' }).expect(201);
    await unit(WARD, 'UBND phường Thử Nghiệm', 'ubnd-tp');
    await unit(A, 'Phòng Văn hóa', WARD);
    await unit(B, 'Phòng Kinh tế', WARD);
    await unit(C, 'Phòng Kinh tế – Văn hóa', WARD);
    await unit(D, 'Tổ công tác', WARD);
    await unit(E, 'Ban Quản lý chợ', 'so-noi-vu');
    // Two tasks led by A, one by B, one by C, one by D, one by E; all assigned in February.
    for (const [key, lead] of [
      ['a1', A],
      ['a2', A],
      ['b1', B],
      ['c1', C],
      ['d1', D],
      ['e1', E],
    ] as const) {
      const response = await chairman.post('/tasks', assignment(lead, '2026-02-02')).expect(201);
      taskOf[key] = response.body.taskId as string;
    }
    // C's head hands c2 (led by C) over to A on 10 February: A holds it when A is merged away; it stays C's task.
    await api.post('/org/persons', { personId: 'truong-phong-c', fullName: 'Lý Thị Cúc', officialCode: 'TN-0001' }).expect(201);
    await api.post(`/org/units/${C}/appointments`, { personId: 'truong-phong-c', position: 'head', validFrom: '2026-01-01' }).expect(201);
    taskOf['c2'] = (await chairman.post('/tasks', assignment(C, '2026-02-02')).expect(201)).body.taskId as string;
    const headOfC = apiAs(t.app, t.tokenFor({ personId: 'truong-phong-c', unitId: C, roles: ['unit_head'] } as never));
    await headOfC
      .post(`/tasks/${taskOf['c2']}/transfers`, { to: { unitId: A }, reason: 'Phối hợp xử lý', occurredAt: '2026-02-10T09:00:00+07:00' })
      .expect(201);
    await api.post(`/org/units/${A}/mergers`, { successorUnitId: B, effectiveOn: '2026-04-01' }).expect(201);
    await api.post(`/org/units/${D}/dissolution`, { effectiveOn: '2026-04-01', reason: 'Hoàn thành nhiệm vụ' }).expect(201);
    await api.post(`/org/units/${B}/mergers`, { successorUnitId: C, effectiveOn: '2026-05-01' }).expect(201);
    await api.post(`/org/units/${E}/mergers`, { successorUnitId: C, effectiveOn: '2026-05-01' }).expect(201);
    await projectionsCaughtUp(t.app);
  });
  afterAll(() => t.close());

  const rowsOf = (body: Record<string, any>): Array<[string, number]> => (body['rows'] as Row[]).map((row) => [row.unitId, row.total]);
  const sum = (body: Record<string, any>): number => (body['rows'] as Row[]).reduce((total, row) => total + row.total, 0);

  it('before the mergers: one row per lead unit, the six tasks of the ward (c2, held by A, under its lead C)', async () => {
    const before = (await chief.get(`/reports/status?unit=${WARD}&asOf=2026-03-15`).expect(200)).body;
    expect(rowsOf(before)).toEqual([
      [B, 1],
      [C, 2],
      [A, 2],
      [D, 1],
    ]);
    expect(sum(before)).toBe(6);
    expect(before['total']['total']).toBe(6);
  });

  it("after A merged into B: A's tasks under B, with a note naming A and the day; D dissolved still counted", async () => {
    for (const path of [`/reports/status?unit=${WARD}&asOf=2026-04-15`, '/reports/status?asOf=2026-04-15']) {
      const after = (await chief.get(path).expect(200)).body;
      expect(rowsOf(after)).toEqual([
        [B, 3],
        [C, 2],
        [D, 1],
      ]);
      expect(sum(after)).toBe(6);
      expect(after['total']['total']).toBe(6);
      const rowB = (after['rows'] as Row[])[0]!;
      expect(rowB.counts).toMatchObject({ within_deadline: 3 });
      expect(rowB.note).toBe('Gồm nhiệm vụ của Phòng Văn hóa (sáp nhập ngày 01/04/2026).');
      expect(rowB.includes).toEqual([
        {
          unitId: A,
          unitName: 'Phòng Văn hóa',
          mergedOn: '2026-04-01',
          through: [],
          counts: expect.objectContaining({ within_deadline: 2 }),
          total: 2,
        },
      ]);
      const rowD = (after['rows'] as Row[])[2]!;
      expect(rowD).toMatchObject({
        unitName: 'Tổ công tác',
        dissolvedOn: '2026-04-01',
        note: 'Đơn vị đã giải thể ngày 01/04/2026, không có đơn vị kế thừa.',
      });
    }
  });

  it('after the chained merger A → B → C and E (outside the ward) → C: everything under C, E included', async () => {
    const after = (await chief.get(`/reports/status?unit=${WARD}&asOf=2026-05-15`).expect(200)).body;
    expect(rowsOf(after)).toEqual([
      [C, 6],
      [D, 1],
    ]);
    expect(sum(after)).toBe(7);
    const rowC = (after['rows'] as Row[])[0]!;
    expect(rowC.includes.map((included) => [included.unitId, included.mergedOn, included.total])).toEqual([
      [E, '2026-05-01', 1],
      [B, '2026-05-01', 1],
      [A, '2026-04-01', 2],
    ]);
    expect(rowC.note).toBe(
      'Gồm nhiệm vụ của Ban Quản lý chợ (sáp nhập ngày 01/05/2026); Phòng Kinh tế (sáp nhập ngày 01/05/2026); Phòng Văn hóa (sáp nhập ngày 01/04/2026, qua Phòng Kinh tế).',
    );
    // The whole city, as the admin reads it: the same six tasks, under C and D, none under A, B or E.
    const cityWide = (await api.get('/reports/status?asOf=2026-05-15').expect(200)).body;
    const rows = cityWide['rows'] as Row[];
    expect(rows.filter((row) => [A, B, E].includes(row.unitId))).toEqual([]);
    expect(rows.find((row) => row.unitId === C)?.total).toBe(6);
  });

  it('the jurisdiction follows the successor: the ward reads the task of E, merged into its office C', async () => {
    await chief.get(`/tasks/${taskOf['e1']}`).expect(200);
    await chief.get(`/reports/units/${E}?from=2026-02-01&to=2026-05-31`).expect(200);
  });

  it('the CSV export carries the note in its last column', async () => {
    const csv = (await chief.get(`/reports/status?unit=${WARD}&asOf=2026-04-15&format=csv`).expect(200)).text;
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]!.split(';').at(-1)).toBe('Ghi chú');
    expect(lines[1]).toBe(`${B};Phòng Kinh tế;3;0;0;0;0;0;0;0;3;Gồm nhiệm vụ của Phòng Văn hóa (sáp nhập ngày 01/04/2026).`);
    // A comma inside the note: quoted, RFC 4180 style.
    expect(lines[3]).toBe(`${D};Tổ công tác;1;0;0;0;0;0;0;0;1;"Đơn vị đã giải thể ngày 01/04/2026, không có đơn vị kế thừa."`);
  });

  it("the ward's unit report after the reorganisation still covers A's and D's work", async () => {
    const april = (await chief.get(`/reports/units/${WARD}?from=2026-02-01&to=2026-04-30&includeSubunits=true`).expect(200)).body;
    expect(april['unit']['units'].map((entry: { unitId: string }) => entry.unitId)).toEqual([WARD, B, C, D, A]);
    expect(april['figures']['tasksHeld']['count']).toBe(6);
    const may = (await chief.get(`/reports/units/${WARD}?from=2026-02-01&to=2026-05-31&includeSubunits=true`).expect(200)).body;
    expect(may['figures']['tasksHeld']['count']).toBe(7);
  });

  it('the unit report of the successor includes the merged units (nothing held by A disappears from B)', async () => {
    const report = (await chief.get(`/reports/units/${B}?from=2026-02-01&to=2026-04-30&includeSubunits=true`).expect(200)).body;
    expect(report['unit']['units'].map((entry: { unitId: string }) => entry.unitId)).toEqual([B, A]);
    // a1, a2 and b1, and c2 while A held it.
    expect(report['figures']['tasksHeld']['count']).toBe(4);
  });
});
