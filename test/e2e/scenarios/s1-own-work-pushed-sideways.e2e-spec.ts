import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { s1Registered } from './s1-story';
import { at, DETAIL, person, ScenarioClient, unitParty, utc } from './scenario-client';
import { StoryPlayer, timesOf } from './story-driver';

// S1 (scenarios.md): UBND TP assigns T1 to Sở Xây dựng on Monday 2 March 2026 (d+0), deadline d+10
// (Monday 16 March). Bình delegates to Cường; d+2 (4 March) Cường transfers it to Sở TN&MT; d+3
// (5 March) Sở TN&MT returns it; d+12 (18 March) Sở Xây dựng completes it.
const { chairman, binh, cuong, dung, en, clerk } = city;
const DUE_AT = '2026-03-16T16:59:59.999Z';
const transferReason = 'Thuộc lĩnh vực đất đai';
const returnReason = 'Nội dung không thuộc chức năng, nhiệm vụ của Sở Tài nguyên và Môi trường';
const result =
  'Đã kiểm tra hiện trường, lập biên bản và ban hành quyết định xử phạt vi phạm hành chính, buộc tháo dỡ phần xây dựng sai phép';
/** The story kit's S1 over HTTP, with the clerk registering T1 first and the words of this spec. */
const story = s1Registered(returnReason, { text: result, outputDocument: { number: '315/QĐ-SXD', date: '2026-03-18' } });
const times: Record<string, string> = {
  ...timesOf(story),
  cuongTriesToFinish: at('2026-03-04', '15:00'),
  enTriesToFinish: at('2026-03-06', '09:00'),
};

