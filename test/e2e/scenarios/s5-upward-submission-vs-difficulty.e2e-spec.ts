import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { at, DETAIL, person, ScenarioClient, utc, type ExpectedEntry } from './scenario-client';
import { StoryPlayer } from './story-driver';
import { s5OverHttp } from './stories-over-http';

// S5 (scenarios.md): Phòng Quản lý đô thị holds T5, a construction permit within its own authority,
// assigned by UBND quận Hải Châu on Monday 23 March 2026 (d+0), deadline d+10 (Monday 6 April); its
// head delegates it to Ngô Văn Khánh. At d+3 (Thursday 26 March) Khánh submits T5 to the district
// chairman for decision. Contrast: at d+3 he instead reports a difficulty (missing survey data) to the
// chairman, keeps handling T5 and completes it on time (Thursday 2 April).
const { giang, qldtHead: hoa, qldtStaff: khanh } = city;
const QLDT = 'phong-quan-ly-do-thi';
const DUE_AT = '2026-04-06T16:59:59.999Z';
const chairman = person(giang);
const times = {
  assigned: at('2026-03-23', '08:30'),
  delegated: at('2026-03-23', '10:00'),
  dPlus3: at('2026-03-26', '09:00'),
  chairmanTries: at('2026-03-26', '14:00'),
  directed: at('2026-03-27', '10:00'),
  completed: at('2026-04-02', '15:00'),
};
const submission = 'Kính trình Chủ tịch UBND quận xem xét, quyết định việc cấp giấy phép xây dựng nhà ở riêng lẻ tại số 25 đường Trần Phú';
const direction = 'Việc cấp giấy phép xây dựng thuộc thẩm quyền của Phòng Quản lý đô thị; đề nghị Phòng giải quyết theo quy định';
const difficulty = 'Thiếu số liệu khảo sát địa chất khu đất để thẩm định hồ sơ; Phòng tiếp tục xử lý, đã đề nghị chủ đầu tư bổ sung';
const result = 'Đã cấp giấy phép xây dựng số 120/GPXD cho hộ gia đình ông Nguyễn Văn Tâm';

/** The story kit's S5 over HTTP, both ways, with this spec's words. */
const pushedStory = s5OverHttp('submission', 'Cấp giấy phép xây dựng nhà ở riêng lẻ tại số 25 đường Trần Phú', {
  submitted: { text: submission },
});
const handledStory = s5OverHttp('difficulty', 'Cấp giấy phép xây dựng nhà ở riêng lẻ tại số 27 đường Trần Phú', {
  difficulty: { text: difficulty },
  completed: { text: result, outputDocument: { number: '120/GPXD', date: '2026-04-02' } },
});

const opening = (): ExpectedEntry[] => [
  {
    type: 'TaskAssigned',
    by: giang,
    at: times.assigned,
    data: {
      category: 'construction_permit',
      assigningAuthority: chairman,
      leadUnitId: QLDT,
      deadline: { dueAt: DUE_AT, computation: { workingDays: 10 } },
    },
  },
  { type: 'TaskDelegated', by: hoa, at: times.delegated, data: { unitId: QLDT, personId: khanh.personId, previousPersonId: null } },
];

