import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { startTestApp, type TestApp } from '../../support/test-app';
import { ScenarioClient, type Person } from '../scenarios/scenario-client';
import { playTasks, readers } from './access-fixture';

type Reader = keyof typeof readers;
type Group = 'task' | 'trail' | 'custody' | 'responsibility' | 'finding' | 'review' | 'audit' | 'case' | 'bundle' | 'report' | 'accessLog';

// Expected status per role and endpoint group, for the city task (Sở Xây dựng), a disciplinary case about
// its officer and his report for March. The officer reads the case because it is about him (the person concerned
// sees their own case), but not its evidence bundle, which holds other people's data; the clerk of his unit reads
// neither. A 422 on `review` means the request got past roles and jurisdiction to the rule (the
// justification sent is too short on purpose).
const CITY: Record<Reader, Record<Group, number>> = {
  clerk: {
    task: 200,
    trail: 200,
    custody: 200,
    responsibility: 200,
    finding: 403,
    review: 403,
    audit: 403,
    case: 403,
    bundle: 403,
    report: 403,
    accessLog: 403,
  },
  officer: {
    task: 200,
    trail: 200,
    custody: 200,
    responsibility: 200,
    finding: 403,
    review: 403,
    audit: 403,
    case: 200,
    bundle: 403,
    report: 403,
    accessLog: 403,
  },
  unitHead: {
    task: 200,
    trail: 200,
    custody: 200,
    responsibility: 200,
    finding: 200,
    review: 403,
    audit: 403,
    case: 403,
    bundle: 403,
    report: 200,
    accessLog: 403,
  },
  cityInspector: {
    task: 200,
    trail: 200,
    custody: 200,
    responsibility: 200,
    finding: 200,
    review: 422,
    audit: 200,
    case: 200,
    bundle: 200,
    report: 200,
    accessLog: 403,
  },
  haiChauInspector: {
    task: 403,
    trail: 403,
    custody: 403,
    responsibility: 403,
    finding: 403,
    review: 403,
    audit: 403,
    case: 403,
    bundle: 403,
    report: 403,
    accessLog: 403,
  },
  sonTraInspector: {
    task: 403,
    trail: 403,
    custody: 403,
    responsibility: 403,
    finding: 403,
    review: 403,
    audit: 403,
    case: 403,
    bundle: 403,
    report: 403,
    accessLog: 403,
  },
  homeAffairs: {
    task: 200,
    trail: 200,
    custody: 200,
    responsibility: 200,
    finding: 200,
    review: 403,
    audit: 200,
    case: 200,
    bundle: 200,
    report: 200,
    accessLog: 403,
  },
  officeChief: {
    task: 200,
    trail: 200,
    custody: 200,
    responsibility: 200,
    finding: 200,
    review: 403,
    audit: 200,
    case: 403,
    bundle: 403,
    report: 200,
    accessLog: 403,
  },
  admin: {
    task: 200,
    trail: 200,
    custody: 200,
    responsibility: 200,
    finding: 200,
    review: 403,
    audit: 200,
    case: 200,
    bundle: 200,
    report: 200,
    accessLog: 200,
  },
};

