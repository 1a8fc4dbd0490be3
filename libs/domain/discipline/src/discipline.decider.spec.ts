import { describe, expect, it } from '@jest/globals';
import { OccurredInFutureError, type Actor, type RecordedEvent } from '@lib/domain/core';
import { DeciderSpecification } from '@lib/domain/core/testing';
import type { CitedFinding, DecideCase, DisciplinaryCaseCommand, FindingCitation, ProposeCase } from './discipline.commands';
import { createDisciplinaryCaseDecider, type DisciplinaryCaseState, type NoCase } from './discipline.decider';
import {
  CaseAlreadyDecidedError,
  CaseAlreadyExistsError,
  CaseAlreadyUnderReviewError,
  CaseHandlingDeadlinePassedError,
  CaseHandlingExtensionInvalidError,
  CaseNotFoundError,
  CaseNotUnderReviewError,
  CaseRequiresHomeAffairsError,
  CaseStepOutOfOrderError,
  CaseSubjectCannotActError,
  CaseWithdrawnError,
  DecisionDocumentInvalidError,
  DisciplineFormNotApplicableError,
  FindingAlreadyDisciplinedError,
  FindingCitedTwiceError,
  FindingDoesNotNamePersonError,
  FindingInOpenCaseError,
  FindingNotConfirmedError,
  LimitationNotAcknowledgedError,
  NoFindingCitedError,
  TextRequiredError,
} from './discipline.errors';
import type { DisciplinaryCaseEvent } from './discipline.events';

const decider = createDisciplinaryCaseDecider();
const spec = DeciderSpecification.for(decider);
/** The state of a recorded case; a spec that expects one fails here when the stream is still empty. */
const recordedCase = (state: DisciplinaryCaseState): Exclude<DisciplinaryCaseState, NoCase> => {
  if (state.status === 'none') throw new Error('no case recorded');
  return state;
};
const homeAffairs: Actor = { personId: 'tran-noi-vu', unitId: 'so-noi-vu', position: 'staff', roles: ['home_affairs'] };
const caseId = '2a7c5d10-1f3e-4b6a-9c8d-000000000001';
const taskId = '0b5c9d7e-1111-4a2b-8c3d-000000000001';
const grounds = 'Chuyển nhiệm vụ thuộc chức năng của Sở Xây dựng sang Sở Tài nguyên và Môi trường, gây chậm trễ.';
const finding = (overrides: Partial<CitedFinding> = {}): CitedFinding => ({
  findingId: 'f0000000-0000-5000-8000-000000000001',
  taskId,
  ruleCode: 'OWN_WORK_TRANSFERRED',
  ruleVersion: 1,
  status: 'confirmed',
  on: '2026-03-04',
  namedPersonIds: ['le-van-cuong', 'nguyen-thi-binh'],
  confirmedOn: '2026-04-01',
  citedBy: [],
  ...overrides,
});
const now = '2026-06-01T09:00:00+07:00';
const context = (occurredAt = now, actor: Actor = homeAffairs) => ({ actor, occurredAt, now });
const proposal = (overrides: Partial<ProposeCase['data']> = {}, occurredAt = now, actor: Actor = homeAffairs): ProposeCase => ({
  type: 'ProposeCase',
  data: {
    caseId,
    subject: { personId: 'le-van-cuong', unitId: 'so-xay-dung', electedCadre: false, holdsLeadership: false },
    proposedForm: 'canh_cao',
    grounds,
    findings: [finding()],
    ...overrides,
  },
  context: context(occurredAt, actor),
});
const document = { number: '125/QĐ-UBND', date: '2026-06-20', signer: { name: 'Trần Văn An', title: 'Chủ tịch UBND thành phố' } };
const decision = (overrides: Partial<DecideCase['data']> = {}, occurredAt = '2026-06-20T15:00:00+07:00'): DisciplinaryCaseCommand => ({
  type: 'DecideCase',
  data: { caseId, form: 'canh_cao', document, holdsLeadership: false, limitationAcknowledged: false, citedBy: {}, ...overrides },
  context: { actor: homeAffairs, occurredAt, now: occurredAt },
});
const review = (occurredAt = '2026-06-05T09:00:00+07:00'): DisciplinaryCaseCommand => ({
  type: 'StartCaseReview',
  data: { caseId, note: null },
  context: { actor: homeAffairs, occurredAt, now: occurredAt },
});
const withdrawal = (
  reason = 'Người vi phạm đã nghỉ hưu trước khi xem xét.',
  occurredAt = '2026-06-10T09:00:00+07:00',
): DisciplinaryCaseCommand => ({
  type: 'WithdrawCase',
  data: { caseId, reason },
  context: { actor: homeAffairs, occurredAt, now: occurredAt },
});
const limitationOf = (
  years: 5 | 10,
  lastDay: string,
  measuredOn: string,
  expired: boolean,
  findingId = finding().findingId,
  conductOn = '2026-03-04',
) => ({ findingId, conductOn, years, lastDay, measuredOn, expired });
const proposedData = {
  caseId,
  personId: 'le-van-cuong',
  unitId: 'so-xay-dung',
  electedCadre: false,
  holdsLeadership: false,
  proposedForm: 'canh_cao' as const,
  grounds,
  findings: [{ findingId: finding().findingId, taskId, ruleCode: 'OWN_WORK_TRANSFERRED', ruleVersion: 1, on: '2026-03-04' }],
  limitation: [limitationOf(10, '2036-03-04', '2026-06-01', false)],
  warnings: [],
  handling: { startsOn: '2026-04-01', basis: 'finding_confirmed' as const, limitDays: 90, deadline: '2026-06-30' },
};
const recorded = (event: DisciplinaryCaseEvent, eventId: string, occurredAt: string): RecordedEvent<DisciplinaryCaseEvent> => ({
  ...event,
  metadata: { eventId, occurredAt, actor: homeAffairs },
});
const proposed = recorded({ type: 'DisciplinaryCaseProposed', data: proposedData }, 'e1', '2026-06-01T02:00:00.000Z');
const underReview = recorded(
  { type: 'DisciplinaryCaseReviewStarted', data: { caseId, personId: 'le-van-cuong', note: null } },
  'e2',
  '2026-06-05T02:00:00.000Z',
);
const withdrawn = recorded(
  { type: 'DisciplinaryCaseWithdrawn', data: { caseId, personId: 'le-van-cuong', reason: 'Người vi phạm đã nghỉ hưu trước khi xem xét.' } },
  'e3',
  '2026-06-10T02:00:00.000Z',
);

