import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { retell } from '@lib/domain/task/testing';
import { s3OverHttp } from './stories-over-http';
import { at, DETAIL, person, ScenarioClient, unitParty, utc, type ExpectedEntry } from './scenario-client';
import { StoryPlayer, timesOf } from './story-driver';

// S3 (scenarios.md): UBND quận Hải Châu assigns T3 (land) to Phòng Quản lý đô thị by mistake on Monday
// 16 March 2026 (d+0), deadline d+10 (Monday 30 March). Phòng Quản lý đô thị returns it "not our
// mandate" the same day; the district reassigns it to Phòng TN&MT, which completes it on time.
// Variant: the return comes at d+4 (Friday 20 March).
const { giang, qldtHead: hoa, tnmtHead: minh } = city;
const QLDT = 'phong-quan-ly-do-thi';
const TNMT = 'phong-tnmt-hai-chau';
const DUE_AT = '2026-03-30T16:59:59.999Z';
const returnReason = 'Nội dung thuộc lĩnh vực đất đai, không thuộc chức năng, nhiệm vụ của Phòng Quản lý đô thị';
const result = 'Đã kiểm tra hiện trạng, đo đạc lại ranh giới thửa đất và trả lời kiến nghị của công dân';

/** When each step happens: assigned, returned, reassigned, completed. */
type Story = Record<string, string>;

/**
 * The story kit's S3 over HTTP with this spec's words, returned on d+`returnDay` at `returnTime`, reassigned
 * at `reassignTime`, completed on d+`completedDay` at `completedTime`. The story does not say who handles T3;
 * each office's head does, named when it is given the task ("rõ người"), so that UNOWNED_TASK has nothing to
 * say and the story is only about the return.
 */
const s3 = (returnDay: number, times: { returned: string; reassigned: string }, completed: { day: number; time: string }) =>
  retell(s3OverHttp(returnDay), {
    steps: {
      assigned: { title: 'Giải quyết kiến nghị của công dân về ranh giới thửa đất số 112, tờ bản đồ số 15, phường Hải Châu I' },
      returned: { time: times.returned, text: returnReason },
      reassigned: { time: times.reassigned },
      completed: { ...completed, text: result },
    },
  });

/** The trail both versions of the story must leave: only the dates differ. */
function expectedTrail(taskId: string, story: Story): ExpectedEntry[] {
  return [
    {
      type: 'TaskAssigned',
      by: giang,
      at: story.assigned,
      data: { taskId, category: 'land', leadUnitId: QLDT, deadline: { dueAt: DUE_AT }, reassignment: false, previousLeadUnitId: null },
    },
    {
      type: 'TaskReturned',
      by: hoa,
      at: story.returned,
      data: { from: unitParty(QLDT), to: person(giang), toAssigningAuthority: true, reasonCode: 'not_our_mandate', reason: returnReason },
    },
    {
      type: 'TaskAssigned',
      by: giang,
      at: story.reassigned,
      data: {
        taskId,
        kind: 'task',
        category: 'land',
        source: { number: '702/UBND-VP', date: '2026-03-16' },
        assigningAuthority: person(giang),
        leadUnitId: TNMT,
        coordinatingUnitIds: [],
        responsiblePersonId: minh.personId,
        deadline: { dueAt: DUE_AT },
        reassignment: true,
        previousLeadUnitId: QLDT,
      },
    },
    { type: 'TaskCompleted', by: minh, at: story.completed, data: { by: unitParty(TNMT), result, outputDocument: null } },
  ];
}

async function expectCompletedByTheNewLead(api: ScenarioClient, taskId: string, story: Story): Promise<void> {
  const [, , reassigned, completed] = await api.trail(taskId, giang);
  const state = await api.state(taskId, minh);
  expect(state).toMatchObject({
    status: 'completed',
    category: 'land',
    assignedAt: utc(story.assigned),
    assigningAuthority: person(giang),
    deadline: { dueAt: DUE_AT },
    lead: { unitId: TNMT, coordinatingUnitIds: [], responsiblePersonId: minh.personId },
    custody: {
      holder: unitParty(TNMT),
      heldSince: utc(story.reassigned),
      sinceEventId: reassigned!.id,
      senders: [],
      withAssigningAuthority: false,
    },
    reassignments: 1,
    completion: { eventId: completed!.id, completedAt: utc(story.completed), by: unitParty(TNMT), result },
    streamVersion: 3,
  });
  expect(Date.parse(utc(story.completed))).toBeLessThanOrEqual(Date.parse(DUE_AT));
}

