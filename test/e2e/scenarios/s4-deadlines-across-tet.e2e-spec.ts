import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { retell, stepNamed } from '@lib/domain/task/testing';
import { at, DETAIL, endOf, person, ScenarioClient, utc, type ExpectedEntry } from './scenario-client';
import { playStory, StoryPlayer, timesOf } from './story-driver';
import { s4OverHttp } from './stories-over-http';

// S4 (scenarios.md): Friday 13 February 2026, T4 is assigned with a deadline of 5 working days. Tết
// Bính Ngọ (16–20 February) and the weekends around it are not counted: the deadline is the end of
// Friday 27 February 2026. Completion on 27 February is on time; on 2 March it is late (the lateness
// itself is a later projection: here the stored deadline and completion times are what is asserted).
// The assignment names Lê Văn Cường as the responsible person, so only the deadline is judged (no UNOWNED_TASK).
const { chairman, binh, cuong } = city;
const DUE_AT = '2026-02-27T16:59:59.999Z';
const onTimeStory = s4OverHttp(5, 'Báo cáo tiến độ các công trình trọng điểm dịp Tết Bính Ngọ');
const lateStory = s4OverHttp(6, 'Báo cáo tiến độ các công trình trọng điểm dịp Tết Bính Ngọ (đợt 2)');
const { assigned: assignedAt, completed: onTime } = timesOf(onTimeStory);
const { completed: late } = timesOf(lateStory);
const result = stepNamed(onTimeStory, 'completed').text;

const trailOf = (completedAt: string): ExpectedEntry[] => [
  { type: 'TaskAssigned', by: chairman, at: assignedAt, data: { leadUnitId: 'so-xay-dung', deadline: { dueAt: DUE_AT } } },
  { type: 'TaskCompleted', by: cuong, at: completedAt, data: { by: person(cuong), result } },
];

describe('S4 — deadlines across Tết', () => {
  let t: TestApp;
  let api: ScenarioClient;
  let onTimeTask: string;
  let lateTask: string;
  let onTimePlayer: StoryPlayer;

  beforeAll(async () => {
    t = await startTestApp();
    api = new ScenarioClient(t);
    onTimePlayer = new StoryPlayer(api, onTimeStory);
  });
  afterAll(() => t.close());

  it('assigned on Friday 13 February 2026 with 5 working days, T4 is due at the end of Friday 27 February', async () => {
    onTimeTask = await onTimePlayer.play('assigned');
    const [assigned] = await api.trail(onTimeTask, chairman);
    expect(assigned!.data['deadline']).toMatchObject({
      dueAt: DUE_AT,
      computation: {
        rule: 'working_days',
        workingDays: 5,
        urgency: 'normal',
        start: utc(assignedAt),
        startDate: '2026-02-13',
        countedDays: ['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27'],
      },
    });
    const computation = (assigned!.data['deadline'] as { computation: { skippedDays: Array<{ date: string; status: string }> } })
      .computation;
    expect(computation.skippedDays.map(({ date, status }) => `${date} ${status}`)).toEqual([
      '2026-02-14 weekend',
      '2026-02-15 weekend',
      '2026-02-16 holiday',
      '2026-02-17 holiday',
      '2026-02-18 holiday',
      '2026-02-19 holiday',
      '2026-02-20 holiday',
      '2026-02-21 weekend',
      '2026-02-22 weekend',
    ]);
    expect(DUE_AT).toBe(utc(endOf('2026-02-27')));
  });

  it('Sở Xây dựng completes T4 on Friday 27 February, before the deadline ends', async () => {
    await onTimePlayer.play('completed');
    await api.expectTrail(onTimeTask, chairman, trailOf(onTime));
    const state = await api.state(onTimeTask, binh);
    expect(state).toMatchObject({
      status: 'completed',
      deadline: { dueAt: DUE_AT },
      completion: { completedAt: '2026-02-27T09:30:00.000Z', by: person(cuong) },
    });
    expect(Date.parse(utc(onTime))).toBeLessThanOrEqual(Date.parse(DUE_AT));
  });

  it('a completed task cannot be completed again on 2 March, not even by the head (422 TASK_CLOSED)', async () => {
    const problem = await api.refused(
      binh,
      `/tasks/${onTimeTask}/completion`,
      { result, occurredAt: late },
      { rule: 'TASK_CLOSED', detail: DETAIL.closed },
    );
    expect(problem.context).toEqual({ status: 'completed', command: 'CompleteTask' });
  });

  it('the same assignment completed on Monday 2 March keeps the same deadline and a completion after it', async () => {
    lateTask = await playStory(api, lateStory);
    await api.expectTrail(lateTask, chairman, trailOf(late));
    const state = await api.state(lateTask, binh);
    expect(state).toMatchObject({
      status: 'completed',
      deadline: { dueAt: DUE_AT },
      completion: { completedAt: '2026-03-02T02:00:00.000Z', by: person(cuong) },
    });
    expect(Date.parse(utc(late))).toBeGreaterThan(Date.parse(DUE_AT));
  });

  it('the deadline cannot be "extended" to a day inside Tết, earlier than the one in force (422 TASK_DEADLINE_NOT_LATER)', async () => {
    const third = await playStory(
      api,
      retell(s4OverHttp(5, 'Báo cáo tiến độ các công trình trọng điểm dịp Tết Bính Ngọ (đợt 3)'), { through: 'assigned' }),
    );
    const problem = await api.refused(
      chairman,
      `/tasks/${third}/deadline-extensions`,
      { deadline: { dueAt: endOf('2026-02-20') }, reason: 'Điều chỉnh hạn báo cáo', occurredAt: at('2026-02-13', '15:00') },
      { rule: 'TASK_DEADLINE_NOT_LATER', detail: DETAIL.deadlineNotLater },
    );
    expect(problem.context).toEqual({ currentDueAt: DUE_AT, requestedDueAt: '2026-02-20T16:59:59.999Z' });
    const state = await api.state(third, chairman);
    expect(state).toMatchObject({ status: 'open', deadline: { dueAt: DUE_AT }, streamVersion: 0 });
  });

  it('findings: none on the task completed on 27 February; OVERDUE_HOLD for 1 working day on Cường (supervisory on Bình) on the one completed on 2 March, and nothing else', async () => {
    expect(await api.findings(onTimeTask, city.inspector)).toEqual([]);
    const found = await api.findings(lateTask, city.inspector);
    expect(found.map(({ ruleCode, responsible, supervisory }) => ({ ruleCode, responsible, supervisory }))).toEqual([
      { ruleCode: 'OVERDUE_HOLD', responsible: [cuong.personId], supervisory: [binh.personId] },
    ]);
    expect(found[0]!.explanation).toBe(
      'Lê Văn Cường (Sở Xây dựng) giữ nhiệm vụ “Báo cáo tiến độ các công trình trọng điểm dịp Tết Bính Ngọ (đợt 2)” 1 ngày làm việc sau hạn 27/02/2026 (từ 02/03/2026 đến 02/03/2026).',
    );
  });
});
