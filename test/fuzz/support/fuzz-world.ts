import request from 'supertest';
import type { Principal } from '../../../apps/api/src/testing';
import { city } from '../../support/city.fixture';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import type { TestApp } from '../../support/test-app';
import { readers } from '../../e2e/access/access-fixture';
import { at, person, ScenarioClient } from '../../e2e/scenarios/scenario-client';
import { playS1, s1Assignment } from '../../e2e/scenarios/s1-story';

/** The app's clock during the fuzz: after the S1 story (March 2026), so its tasks, findings and a case exist. */
export const FUZZ_NOW = '2026-06-30T09:00:00+07:00';

export const FUZZ_PRINCIPALS = {
  officeChief: city.chairman,
  unitHead: city.binh,
  officer: city.cuong,
  clerk: city.clerk,
  inspector: city.inspector,
  homeAffairs: readers.homeAffairs,
  admin: readers.admin,
} satisfies Record<string, Principal>;

export type PrincipalName = keyof typeof FUZZ_PRINCIPALS | 'none' | 'garbage';

/**
 * What the fuzz requests refer to: tokens of several roles (and none, and a forged one), ids that exist
 * (tasks, their events, a consultation, findings, a case, units, persons), and bodies known to be valid
 * for the routes whose example would be refused by the domain anyway (so that one mutated field is what
 * decides the answer).
 */
export interface FuzzWorld {
  tokens: Record<PrincipalName, string | null>;
  /** Known values by path or query parameter name (unencoded). */
  known: Record<string, string[]>;
  validBody(route: string, unique: string): unknown;
  /** Remembers the ids a successful command created (a new task, case or unit), so later requests act on them. */
  learn(answer: unknown): void;
}

const LEARNED_PER_NAME = 6;

const GROUNDS =
  'Chuyển nhiệm vụ thuộc chức năng của Sở Xây dựng sang Sở Tài nguyên và Môi trường ngày 04/3/2026, làm nhiệm vụ hoàn thành chậm.';
const JUSTIFICATION = 'Đã đối chiếu phiếu chuyển ngày 04/3/2026: việc thuộc thẩm quyền Sở Xây dựng.';