describe('who may read what: roles × endpoint groups, by jurisdiction', () => {
  let t: TestApp;
  let ids: { cityTask: string; districtTask: string; finding: string; caseId: string };

  const call = (who: Person, method: 'get' | 'post', path: string, body?: object) => {
    const test = request(t.app.getHttpServer())
      [method](path)
      .set('Authorization', `Bearer ${t.tokenFor(who)}`);
    return body === undefined ? test : test.send(body);
  };
  const paths = (taskId: string, findingId: string): Record<Group, ['get' | 'post', string, object?]> => ({
    task: ['get', `/tasks/${taskId}`],
    trail: ['get', `/tasks/${taskId}/events`],
    custody: ['get', `/tasks/${taskId}/custody`],
    responsibility: ['get', `/tasks/${taskId}/responsibility`],
    finding: ['get', `/findings/${findingId}`],
    review: ['post', `/findings/${findingId}/confirmation`, { justification: 'Quá ngắn' }],
    audit: ['get', `/audit/events?task=${taskId}`],
    case: ['get', `/cases/${ids.caseId}`],
    bundle: ['get', `/cases/${ids.caseId}/evidence-bundle`],
    report: ['get', '/reports/persons/le-van-cuong?from=2026-03-01&to=2026-03-31'],
    accessLog: ['get', '/admin/access-log'],
  });

  beforeAll(async () => {
    t = await startTestApp();
    const played = await playTasks(new ScenarioClient(t));
    await projectionsCaughtUp(t.app);
    const findings = await call(readers.admin, 'get', `/findings?task=${played.cityTask}&rule=OWN_WORK_TRANSFERRED`).expect(200);
    const finding = findings.body.items[0].id as string;
    await call(readers.cityInspector, 'post', `/findings/${finding}/confirmation`, {
      justification: 'Đã đối chiếu phiếu chuyển: việc thuộc thẩm quyền Sở Xây dựng.',
    }).expect(201);
    await projectionsCaughtUp(t.app);
    const proposed = await call(readers.homeAffairs, 'post', '/cases', {
      personId: 'le-van-cuong',
      findingIds: [finding],
      proposedForm: 'khien_trach',
      grounds: 'Chuyển nhiệm vụ thuộc chức năng của Sở Xây dựng sang Sở Tài nguyên và Môi trường, làm nhiệm vụ hoàn thành chậm.',
    }).expect(201);
    ids = { ...played, finding, caseId: proposed.body.caseId };
  });
  afterAll(() => t.close());

  it('answers each role on the city task exactly as the matrix says, with a problem document for every refusal', async () => {
    const observed: Record<string, Record<string, number>> = {};
    for (const reader of Object.keys(CITY) as Reader[]) {
      observed[reader] = {};
      for (const [group, [method, path, body]] of Object.entries(paths(ids.cityTask, ids.finding))) {
        const response = await call(readers[reader], method, path, body);
        observed[reader]![group] = response.status;
        if (response.status === 403) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    }
    expect(observed).toEqual(CITY);
  });

  it('an inspector of one district is refused another district’s task (403), and sees its own district’s (200)', async () => {
    const refused = await call(readers.sonTraInspector, 'get', `/tasks/${ids.districtTask}`).expect(403);
    expect(refused.body).toMatchObject({
      status: 403,
      detail: 'Nội dung này nằm ngoài phạm vi quản lý của bạn.',
      taskId: ids.districtTask,
      jurisdictionUnitId: 'ubnd-quan-son-tra',
    });
    await call(readers.sonTraInspector, 'get', `/tasks/${ids.districtTask}/custody`).expect(403);
    await call(readers.sonTraInspector, 'get', `/audit/events?task=${ids.districtTask}`).expect(403);
    await call(readers.haiChauInspector, 'get', `/tasks/${ids.districtTask}`).expect(200);
    await call(readers.haiChauInspector, 'get', `/audit/events?task=${ids.districtTask}`).expect(200);
    await call(readers.cityInspector, 'get', `/tasks/${ids.districtTask}`).expect(200);
  });

  it('lists are narrowed to the jurisdiction: tasks and findings', async () => {
    const listed = async (who: Person, path: string): Promise<string[]> =>
      (await call(who, 'get', path).expect(200)).body.items.map((item: { id: string }) => item.id).sort();
    expect(await listed(readers.haiChauInspector, '/tasks?limit=200')).toEqual([ids.districtTask]);
    expect(await listed(readers.sonTraInspector, '/tasks?limit=200')).toEqual([]);
    expect(await listed(readers.cityInspector, '/tasks?limit=200')).toEqual([ids.cityTask, ids.districtTask].sort());
    expect(await listed(readers.unitHead, '/tasks?limit=200')).toEqual([ids.cityTask]);
    expect(await listed(readers.haiChauInspector, '/findings?limit=200')).toEqual([]);
    expect((await listed(readers.cityInspector, '/findings?limit=200')).length).toBe(3);
  });

  it('unknown ids are 404 (a known id outside the jurisdiction is 403, so the reader knows whom to ask)', async () => {
    await call(readers.sonTraInspector, 'get', '/tasks/00000000-0000-4000-8000-000000000000').expect(404);
    await call(readers.cityInspector, 'get', '/findings/00000000-0000-4000-8000-000000000000').expect(404);
    await call(readers.homeAffairs, 'get', '/audit/events?person=nobody-at-all').expect(404);
  });

  it('the case and report reads of the matrix are all in the access log, each with the status it got', async () => {
    const groupOf = (path: string): string =>
      path.startsWith('/reports/') ? 'report' : path.endsWith('/evidence-bundle') ? 'bundle' : 'case';
    let logged: Array<{ personId: string; path: string; status: number }> = [];
    for (let attempt = 0; attempt < 40 && logged.length < 3 * Object.keys(CITY).length; attempt++) {
      const page = (await call(readers.admin, 'get', '/admin/access-log?limit=1000').expect(200)).body.items as Array<{
        personId: string;
        path: string;
        status: number;
      }>;
      logged = page.filter(
        (entry) => entry.path.startsWith(`/cases/${ids.caseId}`) || entry.path.startsWith('/reports/persons/le-van-cuong'),
      );
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    for (const reader of Object.keys(CITY) as Reader[]) {
      const mine = logged
        .filter((entry) => entry.personId === readers[reader].personId)
        .map((entry) => [groupOf(entry.path), entry.status]);
      expect(mine.sort()).toEqual([
        ['bundle', CITY[reader].bundle],
        ['case', CITY[reader].case],
        ['report', CITY[reader].report],
      ]);
    }
  });
});
