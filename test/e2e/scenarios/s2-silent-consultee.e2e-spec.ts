import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { retell } from '@lib/domain/task/testing';
import { at, DETAIL, person, ScenarioClient, unitParty, utc } from './scenario-client';
import { StoryPlayer } from './story-driver';
import { s2OverHttp } from './stories-over-http';

// S2 (scenarios.md): UBND quận Hải Châu assigns T2 (budget) to Phòng Tài chính – Kế hoạch on Monday
// 9 March 2026 (d+0), deadline d+15 (Monday 30 March). d+1 (10 March) the lead consults Phòng Quản lý
// đô thị and Phòng TN&MT, reply by d+6 (Tuesday 17 March); d+3 (12 March) Phòng Quản lý đô thị agrees;
// Phòng TN&MT never answers; d+8 (19 March) the lead submits to the district chairman, all agreed.
const { giang, tckhHead: lan, qldtHead: hoa, qldtStaff: khanh, dung } = city;
const QLDT = 'phong-quan-ly-do-thi';
const TNMT = 'phong-tnmt-hai-chau';
const TCKH = 'phong-tai-chinh-ke-hoach';
const times = {
  assigned: at('2026-03-09', '08:00'),
  consulted: at('2026-03-10', '09:00'),
  answered: at('2026-03-12', '14:00'),
  strayAnswers: at('2026-03-13', '10:00'),
  submitted: at('2026-03-19', '10:00'),
  resubmitted: at('2026-03-20', '09:00'),
};
const DUE_AT = '2026-03-30T16:59:59.999Z';
const request = 'Đề nghị cho ý kiến về phương án bố trí vốn sửa chữa trụ sở UBND phường Thạch Thang, tổng mức 2,4 tỷ đồng';
const answer = 'Thống nhất phương án; đề nghị bổ sung dự toán chi tiết hạng mục mái và hệ thống thoát nước';
const submission = 'Kính trình UBND quận quyết định phương án bố trí vốn; Phòng TN&MT không trả lời đúng hạn nên được coi là thống nhất';
const to = person(giang);
/** The story kit's S2 over HTTP with this spec's words. */
const story = retell(s2OverHttp, { steps: { consulted: { text: request }, answered: { text: answer }, submitted: { text: submission } } });

