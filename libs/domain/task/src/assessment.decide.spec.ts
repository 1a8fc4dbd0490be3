import { describe, expect, it } from '@jest/globals';
import type { CommandContext } from '@lib/domain/core';
import { DeciderSpecification } from '@lib/domain/core/testing';
import {
  AssessmentBeforeDifficultyError,
  DifficultyAlreadyAssessedError,
  DifficultyVoidedError,
  InitiativeIdTakenError,
  InitiativePeriodInvalidError,
  InitiativePersonsRequiredError,
  InitiativeSelfProtectionError,
  InvalidInitiativeEffectError,
  NotDifficultyAssessorError,
  UnknownDifficultyError,
} from './assessment.errors';
import type { AssessDifficulty, RecordInitiative } from './task.commands';
import { taskDecider } from './task.decider';
import { NotAssigningAuthorityError, RequiredTextMissingError } from './task.errors';
import {
  ctx,
  day,
  heldByCuong,
  leVanCuong,
  lyThiNga,
  nguyenThiBinh,
  phamMinhDung,
  recorded,
  t1Completed,
  t1Delegated,
  tranVanAn,
  unit,
} from './testing/city.fixture';

const spec = DeciderSpecification.for(taskDecider);
const cuong = { unitId: unit.soXayDung, personId: leVanCuong.personId };

const difficulty = recorded(
  'evt-t1-difficulty',
  {
    type: 'DifficultyReported',
    data: { from: cuong, to: { unitId: unit.ubndTp, personId: tranVanAn.personId }, content: 'Chủ đầu tư chưa gửi số liệu' },
  },
  day(3),
  leVanCuong,
);
const withDifficulty = [...heldByCuong, difficulty];

const assess = (context: CommandContext, accepted: boolean, data: Partial<AssessDifficulty['data']> = {}): AssessDifficulty => ({
  type: 'AssessDifficulty',
  data: { difficultyEventId: difficulty.metadata.eventId, accepted, reason: 'Chủ đầu tư nghỉ Tết, có xác nhận bằng văn bản', ...data },
  context,
});

const initiativeData: RecordInitiative['data'] = {
  initiativeId: 'sk-2026-01',
  decisionNumber: '15/QĐ-UBND',
  decisionDate: '2026-03-02',
  personIds: [leVanCuong.personId],
  from: '2026-03-02',
  to: null,
  effect: 'exempt',
  note: 'Thí điểm rà soát bằng ảnh vệ tinh',
};
const recordInitiative = (context: CommandContext, data: Partial<RecordInitiative['data']> = {}): RecordInitiative => ({
  type: 'RecordInitiative',
  data: { ...initiativeData, ...data },
  context,
});