export async function buildFuzzWorld(t: TestApp): Promise<FuzzWorld> {
  const api = new ScenarioClient(t);
  const post = (who: Principal, path: string, body: object) =>
    request(t.app.getHttpServer())
      .post(path)
      .set('Authorization', `Bearer ${t.tokenFor(who)}`)
      .send(body)
      .expect(201);
  const s1Task = await playS1(api);
  const openTask = await api.assign(
    city.chairman,
    s1Assignment('Rà soát hồ sơ cấp phép xây dựng (kiểm thử ngẫu nhiên)', at('2026-06-01', '08:30')),
  );
  await post(city.cuong, `/tasks/${openTask}/consultations`, { unitIds: ['so-tnmt'], content: 'Xin ý kiến', occurredAt: at('2026-06-02') });
  const consultationId = await consultationIdOf(t, openTask);
  const findings = await api.findings(s1Task, city.inspector);
  const confirmed = findings.find((finding) => finding.ruleCode === 'OWN_WORK_TRANSFERRED')!.id;
  await post(city.inspector, `/findings/${confirmed}/confirmation`, { justification: JUSTIFICATION, occurredAt: at('2026-04-01') });
  await projectionsCaughtUp(t.app);
  const proposed = await post(readers.homeAffairs, '/cases', {
    personId: city.cuong.personId,
    findingIds: [confirmed],
    proposedForm: 'canh_cao',
    grounds: GROUNDS,
    occurredAt: at('2026-06-10'),
  });
  const caseId = proposed.body.caseId as string;
  const eventIds = [...(await api.trail(s1Task, city.chairman)), ...(await api.trail(openTask, city.chairman))].map((event) => event.id);
  const cuong = await request(t.app.getHttpServer())
    .get(`/org/persons/${city.cuong.personId}`)
    .set('Authorization', `Bearer ${t.tokenFor(readers.admin)}`)
    .expect(200);
  const appointmentIds = (cuong.body.appointments as Array<{ appointmentId: string }>).map((appointment) => appointment.appointmentId);

  const tokens = {
    ...(Object.fromEntries(Object.entries(FUZZ_PRINCIPALS).map(([name, principal]) => [name, t.tokenFor(principal)])) as Record<
      keyof typeof FUZZ_PRINCIPALS,
      string
    >),
    none: null,
    garbage: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl',
  };
  const units = ['so-xay-dung', 'so-tnmt', 'ubnd-tp', 'ubnd-quan-hai-chau', 'phong-quan-ly-do-thi'];
  const persons = [city.cuong.personId, city.binh.personId, city.en.personId, city.chairman.personId];
  const known: Record<string, string[]> = {
    taskId: [openTask, s1Task],
    task: [openTask, s1Task],
    eventId: eventIds,
    consultationId: [consultationId],
    findingId: findings.map((finding) => finding.id),
    caseId: [caseId],
    unitId: units,
    unit: units,
    personId: persons,
    person: persons,
    appointmentId: appointmentIds,
    delegationId: ['acting/so-xay-dung/le-van-cuong/2026-03-01'],
    category: ['construction', 'land', 'home_affairs'],
    from: ['2026-03-01', '2026-01-01T00:00:00+07:00'],
    to: ['2026-03-31', '2026-12-31'],
    asOf: ['2026-03-10', '2026-06-30T09:00:00+07:00'],
    start: ['2026-02-13T09:00:00+07:00'],
    days: ['5', '0', '3650'],
    limit: ['1', '10', '200'],
    status: ['overdue', 'within_deadline', 'completed_late'],
    overdue: ['true', 'false'],
    includeSubunits: ['true', 'false'],
    types: ['TaskTransferred,TaskReturned'],
    q: ['cuong', 'Cường'],
    before: ['100'],
  };
  const validBodies: Record<string, (unique: string) => unknown> = {
    'POST /tasks': (unique) => ({ ...s1Assignment(`Kiểm tra công trình ${unique}`, at('2026-06-15')), coordinatingUnitIds: ['so-tnmt'] }),
    'POST /org/persons': (unique) => ({ personId: `fuzz-${unique}`, fullName: 'Nguyễn Văn Thử', officialCode: `FZ-${unique}` }),
    'POST /org/units': (unique) => ({
      unitId: `fuzz-${unique}`,
      name: 'Phòng Thử nghiệm',
      kind: 'other',
      parentUnitId: 'ubnd-tp',
      validFrom: '2026-01-01',
    }),
    'POST /org/units/{unitId}/renames': (unique) => ({ name: `Sở Xây dựng ${unique}`, validFrom: '2026-06-01' }),
    'POST /org/imports': (unique) => [
      { record: 'person', person_id: `fuzz-import-${unique}`, full_name: 'Trần Thị Nhập', official_code: `IMP-${unique}` },
    ],
    'POST /cases': () => ({ personId: city.cuong.personId, findingIds: [confirmed], proposedForm: 'canh_cao', grounds: GROUNDS }),
    'POST /findings/{findingId}/confirmation': () => ({ justification: JUSTIFICATION }),
    'POST /findings/{findingId}/dismissal': () => ({ justification: JUSTIFICATION }),
    'POST /tasks/{taskId}/consultations': () => ({ unitIds: ['so-tnmt'], content: 'Xin ý kiến về hồ sơ', replyDueAt: at('2026-07-10') }),
    'POST /tasks/{taskId}/delegations': () => ({ person: person(city.cuong) }),
  };
  const learned = new Map<string, string[]>();
  const remember = (name: string, value: unknown) => {
    if (typeof value !== 'string') return;
    const values = [value, ...(learned.get(name) ?? []).filter((v) => v !== value)].slice(0, LEARNED_PER_NAME);
    learned.set(name, values);
    known[name] = [...new Set([...values, ...(known[name] ?? [])])].slice(0, LEARNED_PER_NAME + 8);
  };
  return {
    tokens,
    known,
    validBody: (route, unique) => validBodies[route]?.(unique),
    learn: (answer) => {
      if (answer === null || typeof answer !== 'object') return;
      const body = answer as Record<string, unknown>;
      remember('taskId', body['taskId']);
      remember('caseId', body['caseId']);
      const streamId = typeof body['streamId'] === 'string' ? body['streamId'] : '';
      if (streamId.startsWith('unit-')) remember('unitId', streamId.slice('unit-'.length));
      if (streamId.startsWith('person-')) remember('personId', streamId.slice('person-'.length));
    },
  };
}

async function consultationIdOf(t: TestApp, taskId: string): Promise<string> {
  const trail = await request(t.app.getHttpServer())
    .get(`/tasks/${taskId}/events`)
    .set('Authorization', `Bearer ${t.tokenFor(city.chairman)}`)
    .expect(200);
  const requested = (trail.body.events as Array<{ type: string; data: { consultationId?: string } }>).find(
    (event) => event.type === 'ConsultationRequested',
  );
  return requested!.data.consultationId!;
}