describe('no case yet', () => {
  it('is proposed by Home Affairs citing a confirmed finding that names the person, the grounds NFC and trimmed', () => {
    spec
      .given([])
      .when(proposal({ grounds: `  ${grounds.normalize('NFD')} ` }))
      .then([{ type: 'DisciplinaryCaseProposed', data: proposedData }]);
    spec
      .given([])
      .when(proposal())
      .thenState((state) => expect(state).toMatchObject({ status: 'proposed', personId: 'le-van-cuong', proposedOn: '2026-06-01' }));
  });

  it('may name the person as the supervising head rather than the one responsible', () => {
    spec
      .given([])
      .when(
        proposal({
          subject: { personId: 'nguyen-thi-binh', unitId: 'so-xay-dung', electedCadre: false, holdsLeadership: true },
          proposedForm: 'cach_chuc',
        }),
      )
      .thenState((state) => expect(state).toMatchObject({ status: 'proposed', personId: 'nguyen-thi-binh', proposedForm: 'cach_chuc' }));
  });

  it('refuses a finding the inspectorate has not confirmed, naming it and its status', () => {
    for (const status of ['open', 'dismissed', 'superseded'] as const) {
      spec
        .given([])
        .when(proposal({ findings: [finding({ status })] }))
        .thenThrows(FindingNotConfirmedError, (error) => {
          expect(error.context).toEqual({ findingId: finding().findingId, status });
          expect(error.field).toBe('findingIds');
        });
    }
  });

  it('refuses a finding that does not name the person, a finding cited twice, and no finding at all', () => {
    spec
      .given([])
      .when(proposal({ findings: [finding({ namedPersonIds: ['vo-thi-en'] })] }))
      .thenThrows(FindingDoesNotNamePersonError);
    spec
      .given([])
      .when(proposal({ findings: [finding(), finding()] }))
      .thenThrows(FindingCitedTwiceError);
    spec
      .given([])
      .when(proposal({ findings: [] }))
      .thenThrows(NoFindingCitedError);
  });

  it('offers dismissal from post to leaders only and removal to elected cadres only', () => {
    spec
      .given([])
      .when(proposal({ proposedForm: 'cach_chuc' }))
      .thenThrows(DisciplineFormNotApplicableError, (error) => {
        expect(error.context).toEqual({ form: 'cach_chuc', restriction: 'leaders_only', personId: 'le-van-cuong' });
        expect(error.detail).toBe('Hình thức cách chức chỉ áp dụng với người giữ chức vụ lãnh đạo, quản lý (cấp trưởng, cấp phó).');
      });
    spec
      .given([])
      .when(proposal({ proposedForm: 'bai_nhiem' }))
      .thenThrows(DisciplineFormNotApplicableError, (error) => expect(error.context['restriction']).toBe('elected_cadres_only'));
    const elected = { personId: 'le-van-cuong', unitId: 'so-xay-dung', electedCadre: true, holdsLeadership: false };
    spec
      .given([])
      .when(proposal({ subject: elected, proposedForm: 'bai_nhiem' }))
      .thenState((state) => expect(recordedCase(state).proposedForm).toBe('bai_nhiem'));
  });

  it('warns, without refusing, when a conduct is past the statute of limitations for the form proposed', () => {
    const old = finding({ findingId: 'f0000000-0000-5000-8000-000000000002', on: '2021-05-31' });
    const reprimand = decider.decide(proposal({ proposedForm: 'khien_trach', findings: [old, finding()] }), decider.initialState());
    expect(reprimand[0]!.data).toMatchObject({
      limitation: [
        limitationOf(5, '2026-05-31', '2026-06-01', true, old.findingId, '2021-05-31'),
        limitationOf(5, '2031-03-04', '2026-06-01', false),
      ],
      warnings: [
        {
          code: 'LIMITATION_EXPIRED',
          findingId: old.findingId,
          message: `Hành vi ngày 31/05/2021 (phát hiện ${old.findingId}) đã hết thời hiệu xử lý kỷ luật 5 năm đối với hình thức khiển trách (hết ngày 31/05/2026).`,
        },
      ],
    });
    const warning = decider.decide(proposal({ proposedForm: 'canh_cao', findings: [old] }), decider.initialState());
    expect(warning[0]!.data).toMatchObject({
      limitation: [limitationOf(10, '2031-05-31', '2026-06-01', false, old.findingId, '2021-05-31')],
      warnings: [],
    });
  });

  it('is not proposed by anyone but Home Affairs, nor by the person concerned, nor in the future, nor without grounds', () => {
    spec
      .given([])
      .when(proposal({}, now, { ...homeAffairs, roles: ['inspector'] }))
      .thenThrows(CaseRequiresHomeAffairsError);
    spec
      .given([])
      .when(proposal({}, now, { ...homeAffairs, personId: 'le-van-cuong' }))
      .thenThrows(CaseSubjectCannotActError);
    spec.given([]).when(proposal({}, '2026-06-02T09:00:00+07:00')).thenThrows(OccurredInFutureError);
    spec
      .given([])
      .when(proposal({ grounds: '  Chậm trễ.  ' }))
      .thenThrows(TextRequiredError, (error) => expect(error.context).toEqual({ length: 9 }));
  });

  it('takes no other step', () => {
    spec.given([]).when(review()).thenThrows(CaseNotFoundError);
  });
});