describe('S5 — pushing a decision upward vs reporting a difficulty', () => {
  let t: TestApp;
  let api: ScenarioClient;
  let pushed: string;
  let handled: string;
  let pushedPlayer: StoryPlayer;
  let handledPlayer: StoryPlayer;

  beforeAll(async () => {
    t = await startTestApp();
    api = new ScenarioClient(t);
    pushedPlayer = new StoryPlayer(api, pushedStory);
    handledPlayer = new StoryPlayer(api, handledStory);
  });
  afterAll(() => t.close());

  describe('T5: the permit is submitted upward', () => {
    it('the district assigns T5 to Phòng Quản lý đô thị, whose head delegates it to Khánh', async () => {
      pushed = await pushedPlayer.play('delegated');
    });

    it('d+3: Khánh submits T5 to the district chairman for decision', async () => {
      await pushedPlayer.play('submitted');
    });

    it('a submission is not a hand-off: the chairman cannot complete T5 himself (422 TASK_NOT_CURRENT_HOLDER)', async () => {
      const problem = await api.refused(
        giang,
        `/tasks/${pushed}/completion`,
        { result, occurredAt: times.chairmanTries },
        { rule: 'TASK_NOT_CURRENT_HOLDER', detail: DETAIL.notHolder },
      );
      expect(problem.context).toEqual({ personId: giang.personId, holder: person(khanh) });
    });

    it('the chairman directs the office to decide within its own authority, which closes the pending submission', async () => {
      await api.act(giang, pushed, 'directions', { direction, occurredAt: times.directed }, ['SuperiorDirected']);
    });

    it('the trail names Khánh as the one who submitted, from his hold inside Phòng Quản lý đô thị', async () => {
      const events = await api.expectTrail(pushed, giang, [
        ...opening(),
        {
          type: 'SubmittedToSuperior',
          by: khanh,
          at: times.dPlus3,
          data: { from: person(khanh), to: chairman, content: submission, allConsultedAgreed: true },
        },
        { type: 'SuperiorDirected', by: giang, at: times.directed, data: { direction } },
      ]);
      expect(events[3]!.data['submissionEventId']).toBe(events[2]!.id);
    });

    it('the folded state: Khánh still holds T5, open, no submission pending any more', async () => {
      const [, delegated] = await api.trail(pushed, giang);
      const state = await api.state(pushed, hoa);
      expect(state).toMatchObject({
        status: 'open',
        deadline: { dueAt: DUE_AT },
        lead: { unitId: QLDT, coordinatingUnitIds: [], responsiblePersonId: khanh.personId },
        custody: {
          holder: person(khanh),
          heldSince: utc(times.delegated),
          sinceEventId: delegated!.id,
          senders: [],
          withAssigningAuthority: false,
        },
        pendingSubmission: null,
        reassignments: 0,
        streamVersion: 3,
      });
    });

    it('findings: UPWARD_DEFLECTION against Khánh, supervisory on the head of Phòng Quản lý đô thị, and nothing else', async () => {
      const found = await api.findings(pushed, city.inspector);
      expect(found.map(({ ruleCode, responsible, supervisory, status }) => ({ ruleCode, responsible, supervisory, status }))).toEqual([
        { ruleCode: 'UPWARD_DEFLECTION', responsible: [khanh.personId], supervisory: [hoa.personId], status: 'open' },
      ]);
    });
  });

  describe('contrast: a difficulty is reported and the office keeps handling T5', () => {
    it('the district assigns the permit to Phòng Quản lý đô thị, whose head delegates it to Khánh', async () => {
      handled = await handledPlayer.play('delegated');
    });

    it('d+3: Khánh reports the missing survey data to the chairman', async () => {
      await handledPlayer.play('difficulty');
    });

    it('a difficulty report asks for no decision: the chairman has nothing to direct (422 TASK_NO_PENDING_SUBMISSION)', async () => {
      await api.refused(
        giang,
        `/tasks/${handled}/directions`,
        { direction, occurredAt: times.chairmanTries },
        { rule: 'TASK_NO_PENDING_SUBMISSION', detail: DETAIL.noPendingSubmission },
      );
    });

    it('Khánh completes the permit on time', async () => {
      await handledPlayer.play('completed');
    });

    it('the trail: assignment, delegation, the difficulty (from Khánh to the chairman), completion', async () => {
      await api.expectTrail(handled, giang, [
        ...opening(),
        { type: 'DifficultyReported', by: khanh, at: times.dPlus3, data: { from: person(khanh), to: chairman, content: difficulty } },
        {
          type: 'TaskCompleted',
          by: khanh,
          at: times.completed,
          data: { by: person(khanh), result, outputDocument: { number: '120/GPXD', date: '2026-04-02' } },
        },
      ]);
    });

    it('the folded state: completed by Khánh inside Phòng Quản lý đô thị before the deadline, nothing submitted', async () => {
      const [, delegated, , completed] = await api.trail(handled, giang);
      const state = await api.state(handled, hoa);
      expect(state).toMatchObject({
        status: 'completed',
        deadline: { dueAt: DUE_AT },
        lead: { unitId: QLDT, responsiblePersonId: khanh.personId },
        custody: { holder: person(khanh), sinceEventId: delegated!.id, senders: [], withAssigningAuthority: false },
        pendingSubmission: null,
        reassignments: 0,
        completion: { eventId: completed!.id, completedAt: utc(times.completed), by: person(khanh), result },
        streamVersion: 3,
      });
      expect(Date.parse(utc(times.completed))).toBeLessThanOrEqual(Date.parse(DUE_AT));
    });

    it('findings: none', async () => {
      expect(await api.findings(handled, city.inspector)).toEqual([]);
    });
  });
});
