import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cast, retell } from '@lib/domain/task/testing';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { ScenarioClient } from '../scenarios/scenario-client';
import { playStory } from '../scenarios/story-driver';
import { s2OverHttp, s4OverHttp, s5OverHttp } from '../scenarios/stories-over-http';
import { ReadModelClient } from './read-model-client';
import { s3NobodyNamed } from './read-model-stories';

// S2–S5 of scenarios.md played over HTTP, then read back through GET /tasks and /tasks/{id}/custody.
const { chairman, qldtStaff: khanh } = city;
// Reads by the city's office: its jurisdiction (UBND thành phố) covers the departments and the districts.
const reader = chairman;
const QLDT = 'phong-quan-ly-do-thi';
const TNMT = 'phong-tnmt-hai-chau';
const AS_OF = '2026-03-31T03:00:00.000Z';

type Ids = Record<'s2' | 's3' | 's4OnTime' | 's4Late' | 's5Pushed' | 's5Handled', string>;

describe('read model task_custody — S2 to S5 statuses, list filters and pagination', () => {
  let t: TestApp;
  let api: ScenarioClient;
  let rm: ReadModelClient;
  const ids = {} as Ids;

  beforeAll(async () => {
    t = await startTestApp();
    api = new ScenarioClient(t);
    rm = new ReadModelClient(t);
    // S4: assigned Friday 13 Feb 2026, 5 working days across Tết → due 27 Feb; nobody named, the head completes it.
    const s4 = (completedDay: 5 | 6, title: string) =>
      retell(s4OverHttp(completedDay, title), {
        steps: { assigned: { responsible: undefined }, completed: { by: cast.nguyenThiBinh, text: 'Đã báo cáo' } },
      });
    ids.s4OnTime = await playStory(api, s4(5, 'Báo cáo tiến độ các công trình trọng điểm dịp Tết Bính Ngọ'));
    ids.s4Late = await playStory(api, s4(6, 'Báo cáo tiến độ các công trình trọng điểm dịp Tết Bính Ngọ (đợt 2)'));
    // S2: T2 (budget) to Phòng TC-KH, 15 working days; consultation, one answer, submission.
    ids.s2 = await playStory(
      api,
      retell(s2OverHttp, { steps: { assigned: { responsible: undefined }, submitted: { text: 'Kính trình' } } }),
    );
    // S3: returned to the district the same day, reassigned to Phòng TN&MT, completed on the due day (30 March).
    ids.s3 = await playStory(api, s3NobodyNamed);
    // S5: two tasks (category construction) to Phòng QLĐT delegated to Khôi; one pushed upward, one handled and completed.
    ids.s5Pushed = await playStory(
      api,
      s5OverHttp('submission', 'Cấp giấy phép xây dựng nhà ở riêng lẻ tại số 25 đường Trần Phú', {
        assigned: { category: 'construction' },
        submitted: { text: 'Kính trình Chủ tịch' },
      }),
    );
    ids.s5Handled = await playStory(
      api,
      s5OverHttp('difficulty', 'Cấp giấy phép xây dựng nhà ở riêng lẻ tại số 27 đường Trần Phú', {
        assigned: { category: 'construction' },
        completed: { text: 'Đã cấp giấy phép' },
      }),
    );
    const counts: Record<keyof Ids, number> = { s4OnTime: 2, s4Late: 2, s2: 4, s3: 4, s5Pushed: 3, s5Handled: 4 };
    for (const [key, events] of Object.entries(counts)) await rm.caughtUp(ids[key as keyof Ids], events, reader);
  });
  afterAll(() => t.close());

  const statusOf = async (taskId: string, asOf: string): Promise<unknown> => {
    const body = await rm.get(`/tasks/${taskId}/custody?asOf=${asOf}`, reader);
    return [body['status']['code'], body['status']['label'], body['status']['workingDaysLate'], body['measures']['reassignmentCount']];
  };

  it('S4: completed on 27 Feb on time, on 2 March late by 1 working day (Tết days do not count)', async () => {
    expect(await statusOf(ids.s4OnTime, AS_OF)).toEqual(['completed_on_time', 'Hoàn thành đúng hạn', 0, 0]);
    expect(await statusOf(ids.s4Late, AS_OF)).toEqual(['completed_late', 'Hoàn thành quá hạn', 1, 0]);
  });

  it('S3: one reassignment, completed on time', async () => {
    expect(await statusOf(ids.s3, AS_OF)).toEqual(['completed_on_time', 'Hoàn thành đúng hạn', 0, 1]);
    const body = await rm.get(`/tasks/${ids.s3}/custody?asOf=${AS_OF}`, reader);
    expect(body['measures']).toMatchObject({ reassignmentCount: 1, hopCount: 2, completedByFirstLead: false, resolvedByFirstLead: false });
  });

  it('S2: within the deadline on 20 March, due soon on 27 March (1 working day left), overdue on 31 March (due 30 March)', async () => {
    expect(await statusOf(ids.s2, '2026-03-20T03:00:00.000Z')).toEqual(['within_deadline', 'Trong hạn', 0, 0]);
    expect(await statusOf(ids.s2, '2026-03-27T03:00:00.000Z')).toEqual(['due_soon', 'Sắp đến hạn', 0, 0]);
    expect(await statusOf(ids.s2, AS_OF)).toEqual(['overdue', 'Quá hạn', 1, 0]);
  });

  it('S5: the task pushed upward is still open and within the deadline; the handled one was completed early', async () => {
    expect(await statusOf(ids.s5Pushed, AS_OF)).toEqual(['within_deadline', 'Trong hạn', 0, 0]);
    expect(await statusOf(ids.s5Handled, '2026-04-03T03:00:00.000Z')).toEqual(['completed_early', 'Hoàn thành trước hạn', 0, 0]);
  });

  const listIds = async (query: string): Promise<string[]> => {
    const page = await rm.get(`/tasks?${query}`, reader);
    expect(page['nextCursor']).toBeNull();
    return (page['items'] as Array<{ id: string }>).map((item) => item.id);
  };

  it('filters by unit, person, status, category, overdue and assigned period', async () => {
    expect(await listIds(`unit=${QLDT}&asOf=${AS_OF}`)).toEqual([ids.s2, ids.s3, ...s5ById()]);
    expect(await listIds(`unit=${TNMT}&asOf=${AS_OF}`)).toEqual([ids.s3]);
    expect(await listIds(`person=${khanh.personId}&asOf=${AS_OF}`)).toEqual(s5ById());
    expect(await listIds(`status=completed_on_time&asOf=${AS_OF}`)).toEqual([ids.s4OnTime, ids.s3]);
    expect(await listIds('status=due_soon&asOf=2026-03-27T03:00:00.000Z')).toEqual([ids.s2, ids.s3]);
    expect(await listIds(`status=overdue&asOf=${AS_OF}`)).toEqual([ids.s2]);
    expect(await listIds(`status=completed_late&asOf=${AS_OF}`)).toEqual([ids.s4Late]);
    expect(await listIds(`status=within_deadline&asOf=${AS_OF}`)).toEqual(s5ById());
    expect(await listIds(`category=land&asOf=${AS_OF}`)).toEqual([ids.s3]);
    expect(await listIds(`overdue=true&asOf=${AS_OF}`)).toEqual([ids.s2]);
    expect(await listIds('overdue=true&asOf=2026-03-27T03:00:00.000Z')).toEqual([]);
    expect(await listIds('overdue=true&asOf=2026-04-08T03:00:00.000Z')).toEqual([ids.s2, ids.s5Pushed]);
    expect(await listIds('status=overdue&asOf=2026-04-08T03:00:00.000Z')).toEqual([ids.s2, ids.s5Pushed]);
    expect(await listIds(`from=2026-03-16&to=2026-03-16&asOf=${AS_OF}`)).toEqual([ids.s3]);
    expect(await listIds('to=2026-03-01&asOf=2026-03-01T00:00:00.000Z')).toEqual(s4ById());
  });

  it('pages with an opaque cursor: two pages, no duplicates, everything once', async () => {
    const first = await rm.get(`/tasks?limit=4&asOf=${AS_OF}`, reader);
    expect(first['items']).toHaveLength(4);
    expect(first['nextCursor']).toEqual(expect.any(String));
    const second = await rm.get(`/tasks?limit=4&asOf=${AS_OF}&cursor=${first['nextCursor']}`, reader);
    expect(second['nextCursor']).toBeNull();
    const all = [...first['items'], ...second['items']].map((item: { id: string }) => item.id);
    expect(all).toEqual([...s4ById(), ids.s2, ids.s3, ...s5ById()]);
    expect(new Set(all).size).toBe(6);

    const filtered = await rm.get(`/tasks?limit=1&status=within_deadline&asOf=${AS_OF}`, reader);
    const rest = await rm.get(`/tasks?limit=1&status=within_deadline&asOf=${AS_OF}&cursor=${filtered['nextCursor']}`, reader);
    expect([...filtered['items'], ...rest['items']].map((item: { id: string }) => item.id)).toEqual(s5ById());
    expect(rest['nextCursor']).toBeNull();
  });

  it('refuses a bad limit, status or cursor with a 400 problem', async () => {
    expect(await rm.get('/tasks?limit=201', reader, 400)).toMatchObject({ status: 400, errors: [{ field: 'limit' }] });
    expect(await rm.get('/tasks?status=late', reader, 400)).toMatchObject({ status: 400, errors: [{ field: 'status' }] });
    expect(await rm.get('/tasks?cursor=abc', reader, 400)).toMatchObject({ status: 400, errors: [{ field: 'cursor' }] });
  });

  // The list is ordered on (assigned_at, task_id): tasks assigned at the same instant come by id.
  const s4ById = (): string[] => [ids.s4OnTime, ids.s4Late].sort();
  const s5ById = (): string[] => [ids.s5Pushed, ids.s5Handled].sort();
});