describe('S3 — a proper return is not buck-passing (return on the day of assignment)', () => {
  const scenario = s3(0, { returned: '10:00', reassigned: '14:00' }, { day: 8, time: '16:00' });
  const story: Story = timesOf(scenario);
  let t: TestApp;
  let api: ScenarioClient;
  let player: StoryPlayer;
  let taskId: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = new ScenarioClient(t);
    player = new StoryPlayer(api, scenario);
  });
  afterAll(() => t.close());

  it('the district assigns T3 (land) to Phòng Quản lý đô thị, and cannot reassign it while that office still holds it', async () => {
    taskId = await player.play('assigned');
    const problem = await api.refused(
      giang,
      `/tasks/${taskId}/reassignments`,
      { leadUnitId: TNMT, occurredAt: at('2026-03-16', '09:00') },
      { rule: 'TASK_ALREADY_ASSIGNED', detail: DETAIL.alreadyAssigned },
    );
    expect(problem.context).toEqual({ leadUnitId: QLDT });
  });

  it('the same day, the head of Phòng Quản lý đô thị returns it to the district: not its mandate', async () => {
    await player.play('returned');
  });

  it('while it awaits reassignment, the returning office cannot act on it and Phòng TN&MT cannot take it by itself', async () => {
    await api.refused(
      hoa,
      `/tasks/${taskId}/completion`,
      { result, occurredAt: at('2026-03-16', '11:00') },
      { rule: 'TASK_AWAITING_REASSIGNMENT', detail: DETAIL.awaitingReassignment },
    );
    await api.refused(
      minh,
      `/tasks/${taskId}/reassignments`,
      { leadUnitId: TNMT, occurredAt: at('2026-03-16', '11:30') },
      { rule: 'TASK_NOT_ASSIGNING_AUTHORITY', detail: DETAIL.notAuthority },
    );
    const state = await api.state(taskId, giang);
    expect(state).toMatchObject({
      status: 'open',
      lead: { unitId: QLDT },
      custody: { holder: person(giang), withAssigningAuthority: true },
      reassignments: 0,
    });
  });

  it('the district reassigns T3 to Phòng TN&MT, keeping the deadline; Phòng TN&MT completes it on time', async () => {
    await player.play('completed');
  });

  it('the trail and the folded state: one reassignment, completed by the new lead before the deadline', async () => {
    await api.expectTrail(taskId, giang, expectedTrail(taskId, story));
    await expectCompletedByTheNewLead(api, taskId, story);
  });

  it('findings: none at all', async () => {
    expect(await api.findings(taskId, city.inspector)).toEqual([]);
  });
});

describe('S3 variant — the same return, but at d+4', () => {
  const scenario = s3(4, { returned: '09:00', reassigned: '15:00' }, { day: 9, time: '10:00' });
  const story: Story = timesOf(scenario);
  let t: TestApp;
  let api: ScenarioClient;
  let player: StoryPlayer;
  let taskId: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = new ScenarioClient(t);
    player = new StoryPlayer(api, scenario);
  });
  afterAll(() => t.close());

  it('the district assigns T3; four working days later Phòng Quản lý đô thị returns it', async () => {
    taskId = await player.play('returned');
  });

  it('the reassignment cannot be dated before the district got the task back (422 TASK_OCCURRED_BEFORE_CURRENT_CUSTODY)', async () => {
    const problem = await api.refused(
      giang,
      `/tasks/${taskId}/reassignments`,
      { leadUnitId: TNMT, occurredAt: at('2026-03-19', '15:00') },
      { rule: 'TASK_OCCURRED_BEFORE_CURRENT_CUSTODY', detail: DETAIL.beforeCustody },
    );
    expect(problem.context).toEqual({ occurredAt: at('2026-03-19', '15:00'), heldSince: utc(story.returned) });
  });

  it('the district reassigns it to Phòng TN&MT the day of the return, which completes it on time', async () => {
    await player.play('completed');
  });

  it('the trail records the return at d+4 (what LATE_RETURN will judge) and the state one reassignment', async () => {
    await api.expectTrail(taskId, giang, expectedTrail(taskId, story));
    await expectCompletedByTheNewLead(api, taskId, story);
  });

  it('findings: LATE_RETURN against Phòng Quản lý đô thị (its head answers), and nothing else', async () => {
    const found = await api.findings(taskId, city.inspector);
    expect(found.map(({ ruleCode, responsible, status }) => ({ ruleCode, responsible, status }))).toEqual([
      { ruleCode: 'LATE_RETURN', responsible: [city.qldtHead.personId], status: 'open' },
    ]);
  });
});