describe('assessing a reported difficulty (Decree 335/2025: the objective cause is confirmed, not self-declared)', () => {
  const given = spec.given(withDifficulty);

  it('is accepted by the assigning authority, naming the difficulty and the assessor', () => {
    given.when(assess(ctx(tranVanAn, day(4)), true)).then([
      {
        type: 'DifficultyAssessed',
        data: {
          difficultyEventId: 'evt-t1-difficulty',
          accepted: true,
          reason: 'Chủ đầu tư nghỉ Tết, có xác nhận bằng văn bản',
          assessedBy: { unitId: unit.ubndTp, personId: tranVanAn.personId },
          reportedBy: cuong,
        },
      },
    ]);
  });

  it("is rejected by the head of the reporting official's unit (the head above the holder)", () => {
    given.when(assess(ctx(nguyenThiBinh, day(4)), false, { reason: 'Số liệu đã có từ ngày 20/02' })).then([
      {
        type: 'DifficultyAssessed',
        data: {
          difficultyEventId: 'evt-t1-difficulty',
          accepted: false,
          reason: 'Số liệu đã có từ ngày 20/02',
          assessedBy: { unitId: unit.soXayDung, personId: nguyenThiBinh.personId },
          reportedBy: cuong,
        },
      },
    ]);
  });

  it('is recorded by a clerk for the assigning authority, who is the assessor', () => {
    given.when(assess(ctx(lyThiNga, day(4), { onBehalfOf: tranVanAn }), true)).thenState((state) => {
      if (state.status === 'initial') throw new Error('expected a task');
      expect(state.difficulties['evt-t1-difficulty']?.assessmentEventId).not.toBeNull();
    });
  });

  it('is refused to the holder who reported it and to a head of another unit', () => {
    given
      .when(assess(ctx(leVanCuong, day(4)), true))
      .thenThrows(NotDifficultyAssessorError, (error) =>
        expect(error.context).toEqual({ personId: leVanCuong.personId, difficultyEventId: 'evt-t1-difficulty' }),
      );
    given.when(assess(ctx(phamMinhDung, day(4)), true)).thenThrows(NotDifficultyAssessorError);
  });

  it('is refused to the head of the holding unit when the difficulty was reported for the unit by that head', () => {
    const byHead = recorded(
      'evt-head-difficulty',
      { type: 'DifficultyReported', data: { from: { unitId: unit.soXayDung }, to: null, content: 'Thiếu người' } },
      day(3),
      nguyenThiBinh,
    );
    spec
      .given([...heldByCuong, byHead])
      .when(assess(ctx(nguyenThiBinh, day(4)), true, { difficultyEventId: 'evt-head-difficulty' }))
      .thenThrows(NotDifficultyAssessorError);
  });

  it('refuses an entry that is not a difficulty, or none at all', () => {
    given
      .when(assess(ctx(tranVanAn, day(4)), true, { difficultyEventId: t1Delegated.metadata.eventId }))
      .thenThrows(UnknownDifficultyError, (error) => expect(error.field).toBe('difficultyEventId'));
    given.when(assess(ctx(tranVanAn, day(4)), true, { difficultyEventId: 'no-such-entry' })).thenThrows(UnknownDifficultyError);
  });

  it('refuses a voided difficulty', () => {
    const voided = recorded(
      'evt-void-difficulty',
      { type: 'EntryVoided', data: { originalEventId: 'evt-t1-difficulty', originalType: 'DifficultyReported', reason: 'Ghi nhầm' } },
      day(3, '10:00'),
      leVanCuong,
    );
    spec
      .given([...withDifficulty, voided])
      .when(assess(ctx(tranVanAn, day(4)), true))
      .thenThrows(DifficultyVoidedError);
  });

  it('assesses once; after the assessment is voided it may be assessed again', () => {
    const assessed = recorded(
      'evt-assessed',
      {
        type: 'DifficultyAssessed',
        data: {
          difficultyEventId: 'evt-t1-difficulty',
          accepted: false,
          reason: 'Không có căn cứ',
          assessedBy: { unitId: unit.ubndTp, personId: tranVanAn.personId },
          reportedBy: cuong,
        },
      },
      day(4),
      tranVanAn,
    );
    spec
      .given([...withDifficulty, assessed])
      .when(assess(ctx(nguyenThiBinh, day(5)), true))
      .thenThrows(DifficultyAlreadyAssessedError, (error) =>
        expect(error.context).toEqual({ difficultyEventId: 'evt-t1-difficulty', assessmentEventId: 'evt-assessed' }),
      );
    const voidAssessment = recorded(
      'evt-void-assessed',
      { type: 'EntryVoided', data: { originalEventId: 'evt-assessed', originalType: 'DifficultyAssessed', reason: 'Nhầm nhiệm vụ' } },
      day(4, '10:00'),
      tranVanAn,
    );
    spec
      .given([...withDifficulty, assessed, voidAssessment])
      .when(assess(ctx(tranVanAn, day(5)), true))
      .then([expect.objectContaining({ type: 'DifficultyAssessed', data: expect.objectContaining({ accepted: true }) }) as never]);
  });

  it('may be assessed after the task is completed (the evaluation comes later)', () => {
    spec
      .given([...withDifficulty, t1Completed])
      .when(assess(ctx(tranVanAn, day(13)), true))
      .then([expect.objectContaining({ type: 'DifficultyAssessed' }) as never]);
  });

  it('cannot be assessed before it was reported', () => {
    given
      .when(assess(ctx(tranVanAn, day(2)), true))
      .thenThrows(AssessmentBeforeDifficultyError, (error) => expect(error.field).toBe('occurredAt'));
  });

  it('needs a reason', () => {
    given
      .when(assess(ctx(tranVanAn, day(4)), true, { reason: '  ' }))
      .thenThrows(RequiredTextMissingError, (error) => expect(error.field).toBe('reason'));
  });
});