describe('a finding another case cites (Decree 172/2025: one violation, one discipline)', () => {
  const earlier = '7c1d2e3f-0000-4000-8000-0000000000aa';
  const decidedCitation: FindingCitation = {
    caseId: earlier,
    personId: 'le-van-cuong',
    status: 'decided',
    decision: { number: '125/QĐ-UBND', date: '2026-05-20', form: 'khien_trach' },
  };

  it('is refused once a decided case against the same person cites it, naming the case and its decision', () => {
    spec
      .given([])
      .when(proposal({ findings: [finding({ citedBy: [decidedCitation] })] }))
      .thenThrows(FindingAlreadyDisciplinedError, (error) => {
        expect(error.code).toBe('FINDING_ALREADY_DISCIPLINED');
        expect(error.field).toBe('findingIds');
        expect(error.context).toEqual({
          findingId: finding().findingId,
          personId: 'le-van-cuong',
          case: { caseId: earlier, status: 'decided', decision: decidedCitation.decision },
        });
        expect(error.detail).toBe(
          `Hành vi trong phát hiện ${finding().findingId} đã bị xử lý kỷ luật theo hồ sơ ${earlier} (Quyết định số 125/QĐ-UBND ngày 20/05/2026, hình thức khiển trách); mỗi hành vi vi phạm chỉ bị xử lý kỷ luật một lần (Nghị định 172/2025/NĐ-CP).`,
        );
      });
  });

  it('is refused while an open case against the same person cites it, whatever its stage', () => {
    for (const status of ['proposed', 'under_review'] as const) {
      spec
        .given([])
        .when(proposal({ findings: [finding({ citedBy: [{ caseId: earlier, personId: 'le-van-cuong', status, decision: null }] })] }))
        .thenThrows(FindingInOpenCaseError, (error) => {
          expect(error.context).toEqual({
            findingId: finding().findingId,
            personId: 'le-van-cuong',
            case: { caseId: earlier, status, decision: null },
          });
        });
    }
  });

  it('may ground a case against another person it names (the supervising head), and is free again once the earlier case is withdrawn', () => {
    const head = { personId: 'nguyen-thi-binh', unitId: 'so-xay-dung', electedCadre: false, holdsLeadership: true };
    spec
      .given([])
      .when(proposal({ subject: head, findings: [finding({ citedBy: [decidedCitation] })] }))
      .thenState((state) => expect(state.status).toBe('proposed'));
    // The caller passes no withdrawn case: a withdrawn case frees its findings.
    spec
      .given([])
      .when(proposal({ findings: [finding({ citedBy: [] })] }))
      .thenState((state) => expect(state.status).toBe('proposed'));
  });

  it('does not count the case itself (a replay of the same proposal)', () => {
    spec
      .given([])
      .when(proposal({ findings: [finding({ citedBy: [{ ...decidedCitation, caseId, status: 'proposed', decision: null }] })] }))
      .thenState((state) => expect(state.status).toBe('proposed'));
  });
});

