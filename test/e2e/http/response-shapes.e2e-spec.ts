import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { city } from '../../support/city.fixture';
import { shapeMismatches, type ShapeSchema } from '../../support/openapi-shape';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { startTestApp, type TestApp } from '../../support/test-app';
import { ReadModelClient } from '../read-models/read-model-client';
import { ScenarioClient } from '../scenarios/scenario-client';
import { s1Registered } from '../scenarios/s1-story';
import { playStory } from '../scenarios/story-driver';

interface OpenApi {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: ShapeSchema }> }> }>>;
  components: { schemas: Record<string, ShapeSchema> };
}

// What the console reads, answered for S1 by the real service, checked against the schemas the OpenAPI
// document gives those routes: a field the document does not list, or lists with another type, fails.
const { chairman, inspector } = city;

describe('answers match the schemas the OpenAPI document declares', () => {
  let t: TestApp;
  let document: OpenApi;
  let taskId: string;
  let findingId: string;

  beforeAll(async () => {
    t = await startTestApp();
    document = (await request(t.app.getHttpServer()).get('/docs/openapi.json').expect(200)).body as OpenApi;
    const api = new ScenarioClient(t);
    taskId = await playStory(api, s1Registered('Không thuộc chức năng của Sở', { text: 'Đã xử lý' }));
    await new ReadModelClient(t).caughtUp(taskId, 6, chairman);
    const findings = await request(t.app.getHttpServer())
      .get(`/findings?task=${taskId}`)
      .set('Authorization', `Bearer ${t.tokenFor(inspector)}`)
      .expect(200);
    findingId = (findings.body.items as Array<{ id: string }>)[0]!.id;
    await request(t.app.getHttpServer())
      .post(`/findings/${findingId}/confirmation`)
      .set('Authorization', `Bearer ${t.tokenFor(inspector)}`)
      .send({ justification: 'Đã đối chiếu phiếu chuyển: việc thuộc thẩm quyền của Sở, chuyển đi là sai.' })
      .expect(201);
  });
  afterAll(() => t.close());

  function schemaOf(template: string, method: string, status: string, media = 'application/json'): ShapeSchema {
    const schema = document.paths[template]?.[method]?.responses[status]?.content?.[media]?.schema;
    if (schema === undefined) throw new Error(`no ${media} schema for ${method.toUpperCase()} ${template} ${status}`);
    return schema;
  }

  async function expectShape(path: string, template: string, who: Parameters<TestApp['tokenFor']>[0] = chairman): Promise<void> {
    const response = await request(t.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${t.tokenFor(who)}`)
      .expect(200);
    expect(shapeMismatches(response.body, schemaOf(template, 'get', '200'), document.components.schemas)).toEqual([]);
  }

  it('the task list, the task, its trail, its slip and its responsibility', async () => {
    await expectShape('/tasks', '/tasks');
    await expectShape(`/tasks/${taskId}`, '/tasks/{taskId}');
    await expectShape(`/tasks/${taskId}/events`, '/tasks/{taskId}/events');
    await expectShape(`/tasks/${taskId}/custody`, '/tasks/{taskId}/custody');
    await expectShape(`/tasks/${taskId}/responsibility`, '/tasks/{taskId}/responsibility');
  });

  it('the findings inbox, a finding with its review, the rules', async () => {
    await expectShape(`/findings?task=${taskId}`, '/findings', inspector);
    await expectShape(`/findings/${findingId}`, '/findings/{findingId}', inspector);
    await expectShape('/rules', '/rules', inspector);
  });

  it('the audit trail and the overview per unit', async () => {
    await expectShape(`/audit/events?task=${taskId}`, '/audit/events', inspector);
    await expectShape('/reports/status', '/reports/status');
  });

  it('a person’s and a unit’s report, both rankings and the search for a person', async () => {
    const period = 'from=2026-01-01&to=2026-12-31';
    await expectShape(`/reports/persons/le-van-cuong?${period}`, '/reports/persons/{personId}', inspector);
    await expectShape(`/reports/units/so-xay-dung?${period}&includeSubunits=true`, '/reports/units/{unitId}', inspector);
    await expectShape(`/reports/rankings?kind=review&${period}`, '/reports/rankings', inspector);
    await expectShape(`/reports/rankings?kind=commendation&${period}`, '/reports/rankings', inspector);
    await expectShape('/reports/persons?q=cuong', '/reports/persons', inspector);
  });

  it('the disciplinary cases: the options before proposing, the list, a decided case', async () => {
    const homeAffairs: Parameters<TestApp['tokenFor']>[0] = {
      personId: 'tran-noi-vu',
      unitId: 'so-noi-vu',
      position: 'staff',
      roles: ['home_affairs'],
      jurisdictionUnitId: 'ubnd-tp',
      name: 'Trần Nội Vụ',
    };
    await projectionsCaughtUp(t.app);
    const http = request(t.app.getHttpServer());
    const finding = await http
      .get(`/findings/${findingId}`)
      .set('Authorization', `Bearer ${t.tokenFor(inspector)}`)
      .expect(200);
    const personId = (finding.body.responsible as Array<{ personId: string }>)[0]!.personId;
    const command = async (path: string, body: object): Promise<void> => {
      const answer = await http
        .post(path)
        .set('Authorization', `Bearer ${t.tokenFor(homeAffairs)}`)
        .send(body);
      expect({ path, status: answer.status, body: answer.status === 201 ? null : answer.body }).toEqual({ path, status: 201, body: null });
    };
    await expectShape(`/cases/options?person=${personId}&findings=${findingId}`, '/cases/options', homeAffairs);
    await command('/cases', {
      personId,
      findingIds: [findingId],
      proposedForm: 'canh_cao',
      grounds: 'Chuyển nhiệm vụ thuộc chức năng của Sở Xây dựng sang đơn vị khác, làm nhiệm vụ hoàn thành chậm.',
    });
    await projectionsCaughtUp(t.app);
    const list = await http
      .get('/cases')
      .set('Authorization', `Bearer ${t.tokenFor(homeAffairs)}`)
      .expect(200);
    const caseId = (list.body.items as Array<{ caseId: string }>)[0]!.caseId;
    await command(`/cases/${caseId}/review`, { note: 'Chuyển Hội đồng kỷ luật xem xét.' });
    await command(`/cases/${caseId}/decision`, {
      form: 'khien_trach',
      document: {
        number: '125/QĐ-UBND',
        // Signed today in Viet Nam (UTC+7), the day of the proposal and of the decision.
        date: new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10),
        signer: { name: 'Trần Văn An', title: 'Chủ tịch UBND thành phố' },
      },
      limitationAcknowledged: true,
    });
    await projectionsCaughtUp(t.app);
    await expectShape('/cases', '/cases', homeAffairs);
    await expectShape(`/cases/${caseId}`, '/cases/{caseId}', homeAffairs);
  });

  it('a command’s answer and problems (a refused command, an unknown task)', async () => {
    const post = (path: string, body: object) =>
      request(t.app.getHttpServer())
        .post(path)
        .set('Authorization', `Bearer ${t.tokenFor(chairman)}`)
        .send(body);
    const created = await post('/tasks', {
      title: 'Rà soát, xử lý công trình xây dựng sai phép tại phường Hòa Cường Bắc',
      category: 'construction',
      source: { number: '2128/UBND-TH', date: '2026-03-02' },
      assigningAuthority: { personId: chairman.personId, unitId: chairman.unitId },
      leadUnitId: 'so-xay-dung',
      deadline: { workingDays: 10 },
      occurredAt: '2026-03-02T08:00:00+07:00',
    });
    expect({ status: created.status, body: created.status === 201 ? null : created.body }).toEqual({ status: 201, body: null });
    expect(shapeMismatches(created.body, schemaOf('/tasks', 'post', '201'), document.components.schemas)).toEqual([]);

    const refused = await post(`/tasks/${taskId}/comments`, { content: 'Đề nghị báo cáo kết quả' }).expect(422);
    const problem422 = schemaOf('/tasks/{taskId}/comments', 'post', '422', 'application/problem+json');
    expect(refused.body).toMatchObject({ rule: 'TASK_CLOSED' });
    expect(shapeMismatches(refused.body, problem422, document.components.schemas)).toEqual([]);

    const missing = await request(t.app.getHttpServer())
      .get('/tasks/00000000-0000-4000-8000-000000000000')
      .set('Authorization', `Bearer ${t.tokenFor(chairman)}`)
      .expect(404);
    const problem404 = schemaOf('/tasks/{taskId}', 'get', '404', 'application/problem+json');
    expect(shapeMismatches(missing.body, problem404, document.components.schemas)).toEqual([]);
  });
});