describe('S1 — own work pushed sideways, then bounced back', () => {
  let t: TestApp;
  let api: ScenarioClient;
  let player: StoryPlayer;
  let taskId: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = new ScenarioClient(t);
    player = new StoryPlayer(api, story);
  });
  afterAll(() => t.close());

  it('UBND TP assigns T1 to Sở Xây dựng with a deadline of 10 working days, due at the end of Monday 16 March', async () => {
    taskId = await player.play('assigned');
  });

  it("Sở Xây dựng's clerk registers T1 and the head, Nguyễn Thị Bình, delegates it to Lê Văn Cường", async () => {
    await player.play('delegated');
  });

  it('d+2: Cường transfers T1 to Sở TN&MT, "thuộc lĩnh vực đất đai"', async () => {
    await player.play('transferred');
  });

  it('while Sở TN&MT holds T1, Cường can no longer complete it (422 TASK_NOT_CURRENT_HOLDER)', async () => {
    const problem = await api.refused(
      cuong,
      `/tasks/${taskId}/completion`,
      { result, occurredAt: times.cuongTriesToFinish },
      { rule: 'TASK_NOT_CURRENT_HOLDER', detail: DETAIL.notHolder },
    );
    expect(problem.context).toEqual({ personId: cuong.personId, holder: unitParty('so-tnmt') });
  });

  it("d+3: Sở TN&MT's staff cannot return a task its unit holds without a person; its head, Phạm Minh Dũng, returns it as not its mandate", async () => {
    await api.refused(
      en,
      `/tasks/${taskId}/returns`,
      { reasonCode: 'not_our_mandate', reason: returnReason, occurredAt: times.returned },
      { rule: 'TASK_NOT_CURRENT_HOLDER', detail: DETAIL.notHolder },
    );
    await player.play('returned');
  });

  it("back at Sở Xây dựng, Sở TN&MT's staff cannot complete T1 (422 TASK_NOT_CURRENT_HOLDER)", async () => {
    const problem = await api.refused(
      en,
      `/tasks/${taskId}/completion`,
      { result: 'Đã xử lý xong', occurredAt: times.enTriesToFinish },
      { rule: 'TASK_NOT_CURRENT_HOLDER', detail: DETAIL.notHolder },
    );
    expect(problem.context).toEqual({ personId: en.personId, holder: person(cuong) });
  });

  it('d+12: Cường, holding T1 again, completes it', async () => {
    await player.play('completed');
  });

  it('the trail holds every step in order, with who recorded it and when it happened', async () => {
    const events = await api.expectTrail(taskId, chairman, [
      {
        type: 'TaskAssigned',
        by: chairman,
        at: times.assigned,
        data: {
          taskId,
          kind: 'task',
          category: 'construction',
          source: { number: '2128/UBND-TH', date: '2026-03-02' },
          assigningAuthority: person(chairman),
          leadUnitId: 'so-xay-dung',
          coordinatingUnitIds: [],
          responsiblePersonId: null,
          deadline: { dueAt: DUE_AT, computation: { rule: 'working_days', workingDays: 10, startDate: '2026-03-02' } },
          reassignment: false,
          previousLeadUnitId: null,
        },
      },
      { type: 'TaskReceived', by: clerk, at: times.received, data: { unitId: 'so-xay-dung' } },
      {
        type: 'TaskDelegated',
        by: binh,
        at: times.delegated,
        data: { unitId: 'so-xay-dung', personId: cuong.personId, previousPersonId: null },
      },
      {
        type: 'TaskTransferred',
        by: cuong,
        at: times.transferred,
        data: { from: person(cuong), to: unitParty('so-tnmt'), reason: transferReason },
      },
      {
        type: 'TaskReturned',
        by: dung,
        at: times.returned,
        data: {
          from: unitParty('so-tnmt'),
          to: person(cuong),
          toAssigningAuthority: false,
          reasonCode: 'not_our_mandate',
          reason: returnReason,
        },
      },
      {
        type: 'TaskCompleted',
        by: cuong,
        at: times.completed,
        data: { by: person(cuong), result, outputDocument: { number: '315/QĐ-SXD', date: '2026-03-18' } },
      },
    ]);
    expect(events[0]!.data['deadline']).toMatchObject({
      computation: {
        countedDays: [
          '2026-03-03',
          '2026-03-04',
          '2026-03-05',
          '2026-03-06',
          '2026-03-09',
          '2026-03-10',
          '2026-03-11',
          '2026-03-12',
          '2026-03-13',
          '2026-03-16',
        ],
      },
    });
  });

  it('the folded state: completed by Cường at Sở Xây dựng after the deadline, lead unchanged, no reassignment by the authority', async () => {
    const [, , , , returned, completed] = await api.trail(taskId, chairman);
    const state = await api.state(taskId, binh);
    expect(state).toMatchObject({
      status: 'completed',
      taskId,
      kind: 'task',
      category: 'construction',
      assignedAt: utc(times.assigned),
      assigningAuthority: person(chairman),
      deadline: { dueAt: DUE_AT },
      lead: { unitId: 'so-xay-dung', coordinatingUnitIds: [], responsiblePersonId: cuong.personId },
      custody: {
        holder: person(cuong),
        heldSince: utc(times.returned),
        sinceEventId: returned!.id,
        receivedAt: null,
        senders: [],
        withAssigningAuthority: false,
      },
      consultations: [],
      pendingSubmission: null,
      // Counts reassignments by the assigning authority only; the story's "reassignment count 2" (hops
      // Sở XD → Sở TN&MT → Sở XD) is a projection's measure, not part of the task state.
      reassignments: 0,
      completion: { eventId: completed!.id, completedAt: utc(times.completed), by: person(cuong), result },
      streamVersion: 5,
    });
    expect(Date.parse(utc(times.completed))).toBeGreaterThan(Date.parse(DUE_AT));
  });

  it('findings: OWN_WORK_TRANSFERRED and PING_PONG against Cường (supervisory on Bình), OVERDUE_HOLD for his late days, nothing against Sở TN&MT, nothing else', async () => {
    const { inspector } = city;
    const found = await api.findings(taskId, inspector);
    expect(
      found
        .map(({ ruleCode, responsible, supervisory, status }) => ({ ruleCode, responsible, supervisory, status }))
        .sort((a, b) => (a.ruleCode < b.ruleCode ? -1 : 1)),
    ).toEqual([
      { ruleCode: 'OVERDUE_HOLD', responsible: [cuong.personId], supervisory: [binh.personId], status: 'open' },
      { ruleCode: 'OWN_WORK_TRANSFERRED', responsible: [cuong.personId], supervisory: [binh.personId], status: 'open' },
      { ruleCode: 'PING_PONG', responsible: [cuong.personId], supervisory: [binh.personId], status: 'open' },
    ]);
    const own = found.find((finding) => finding.ruleCode === 'OWN_WORK_TRANSFERRED')!;
    expect(own.explanation).toBe(
      'Ngày 04/03/2026, Lê Văn Cường (Sở Xây dựng) chuyển nhiệm vụ “Kiểm tra, xử lý công trình xây dựng không phép tại phường Hòa Cường Bắc” ' +
        `(lĩnh vực "construction", thuộc chức năng, nhiệm vụ của Sở Xây dựng tại thời điểm đó) sang Sở Tài nguyên và Môi trường.`,
    );
  });
});