describe('recording a protected initiative (Decree 73/2023)', () => {
  const given = spec.given(heldByCuong);

  it('is recorded by the assigning authority with the decision number and date', () => {
    given.when(recordInitiative(ctx(tranVanAn, day(1)))).then([
      {
        type: 'InitiativeRecorded',
        data: {
          initiativeId: 'sk-2026-01',
          decisionNumber: '15/QĐ-UBND',
          decisionDate: '2026-03-02',
          personIds: [leVanCuong.personId],
          from: '2026-03-02',
          to: null,
          effect: 'exempt',
          note: 'Thí điểm rà soát bằng ảnh vệ tinh',
        },
      },
    ]);
  });

  it('is refused to anyone but the assigning authority (the head of the lead unit included)', () => {
    given.when(recordInitiative(ctx(nguyenThiBinh, day(1)))).thenThrows(NotAssigningAuthorityError);
    given.when(recordInitiative(ctx(leVanCuong, day(1)))).thenThrows(NotAssigningAuthorityError);
  });

  it('refuses an authority protecting itself', () => {
    given.when(recordInitiative(ctx(tranVanAn, day(1)), { personIds: [tranVanAn.personId] })).thenThrows(InitiativeSelfProtectionError);
  });

  it('refuses an empty list of persons, an unknown effect, a period ending before it starts, bad dates, a blank decision number', () => {
    given
      .when(recordInitiative(ctx(tranVanAn, day(1)), { personIds: [] }))
      .thenThrows(InitiativePersonsRequiredError, (error) => expect(error.field).toBe('personIds'));
    given
      .when(recordInitiative(ctx(tranVanAn, day(1)), { effect: 'forgive' as never }))
      .thenThrows(InvalidInitiativeEffectError, (error) => expect(error.field).toBe('effect'));
    given
      .when(recordInitiative(ctx(tranVanAn, day(1)), { to: '2026-03-01' }))
      .thenThrows(InitiativePeriodInvalidError, (error) => expect(error.field).toBe('to'));
    given
      .when(recordInitiative(ctx(tranVanAn, day(1)), { decisionDate: '2026-02-30' }))
      .thenThrows(InitiativePeriodInvalidError, (error) => expect(error.field).toBe('decisionDate'));
    given
      .when(recordInitiative(ctx(tranVanAn, day(1)), { decisionNumber: ' ' }))
      .thenThrows(RequiredTextMissingError, (error) => expect(error.field).toBe('decisionNumber'));
  });

  it('refuses an initiative id already recorded on the task, unless that entry was voided', () => {
    const recordedInitiative = recorded(
      'evt-initiative',
      { type: 'InitiativeRecorded', data: { ...initiativeData, to: null, effect: 'exempt' as const, note: initiativeData.note ?? null } },
      day(1),
      tranVanAn,
    );
    spec
      .given([...heldByCuong, recordedInitiative])
      .when(recordInitiative(ctx(tranVanAn, day(2))))
      .thenThrows(InitiativeIdTakenError);
    const voided = recorded(
      'evt-void-initiative',
      { type: 'EntryVoided', data: { originalEventId: 'evt-initiative', originalType: 'InitiativeRecorded', reason: 'Sai số quyết định' } },
      day(1, '10:00'),
      tranVanAn,
    );
    spec
      .given([...heldByCuong, recordedInitiative, voided])
      .when(recordInitiative(ctx(tranVanAn, day(2)), { decisionNumber: '16/QĐ-UBND' }))
      .then([expect.objectContaining({ type: 'InitiativeRecorded' }) as never]);
  });

  it('may be recorded on a completed task', () => {
    spec
      .given([...heldByCuong, t1Completed])
      .when(recordInitiative(ctx(tranVanAn, day(13))))
      .then([expect.objectContaining({ type: 'InitiativeRecorded' }) as never]);
  });
});