describe('the time limit for handling the case', () => {
  const extension = (
    limitDays: number,
    occurredAt = '2026-06-25T09:00:00+07:00',
    reason = 'Vụ việc phức tạp, cần thanh tra xác minh thêm hồ sơ chuyển việc.',
  ): DisciplinaryCaseCommand => ({
    type: 'ExtendCaseHandling',
    data: { caseId, limitDays, reason },
    context: { actor: homeAffairs, occurredAt, now: occurredAt },
  });

  it('runs 90 days from the earliest confirmation of a cited finding, recorded on the proposal', () => {
    const other = finding({ findingId: 'f0000000-0000-5000-8000-000000000003', confirmedOn: '2026-03-20' });
    const [event] = decider.decide(proposal({ findings: [finding(), other] }), decider.initialState());
    expect(event!.data).toMatchObject({
      handling: { startsOn: '2026-03-20', basis: 'finding_confirmed', limitDays: 90, deadline: '2026-06-18' },
    });
  });

  it('is extended for a complex case, with a reason, up to 150 days, while the period runs', () => {
    spec
      .given([proposed, underReview])
      .when(extension(150))
      .then([
        {
          type: 'DisciplinaryCaseHandlingExtended',
          data: {
            caseId,
            personId: 'le-van-cuong',
            limitDays: 150,
            deadline: '2026-08-29',
            reason: 'Vụ việc phức tạp, cần thanh tra xác minh thêm hồ sơ chuyển việc.',
          },
        },
      ]);
    spec
      .given([proposed])
      .when(extension(120))
      .thenState((state) =>
        expect(recordedCase(state).handling).toEqual({
          startsOn: '2026-04-01',
          basis: 'finding_confirmed',
          limitDays: 120,
          deadline: '2026-07-30',
        }),
      );
  });

  it('refuses more than 150 days, no longer than now, a period already over, a missing reason, and a closed case', () => {
    for (const days of [151, 90, 60, 100.5]) {
      spec
        .given([proposed])
        .when(extension(days))
        .thenThrows(CaseHandlingExtensionInvalidError, (error) => {
          expect(error.field).toBe('limitDays');
          expect(error.context).toEqual({ caseId, limitDays: days, currentDays: 90, maxDays: 150 });
        });
    }
    spec
      .given([proposed])
      .when(extension(150, '2026-07-01T09:00:00+07:00'))
      .thenThrows(CaseHandlingDeadlinePassedError, (error) => {
        expect(error.detail).toBe(
          'Thời hạn xử lý kỷ luật đã hết ngày 30/06/2026; không gia hạn một thời hạn đã hết (ngày gia hạn: 01/07/2026).',
        );
      });
    spec
      .given([proposed])
      .when(extension(150, undefined, 'Phức tạp.'))
      .thenThrows(TextRequiredError, (error) => expect(error.detail).toContain('lý do gia hạn'));
    spec.given([proposed, underReview, withdrawn]).when(extension(150)).thenThrows(CaseWithdrawnError);
  });
});

