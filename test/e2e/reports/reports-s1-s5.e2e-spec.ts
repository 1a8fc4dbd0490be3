import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { city } from '../../support/city.fixture';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { shapeMismatches, type ShapeSchema } from '../../support/openapi-shape';
import { startTestApp, type TestApp } from '../../support/test-app';
import { FindingsClient } from '../findings/findings-client';
import { ScenarioClient } from '../scenarios/scenario-client';
import { figuresOf, NOTHING } from './report-figures';
import { playStories, type StoryTasks } from './report-stories';
import { ReportsClient } from './reports-client';

// S1–S5 (scenarios.md) played over HTTP (see report-stories.ts), then read back through /reports. Every
// figure below is computed by hand from the story; days are working days (Asia/Ho_Chi_Minh calendar).
const { inspector, cuong } = city;
const MARCH = 'from=2026-03-01&to=2026-03-31';
const confirmReason = 'Đã đối chiếu phiếu chuyển và phiếu trả lại: nhiệm vụ bị chuyển qua lại giữa hai Sở.';

describe('reports: per-person and per-unit figures, the status report and rankings for S1–S5', () => {
  let t: TestApp;
  let reports: ReportsClient;
  let ids: StoryTasks;

  beforeAll(async () => {
    t = await startTestApp();
    reports = new ReportsClient(t);
    ids = await playStories(new ScenarioClient(t));
    await projectionsCaughtUp(t.app);
    // The inspector confirms T1's PING_PONG finding: Cường then has one confirmed finding.
    const findings = new FindingsClient(t);
    const page = await findings.get(`/findings?task=${ids.t1}&rule=PING_PONG`, inspector);
    await findings.post(`/findings/${page['items'][0].id}/confirmation`, inspector, { justification: confirmReason });
    await projectionsCaughtUp(t.app);
  });
  afterAll(() => t.close());

  const person = async (personId: string, query: string): Promise<Record<string, any>> =>
    reports.get(`/reports/persons/${personId}?${query}`, inspector);
  const unitReport = async (unitId: string, query: string): Promise<Record<string, any>> =>
    reports.get(`/reports/units/${unitId}?${query}`, inspector);

  it('Lê Văn Cường, February–March: S1 and the three S4 tasks', async () => {
    // Held: T1 and the three S4 tasks (4). Completed: S4 on 27 Feb on time; S4 (đợt 2) and (đợt 3) on 2 March,
    // 1 day late each; T1 on 18 March, 2 days late (17, 18 March) → on time 1, late 3.
    // Individual delay: T1 2 (17–18 March) + 1 (5 March at Sở TN&MT, from OWN_WORK_TRANSFERRED) + 1 + 1 (2 March
    // on each late S4 task) = 5, of which held after the deadline 4.
    // Findings naming him: OVERDUE_HOLD on T1 and both late S4 tasks (3), OWN_WORK_TRANSFERRED and PING_PONG on T1
    // (PING_PONG confirmed). Evaluation: 100 (on time) + 75 (đợt 2: 1 day late, no reason: −25%) + 100 (đợt 3:
    // a difficulty reported on 26 Feb, before the 27 Feb deadline, and accepted by the chairman on 3 March, is the
    // objective reason; reported only, it would be deducted: 81.25) + 75 (T1) = 350 / 4 = 87.5
    // → the 70–89 band, "Hoàn thành tốt nhiệm vụ".
    const report = await person(cuong.personId, 'from=2026-02-01&to=2026-03-31');
    expect(figuresOf(report)).toEqual({
      ...NOTHING,
      held: 4,
      completed: { early: 0, onTime: 1, late: 3 },
      individual: { days: 5, byBasis: { HELD_AFTER_DEADLINE: 4, OWN_WORK_TRANSFERRED: 1 } },
      findings: {
        responsible: { OVERDUE_HOLD: { open: 3 }, OWN_WORK_TRANSFERRED: { open: 1 }, PING_PONG: { confirmed: 1 } },
        supervisory: {},
      },
      evaluation: { products: 4, progressPoints: 87.5, band: 'Hoàn thành tốt nhiệm vụ' },
    });
    expect(report['person']).toEqual({
      personId: cuong.personId,
      name: 'Lê Văn Cường',
      units: [{ unitId: 'so-xay-dung', name: 'Sở Xây dựng' }],
    });
    expect(report['period']).toEqual({
      from: '2026-01-31T17:00:00.000Z',
      to: '2026-03-31T17:00:00.000Z',
      asOf: '2026-03-31T16:59:59.999Z',
    });
    expect([...report['figures'].tasksHeld.taskIds].sort()).toEqual([ids.t1, ids.s4OnTime, ids.s4Late, ids.s4Excused].sort());
    const scores = report['figures'].evaluation.scores.map((score: Record<string, any>) => [
      score.taskId,
      score.grade,
      score.workingDaysLate,
      score.progressPoints,
      score.objectiveReason?.eventId ?? null,
    ]);
    expect(scores.sort()).toEqual(
      [
        [ids.s4OnTime, 'completed_on_time', 0, 100, null],
        [ids.s4Late, 'completed_late', 1, 75, null],
        [ids.s4Excused, 'completed_late', 1, 100, ids.difficultyEventId],
        [ids.t1, 'completed_late', 2, 75, null],
      ].sort(),
    );
    expect(report['figures'].evaluation.notice).toBe(
      'Hệ thống chỉ cung cấp số liệu và chứng cứ (mã nhiệm vụ, mã sự kiện); việc đánh giá, xếp loại do cấp có thẩm quyền quyết định.',
    );
  });

  it('S1 alone (3–31 March): Cường 2 + 1 individual days on T1; Nguyễn Thị Bình 3 supervisory days; nothing on Sở TN&MT', async () => {
    const cuongReport = await person(cuong.personId, 'from=2026-03-03&to=2026-03-31');
    expect(figuresOf(cuongReport)).toEqual({
      ...NOTHING,
      held: 1,
      completed: { early: 0, onTime: 0, late: 1 },
      individual: { days: 3, byBasis: { HELD_AFTER_DEADLINE: 2, OWN_WORK_TRANSFERRED: 1 } },
      findings: {
        responsible: { OVERDUE_HOLD: { open: 1 }, OWN_WORK_TRANSFERRED: { open: 1 }, PING_PONG: { confirmed: 1 } },
        supervisory: {},
      },
      evaluation: { products: 1, progressPoints: 75, band: 'Hoàn thành tốt nhiệm vụ' },
    });
    // Bình held nothing herself; as head of Sở Xây dựng she carries Cường's 3 days on T1 (the 2 March days of
    // the S4 tasks fall before this period) and is the supervisory party of T1's three findings.
    const binh = await person('nguyen-thi-binh', 'from=2026-03-03&to=2026-03-31');
    expect(figuresOf(binh)).toEqual({
      ...NOTHING,
      supervisory: { days: 3, byBasis: { HELD_AFTER_DEADLINE: 2, OWN_WORK_TRANSFERRED: 1 } },
      findings: {
        responsible: {},
        supervisory: { OVERDUE_HOLD: { open: 1 }, OWN_WORK_TRANSFERRED: { open: 1 }, PING_PONG: { confirmed: 1 } },
      },
    });
    expect(binh['figures'].delay.supervisory.taskIds).toEqual([ids.t1]);
    // February–March: + 1 supervisory day for each late S4 task → 5.
    expect((await person('nguyen-thi-binh', 'from=2026-02-01&to=2026-03-31'))['figures'].delay.supervisory.workingDays).toBe(5);
    // Sở TN&MT held T1 for one day (4–5 March) and answers for none of it.
    expect(figuresOf(await unitReport('so-tnmt', MARCH))).toEqual({ ...NOTHING, held: 1 });
  });

  it('S2: the silent consultee answers for 10 days; the lead holds T2 1 day overdue; the office that answered did so on time', async () => {
    // Phòng TN&MT's reply was due at the end of 17 March and never came: 18–20, 23–27, 30, 31 March = 10 days,
    // charged to its head Ngô Thị Lan (the unit named, its head answers). She also completed T3 (S3) on its due
    // day, 30 March: 1 product, 100 points. Its one consultation request is unanswered.
    const tnmt = await unitReport('phong-tnmt-hai-chau', MARCH);
    const silent = {
      ...NOTHING,
      held: 1,
      completed: { early: 0, onTime: 1, late: 0 },
      individual: { days: 10, byBasis: { SILENT_CONSULTEE: 10 } },
      findings: { responsible: { SILENT_CONSULTEE: { open: 1 } }, supervisory: {} },
      evaluation: { products: 1, progressPoints: 100, band: 'Hoàn thành xuất sắc nhiệm vụ' },
    };
    expect(figuresOf(tnmt)).toEqual({ ...silent, consultations: { counted: 1, onTime: 0, late: 0, unanswered: 1 } });
    expect(figuresOf(await person('ngo-thi-lan', MARCH))).toEqual(silent);
    // Bùi Văn Khánh holds T2, due 30 March, still open on 31 March: 1 day overdue, 1 day attributed. (No
    // OVERDUE_HOLD finding yet: nothing was recorded after the deadline and the deadline watcher is off in tests.)
    expect(figuresOf(await person('bui-van-khanh', MARCH))).toEqual({
      ...NOTHING,
      held: 1,
      openOverdue: [1],
      individual: { days: 1, byBasis: { HELD_AFTER_DEADLINE: 1 } },
    });
    // Đỗ Thị Hoa answered for Phòng QLĐT on 12 March, before the 17 March deadline; she held T3 for its first
    // hour and supervises Khôi's UPWARD_DEFLECTION (S5).
    expect(figuresOf(await person('do-thi-hoa', MARCH))).toEqual({
      ...NOTHING,
      held: 1,
      findings: { responsible: {}, supervisory: { UPWARD_DEFLECTION: { open: 1 } } },
      consultations: { counted: 1, onTime: 1, late: 0, unanswered: 0 },
    });
  });

  it('S3 and S5: a proper return leaves nothing on Phòng QLĐT but its S5 finding; Khôi has UPWARD_DEFLECTION and, in April, an early product', async () => {
    // Phòng QLĐT held T3 (16 March, 08:30–10:00) and both S5 tasks (3); it answered S2's request on time;
    // UPWARD_DEFLECTION names Khôi (responsible) and Hoa (supervisory), both of the office. No delay days.
    expect(figuresOf(await unitReport('phong-quan-ly-do-thi', MARCH))).toEqual({
      ...NOTHING,
      held: 3,
      findings: { responsible: { UPWARD_DEFLECTION: { open: 1 } }, supervisory: { UPWARD_DEFLECTION: { open: 1 } } },
      consultations: { counted: 1, onTime: 1, late: 0, unanswered: 0 },
    });
    expect(figuresOf(await person('nguyen-quang-khoi', MARCH))).toEqual({
      ...NOTHING,
      held: 2,
      findings: { responsible: { UPWARD_DEFLECTION: { open: 1 } }, supervisory: {} },
    });
    // April: the handled permit was completed on Thursday 2 April, due Monday 6 April → early, 100 points.
    const april = await person('nguyen-quang-khoi', 'from=2026-04-01&to=2026-04-02');
    expect(figuresOf(april)['completed']).toEqual({ early: 1, onTime: 0, late: 0 });
    expect(figuresOf(april)['evaluation']).toEqual({ products: 1, progressPoints: 100, band: 'Hoàn thành xuất sắc nhiệm vụ' });
  });

  it('UBND quận Hải Châu with its offices: the sums of S2, S3 and S5; without them, only the hour T3 spent back at the district', async () => {
    // Held: T2, T3, both S5 tasks (4); T3 on time; T2 1 day overdue; 1 (Khánh) + 10 (Phòng TN&MT) = 11 days;
    // consultations: Phòng QLĐT on time, Phòng TN&MT unanswered.
    const district = await unitReport('ubnd-quan-hai-chau', `${MARCH}&includeSubunits=true`);
    expect(figuresOf(district)).toEqual({
      ...NOTHING,
      held: 4,
      completed: { early: 0, onTime: 1, late: 0 },
      openOverdue: [1],
      individual: { days: 11, byBasis: { HELD_AFTER_DEADLINE: 1, SILENT_CONSULTEE: 10 } },
      findings: {
        responsible: { SILENT_CONSULTEE: { open: 1 }, UPWARD_DEFLECTION: { open: 1 } },
        supervisory: { UPWARD_DEFLECTION: { open: 1 } },
      },
      consultations: { counted: 2, onTime: 1, late: 0, unanswered: 1 },
      evaluation: { products: 1, progressPoints: 100, band: 'Hoàn thành xuất sắc nhiệm vụ' },
    });
    expect(district['unit']['units'].map((unit: { unitId: string }) => unit.unitId)).toEqual(
      expect.arrayContaining(['ubnd-quan-hai-chau', 'phong-quan-ly-do-thi', 'phong-tai-chinh-ke-hoach', 'phong-tnmt-hai-chau']),
    );
    expect(figuresOf(await unitReport('ubnd-quan-hai-chau', MARCH))).toEqual({ ...NOTHING, held: 1 });
  });

  it("the Office's status report per lead unit: 31 March and 27 March for the district, 31 March for the city", async () => {
    const row = (unitId: string, unitName: string, counts: Record<string, number>) => {
      const all = {
        within_deadline: 0,
        due_soon: 0,
        overdue: 0,
        no_deadline: 0,
        completed_early: 0,
        completed_on_time: 0,
        completed_late: 0,
        cancelled: 0,
        ...counts,
      };
      return {
        unitId,
        unitName,
        counts: all,
        total: Object.values(all).reduce((sum, count) => sum + count, 0),
        includes: [],
        dissolvedOn: null,
        note: null,
      };
    };
    // 31 March: both S5 permits due 6 April with 4 working days left (within the deadline); T2 due 30 March
    // (overdue); T3, led by Phòng TN&MT since its reassignment, completed on its due day.
    const district = await reports.get('/reports/status?unit=ubnd-quan-hai-chau&asOf=2026-03-31', inspector);
    expect(district['asOf']).toBe('2026-03-31T16:59:59.999Z');
    expect(district['rows']).toEqual([
      row('phong-quan-ly-do-thi', 'Phòng Quản lý đô thị', { within_deadline: 2 }),
      row('phong-tai-chinh-ke-hoach', 'Phòng Tài chính – Kế hoạch', { overdue: 1 }),
      row('phong-tnmt-hai-chau', 'Phòng Tài nguyên và Môi trường', { completed_on_time: 1 }),
    ]);
    expect(district['total']['total']).toBe(4);
    expect(district['statuses'].map((status: { label: string }) => status.label)).toEqual([
      'Trong hạn',
      'Sắp đến hạn',
      'Quá hạn',
      'Không hạn',
      'Hoàn thành trước hạn',
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Đã hủy',
    ]);
    // 27 March: T2 and T3 both due 30 March, 1 working day left → due soon.
    const earlier = await reports.get('/reports/status?unit=ubnd-quan-hai-chau&asOf=2026-03-27', inspector);
    expect(earlier['rows']).toEqual([
      row('phong-quan-ly-do-thi', 'Phòng Quản lý đô thị', { within_deadline: 2 }),
      row('phong-tai-chinh-ke-hoach', 'Phòng Tài chính – Kế hoạch', { due_soon: 1 }),
      row('phong-tnmt-hai-chau', 'Phòng Tài nguyên và Môi trường', { due_soon: 1 }),
    ]);
    // The whole city (the inspector's jurisdiction): Sở Xây dựng's T1 and S4 tasks too, in Vietnamese order.
    const cityWide = await reports.get('/reports/status?asOf=2026-03-31', inspector);
    expect(cityWide['rows'].map((entry: { unitName: string; total: number }) => [entry.unitName, entry.total])).toEqual([
      ['Phòng Quản lý đô thị', 2],
      ['Phòng Tài chính – Kế hoạch', 1],
      ['Phòng Tài nguyên và Môi trường', 1],
      ['Sở Xây dựng', 4],
    ]);
    expect(cityWide['rows'][3]).toEqual(row('so-xay-dung', 'Sở Xây dựng', { completed_on_time: 1, completed_late: 3 }));
    expect(cityWide['total']['total']).toBe(8);
  });

  it('rankings for commendation and for review, with Vietnamese name search', async () => {
    const names = (body: Record<string, any>): unknown[] =>
      body['items'].map((entry: Record<string, any>) => [
        entry['rank'],
        entry['name'],
        entry['completedEarly'] + entry['completedOnTime'],
        entry['individualDelayDays'],
        entry['confirmedFindings'],
      ]);
    // District, March: only Ngô Thị Lan completed anything (T3 on time); for review, her 10 silent days, then Khánh's 1.
    expect(names(await reports.get(`/reports/rankings?unit=ubnd-quan-hai-chau&${MARCH}&kind=commendation`, inspector))).toEqual([
      [1, 'Ngô Thị Lan', 1, 10, 0],
    ]);
    expect(names(await reports.get(`/reports/rankings?unit=ubnd-quan-hai-chau&${MARCH}&kind=review`, inspector))).toEqual([
      [1, 'Ngô Thị Lan', 1, 10, 0],
      [2, 'Bùi Văn Khánh', 0, 1, 0],
    ]);
    // City, February–March, review: Lan 10 days; Cường 5 days and the confirmed PING_PONG; Khánh 1 day.
    expect(names(await reports.get('/reports/rankings?from=2026-02-01&to=2026-03-31&kind=review', inspector))).toEqual([
      [1, 'Ngô Thị Lan', 1, 10, 0],
      [2, 'Lê Văn Cường', 1, 5, 1],
      [3, 'Bùi Văn Khánh', 0, 1, 0],
    ]);
    // City, February–April, commendation: Cường is left out (a confirmed finding). Khôi (1 early) and Lan (1 on
    // time) tie on products and late ones; fewer delay days first: Khôi 16 (S5 pushed, overdue 7–30 April less
    // 27 April, the day off in lieu of Hùng Kings' day) before Lan 30 (10 in March + 20 April working days).
    expect(names(await reports.get('/reports/rankings?from=2026-02-01&to=2026-04-30&kind=commendation', inspector))).toEqual([
      [1, 'Nguyễn Quang Khôi', 1, 16, 0],
      [2, 'Ngô Thị Lan', 1, 30, 0],
    ]);
    expect(names(await reports.get('/reports/rankings?from=2026-02-01&to=2026-04-30&kind=commendation&limit=1', inspector))).toEqual([
      [1, 'Nguyễn Quang Khôi', 1, 16, 0],
    ]);
    // Search folds diacritics: "lan" finds Ngô Thị Lan only; "CUONG" and "Cường" in decomposed form find Cường.
    expect(names(await reports.get(`/reports/rankings?unit=ubnd-quan-hai-chau&${MARCH}&kind=review&q=lan`, inspector))).toEqual([
      [1, 'Ngô Thị Lan', 1, 10, 0],
    ]);
    const decomposed = encodeURIComponent('Cường'.normalize('NFD'));
    expect(names(await reports.get(`/reports/rankings?from=2026-02-01&to=2026-03-31&kind=review&q=${decomposed}`, inspector))).toEqual([
      [1, 'Lê Văn Cường', 1, 5, 1],
    ]);
  });

  it('every answer of the stories fits the schema the OpenAPI document declares for its route', async () => {
    type OpenApi = {
      paths: Record<string, { get: { responses: { 200: { content: { 'application/json': { schema: ShapeSchema } } } } } }>;
      components: { schemas: Record<string, ShapeSchema> };
    };
    const document = (await reports.get('/docs/openapi.json', inspector)) as OpenApi;
    const mismatches = async (path: string, template: string): Promise<string[]> =>
      shapeMismatches(
        await reports.get(path, inspector),
        document.paths[template]!.get.responses[200].content['application/json'].schema,
        document.components.schemas,
      ).map((mismatch) => `${path} ${mismatch}`);
    const period = 'from=2026-01-01&to=2026-12-31';
    const answers = [
      ...(await reports.get('/reports/persons?limit=200', inspector))['items'].map((match: { personId: string }) =>
        mismatches(`/reports/persons/${match.personId}?${period}`, '/reports/persons/{personId}'),
      ),
      mismatches(`/reports/units/ubnd-tp?${period}&includeSubunits=true`, '/reports/units/{unitId}'),
      mismatches(`/reports/rankings?kind=review&${period}`, '/reports/rankings'),
      mismatches(`/reports/rankings?kind=commendation&${period}`, '/reports/rankings'),
      mismatches('/reports/persons?q=nguyen', '/reports/persons'),
    ];
    expect((await Promise.all(answers)).flat()).toEqual([]);
  });

  it('GET /reports/persons?q= finds names without diacritics and lists them in Vietnamese order (Đ after D, before L)', async () => {
    const found = await reports.get('/reports/persons?q=cuong', inspector);
    expect(found['items'].map((entry: { name: string }) => entry.name)).toEqual(['Đỗ Minh Cường', 'Lê Văn Cường', 'Trần Thanh Cường']);
    const upper = await reports.get(`/reports/persons?q=${encodeURIComponent('LÊ VĂN CƯỜNG')}`, inspector);
    expect(upper['items']).toEqual([
      { personId: cuong.personId, name: 'Lê Văn Cường', units: [{ unitId: 'so-xay-dung', name: 'Sở Xây dựng' }] },
    ]);
  });
});