describe('S2 — the silent consultee', () => {
  let t: TestApp;
  let api: ScenarioClient;
  let player: StoryPlayer;
  let taskId: string;
  let consultationId: string;
  const answersPath = (): string => `/tasks/${taskId}/consultations/${consultationId}/answers`;

  beforeAll(async () => {
    t = await startTestApp();
    api = new ScenarioClient(t);
    player = new StoryPlayer(api, story);
  });
  afterAll(() => t.close());

  it('the district chairman assigns T2 (budget) to Phòng Tài chính – Kế hoạch, due at the end of d+15', async () => {
    // The story does not say who handles T2; its head does, named at assignment ("rõ người"), so that
    // UNOWNED_TASK has nothing to say and the story is only about the silent consultee.
    taskId = await player.play('assigned');
  });

  it('d+1: the head of the lead asks both offices for opinions, stating the content and a reply deadline of d+6', async () => {
    await player.play('consulted');
    consultationId = player.consultationId;
  });

  it('d+3: Phòng Quản lý đô thị replies "agree" with specific content', async () => {
    await player.play('answered');
  });

  it("nobody else can answer in the silent office's name, an office not consulted cannot answer, and the same stance is not recorded twice", async () => {
    const body = { stance: 'agree', content: 'Thống nhất', occurredAt: times.strayAnswers };
    const forSilentOffice = await api.refused(
      khanh,
      answersPath(),
      { ...body, unitId: TNMT },
      { rule: 'TASK_NOT_MEMBER_OF_UNIT', detail: DETAIL.notMember },
    );
    expect(forSilentOffice.context).toEqual({ personId: khanh.personId, unitId: TNMT });
    const notConsulted = await api.refused(
      dung,
      answersPath(),
      { ...body, unitId: 'so-tnmt' },
      { rule: 'TASK_UNIT_NOT_CONSULTED', detail: DETAIL.notConsulted },
    );
    expect(notConsulted.context).toEqual({ unitId: 'so-tnmt', consultationId });
    await api.refused(
      khanh,
      answersPath(),
      { ...body, unitId: QLDT },
      { rule: 'TASK_CONSULTATION_ALREADY_ANSWERED', detail: DETAIL.alreadyAnswered },
    );
  });

  it('d+8: the lead submits to the district chairman, recording that all consulted units agreed (Phòng TN&MT deemed to agree)', async () => {
    await player.play('submitted');
  });

  it('a second submission while the first awaits the chairman is refused (422 TASK_SUBMISSION_PENDING)', async () => {
    await api.refused(
      lan,
      `/tasks/${taskId}/submissions`,
      { to, content: submission, allConsultedAgreed: true, occurredAt: times.resubmitted },
      { rule: 'TASK_SUBMISSION_PENDING', detail: DETAIL.submissionPending },
    );
  });

  it('the trail: assignment, the consultation with content and reply deadline, one answer, the submission', async () => {
    await api.expectTrail(taskId, giang, [
      {
        type: 'TaskAssigned',
        by: giang,
        at: times.assigned,
        data: {
          category: 'budget',
          assigningAuthority: person(giang),
          leadUnitId: TCKH,
          responsiblePersonId: lan.personId,
          deadline: { dueAt: DUE_AT, computation: { rule: 'working_days', workingDays: 15, startDate: '2026-03-09' } },
          reassignment: false,
        },
      },
      {
        type: 'ConsultationRequested',
        by: lan,
        at: times.consulted,
        data: {
          consultationId,
          requestedBy: unitParty(TCKH),
          unitIds: [QLDT, TNMT],
          content: request,
          replyDueAt: '2026-03-17T16:59:59.999Z',
        },
      },
      {
        type: 'ConsultationAnswered',
        by: hoa,
        at: times.answered,
        data: { consultationId, unitId: QLDT, stance: 'agree', content: answer, revision: false },
      },
      {
        type: 'SubmittedToSuperior',
        by: lan,
        at: times.submitted,
        data: { from: unitParty(TCKH), to, content: submission, allConsultedAgreed: true },
      },
    ]);
  });

  it('the folded state: still open with the lead, one consultation answered by one office only, a submission pending', async () => {
    const [assigned, requested, answered, submitted] = await api.trail(taskId, giang);
    const state = await api.state(taskId, lan);
    expect(state).toMatchObject({
      status: 'open',
      category: 'budget',
      deadline: { dueAt: DUE_AT },
      lead: { unitId: TCKH, coordinatingUnitIds: [], responsiblePersonId: lan.personId },
      custody: {
        holder: unitParty(TCKH),
        heldSince: utc(times.assigned),
        sinceEventId: assigned!.id,
        senders: [],
        withAssigningAuthority: false,
      },
      consultations: [
        {
          consultationId,
          requestEventId: requested!.id,
          unitIds: [QLDT, TNMT],
          replyDueAt: '2026-03-17T16:59:59.999Z',
          answers: [{ unitId: QLDT, stance: 'agree', eventId: answered!.id }],
        },
      ],
      pendingSubmission: { eventId: submitted!.id, to },
      reassignments: 0,
      streamVersion: 3,
    });
    expect(state).not.toHaveProperty('completion');
    const [consultation] = state['consultations'] as Array<{ answers: Array<{ unitId: string }> }>;
    expect(consultation!.answers.filter((reply) => reply.unitId === TNMT)).toEqual([]);
  });

  it('findings: SILENT_CONSULTEE against Phòng TN&MT (its head answers), no UNAGREED_SUBMISSION, nothing against the lead, nothing else', async () => {
    const found = await api.findings(taskId, city.inspector);
    expect(found.map(({ ruleCode, responsible, supervisory, status }) => ({ ruleCode, responsible, supervisory, status }))).toEqual([
      { ruleCode: 'SILENT_CONSULTEE', responsible: [city.tnmtHead.personId], supervisory: [], status: 'open' },
    ]);
  });
});