describe('a proposed case', () => {
  it('is not proposed twice', () => {
    spec.given([proposed]).when(proposal()).thenThrows(CaseAlreadyExistsError);
  });

  it('moves to review, with a note when one is given', () => {
    spec
      .given([proposed])
      .when(review())
      .then([{ type: 'DisciplinaryCaseReviewStarted', data: { caseId, personId: 'le-van-cuong', note: null } }]);
  });

  it('is not decided before review', () => {
    spec.given([proposed]).when(decision()).thenThrows(CaseNotUnderReviewError);
  });

  it('may be withdrawn with a reason', () => {
    spec
      .given([proposed])
      .when(withdrawal())
      .then([
        {
          type: 'DisciplinaryCaseWithdrawn',
          data: { caseId, personId: 'le-van-cuong', reason: 'Người vi phạm đã nghỉ hưu trước khi xem xét.' },
        },
      ]);
    spec.given([proposed]).when(withdrawal('Rút.')).thenThrows(TextRequiredError);
  });

  it('takes no step dated before the previous one', () => {
    spec.given([proposed]).when(review('2026-05-30T09:00:00+07:00')).thenThrows(CaseStepOutOfOrderError);
  });
});

describe('a case under review', () => {
  const history = [proposed, underReview];

  it('is decided with the form and the decision document, which may differ from the proposal', () => {
    spec
      .given(history)
      .when(decision({ form: 'khien_trach' }))
      .then([
        {
          type: 'DisciplinaryCaseDecided',
          data: {
            caseId,
            personId: 'le-van-cuong',
            proposedForm: 'canh_cao',
            form: 'khien_trach',
            document,
            limitation: [limitationOf(5, '2031-03-04', '2026-06-01', false)],
            warnings: [],
            limitationAcknowledged: false,
          },
        },
      ]);
    spec
      .given(history)
      .when(decision())
      .thenState((state) => expect(state).toMatchObject({ status: 'decided', decidedForm: 'canh_cao' }));
  });

  it('is not moved to review twice', () => {
    spec.given(history).when(review('2026-06-06T09:00:00+07:00')).thenThrows(CaseAlreadyUnderReviewError);
  });

  it('checks the form against the person and the decision document', () => {
    spec
      .given(history)
      .when(decision({ form: 'cach_chuc' }))
      .thenThrows(DisciplineFormNotApplicableError, (error) => expect(error.field).toBe('form'));
    spec
      .given(history)
      .when(decision({ document: { ...document, date: '2026-05-20' } }))
      .thenThrows(DecisionDocumentInvalidError, (error) => expect(error.field).toBe('document.date'));
    spec
      .given(history)
      .when(decision({ document: { ...document, number: '  ' } }))
      .thenThrows(DecisionDocumentInvalidError, (error) => expect(error.field).toBe('document.number'));
  });

  it('needs an acknowledgement to decide on a conduct past its limitation, and records it with the warning', () => {
    const old = {
      ...proposed,
      data: { ...proposedData, findings: [{ ...proposedData.findings[0]!, on: '2021-05-20' }] },
    } as RecordedEvent<DisciplinaryCaseEvent>;
    spec
      .given([old, underReview])
      .when(decision({ form: 'khien_trach' }))
      .thenThrows(LimitationNotAcknowledgedError, (error) => {
        expect(error.context).toEqual({ caseId, findingIds: [finding().findingId] });
      });
    const [decided] = decider.decide(
      decision({ form: 'khien_trach', limitationAcknowledged: true }),
      [old, underReview].reduce(decider.evolve, decider.initialState()),
    );
    expect(decided!.data).toMatchObject({
      limitationAcknowledged: true,
      warnings: [expect.objectContaining({ code: 'LIMITATION_EXPIRED', findingId: finding().findingId })],
    });
    spec
      .given([old, underReview])
      .when(decision({ form: 'canh_cao' }))
      .thenState((state) => expect(state.status).toBe('decided'));
  });

  it('is not decided when another case against the same person has meanwhile been decided on a cited finding (cases opened before the check, or a lost race)', () => {
    const other: FindingCitation = {
      caseId: '7c1d2e3f-0000-4000-8000-0000000000bb',
      personId: 'le-van-cuong',
      status: 'decided',
      decision: { number: '99/QĐ-UBND', date: '2026-06-15', form: 'canh_cao' },
    };
    spec
      .given(history)
      .when(decision({ citedBy: { [finding().findingId]: [other] } }))
      .thenThrows(FindingAlreadyDisciplinedError, (error) => {
        expect(error.field).toBeUndefined();
        expect(error.context).toMatchObject({ findingId: finding().findingId, case: { caseId: other.caseId, status: 'decided' } });
      });
    const itself = { ...other, caseId, status: 'under_review' as const, decision: null };
    const headsCase = { ...other, personId: 'nguyen-thi-binh' };
    const openOne = { ...other, status: 'proposed' as const, decision: null };
    spec
      .given(history)
      .when(decision({ citedBy: { [finding().findingId]: [itself, headsCase, openOne] } }))
      .thenState((state) => expect(state.status).toBe('decided'));
  });

  it('is not acted on by the person concerned', () => {
    const own: DisciplinaryCaseCommand = {
      type: 'WithdrawCase',
      data: { caseId, reason: 'Tôi xin rút đề nghị này vì lý do cá nhân.' },
      context: context('2026-06-10T09:00:00+07:00', { ...homeAffairs, personId: 'le-van-cuong' }),
    };
    spec
      .given(history)
      .when({ ...own, context: { ...own.context, now: '2026-06-10T09:00:00+07:00' } })
      .thenThrows(CaseSubjectCannotActError);
  });
});

describe('a withdrawn case', () => {
  const history = [proposed, underReview, withdrawn];

  it('is final: not decided, reviewed or withdrawn again', () => {
    spec
      .given(history)
      .when(decision())
      .thenThrows(CaseWithdrawnError, (error) => expect(error.detail).toBe('Đề nghị kỷ luật đã được rút; hồ sơ đã đóng.'));
    spec.given(history).when(review('2026-06-11T09:00:00+07:00')).thenThrows(CaseWithdrawnError);
    spec.given(history).when(withdrawal(undefined, '2026-06-11T09:00:00+07:00')).thenThrows(CaseWithdrawnError);
  });
});

describe('a decided case', () => {
  const decided = recorded(
    decider.decide(decision(), [proposed, underReview].reduce(decider.evolve, decider.initialState()))[0]!,
    'e3',
    '2026-06-20T08:00:00.000Z',
  );

  it('is final: not withdrawn nor decided again', () => {
    spec
      .given([proposed, underReview, decided])
      .when(withdrawal(undefined, '2026-06-21T09:00:00+07:00'))
      .thenThrows(CaseAlreadyDecidedError);
    spec.given([proposed, underReview, decided]).when(decision({}, '2026-06-21T09:00:00+07:00')).thenThrows(CaseAlreadyDecidedError);
  });
});
