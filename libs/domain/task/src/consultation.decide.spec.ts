import { describe, expect, it } from '@jest/globals';
import { InvalidInstantError, type CommandContext } from '@lib/domain/core';
import { DeciderSpecification } from '@lib/domain/core/testing';
import type { AnswerConsultation, DirectTask, RequestConsultation, SubmitToSuperior } from './task.commands';
import { taskDecider } from './task.decider';
import {
  ConsultationAlreadyAnsweredError,
  ConsultationIdTakenError,
  ConsultationNeedsOtherUnitError,
  InvalidStanceError,
  NoPendingSubmissionError,
  NotCurrentHolderError,
  NotMemberOfUnitError,
  NotSubmissionRecipientError,
  RequiredTextMissingError,
  SubmissionPendingError,
  TaskClosedError,
  UnitNotConsultedError,
  UnknownConsultationError,
} from './task.errors';
import {
  ctx,
  day,
  doThiHoa,
  heldByCuong,
  hoangVanGiang,
  leVanCuong,
  ngoThiLan,
  nguyenThiBinh,
  phamMinhDung,
  recorded,
  t1Completed,
  tranVanAn,
  unit,
  voThiEn,
} from './testing/city.fixture';

const spec = DeciderSpecification.for(taskDecider);
const cuong = { unitId: unit.soXayDung, personId: leVanCuong.personId };
const chairman = { unitId: unit.ubndTp, personId: tranVanAn.personId };

const request = (context: CommandContext, data: Partial<RequestConsultation['data']> = {}): RequestConsultation => ({
  type: 'RequestConsultation',
  data: {
    consultationId: 'c1',
    unitIds: [unit.soTnmt, unit.phongQldt],
    content: 'Cho ý kiến về phạm vi công trình lấn chiếm đất công',
    replyDueAt: day(6, '17:00'),
    ...data,
  },
  context,
});
const answer = (context: CommandContext, unitId: string, stance: string, consultationId = 'c1'): AnswerConsultation => ({
  type: 'AnswerConsultation',
  data: { consultationId, unitId, stance, content: 'Thống nhất với dự thảo' },
  context,
});
const submit = (context: CommandContext): SubmitToSuperior => ({
  type: 'SubmitToSuperior',
  data: { to: chairman, content: 'Trình phương án xử lý', allConsultedAgreed: true },
  context,
});
const direct = (context: CommandContext): DirectTask => ({
  type: 'DirectTask',
  data: { direction: 'Đồng ý phương án, triển khai ngay' },
  context,
});

const c1Requested = recorded(
  'evt-c1-requested',
  {
    type: 'ConsultationRequested',
    data: {
      consultationId: 'c1',
      requestedBy: cuong,
      unitIds: [unit.soTnmt, unit.phongQldt],
      content: 'Cho ý kiến về phạm vi công trình lấn chiếm đất công',
      replyDueAt: day(6, '17:00'),
    },
  },
  day(1),
  leVanCuong,
);
const tnmtAgreed = recorded(
  'evt-c1-tnmt-agreed',
  {
    type: 'ConsultationAnswered',
    data: { consultationId: 'c1', unitId: unit.soTnmt, stance: 'agree', content: 'Thống nhất với dự thảo', revision: false },
  },
  day(3),
  phamMinhDung,
);
const submitted = recorded(
  'evt-submitted',
  { type: 'SubmittedToSuperior', data: { from: cuong, to: chairman, content: 'Trình phương án xử lý', allConsultedAgreed: true } },
  day(8),
  leVanCuong,
);

describe('an open task held by Lê Văn Cường', () => {
  const given = spec.given(heldByCuong);

  it('sends a consultation to Sở TN&MT and Phòng Quản lý đô thị', () => {
    given.when(request(ctx(leVanCuong, day(1)))).then([{ type: 'ConsultationRequested', data: c1Requested.data }]);
  });

  it('records a consultation without content or reply deadline as is (VAGUE_CONSULTATION judges it later)', () => {
    given.when(request(ctx(leVanCuong, day(1)), { unitIds: [unit.soTnmt], content: ' ', replyDueAt: undefined })).then([
      {
        type: 'ConsultationRequested',
        data: { consultationId: 'c1', requestedBy: cuong, unitIds: [unit.soTnmt], content: null, replyDueAt: null },
      },
    ]);
  });

  it('rejects a consultation naming no unit other than the holder', () => {
    given.when(request(ctx(leVanCuong, day(1)), { unitIds: [unit.soXayDung] })).thenThrows(ConsultationNeedsOtherUnitError);
    given.when(request(ctx(leVanCuong, day(1)), { unitIds: [] })).thenThrows(ConsultationNeedsOtherUnitError);
  });

  it('rejects a consultation by someone who does not hold the task', () => {
    given.when(request(ctx(phamMinhDung, day(1)))).thenThrows(NotCurrentHolderError);
  });

  it('rejects a reply deadline that is not an instant', () => {
    given.when(request(ctx(leVanCuong, day(1)), { replyDueAt: 'thứ Sáu' })).thenThrows(InvalidInstantError);
  });

  it('is submitted to the chairman', () => {
    given.when(submit(ctx(leVanCuong, day(8)))).then([{ type: 'SubmittedToSuperior', data: submitted.data }]);
  });

  it('rejects a submission by someone who does not hold the task', () => {
    given.when(submit(ctx(voThiEn, day(8)))).thenThrows(NotCurrentHolderError);
  });

  it('rejects a direction when nothing was submitted', () => {
    given.when(direct(ctx(tranVanAn, day(9)))).thenThrows(NoPendingSubmissionError);
  });
});

describe('an open task with a consultation sent to Sở TN&MT and Phòng Quản lý đô thị', () => {
  const given = spec.given([...heldByCuong, c1Requested]);

  it('takes the answer of Sở TN&MT', () => {
    given.when(answer(ctx(phamMinhDung, day(3)), unit.soTnmt, 'agree')).then([{ type: 'ConsultationAnswered', data: tnmtAgreed.data }]);
  });

  it('rejects an answer from a unit that was not consulted', () => {
    given.when(answer(ctx(ngoThiLan, day(3)), unit.phongTnmt, 'agree')).thenThrows(UnitNotConsultedError);
  });

  it('rejects an answer recorded for a consulted unit by an official of another unit', () => {
    given.when(answer(ctx(doThiHoa, day(3)), unit.soTnmt, 'agree')).thenThrows(NotMemberOfUnitError);
  });

  it('rejects an answer to an unknown consultation', () => {
    given.when(answer(ctx(phamMinhDung, day(3)), unit.soTnmt, 'agree', 'c9')).thenThrows(UnknownConsultationError);
  });

  it('rejects a stance outside the list', () => {
    given.when(answer(ctx(phamMinhDung, day(3)), unit.soTnmt, 'maybe')).thenThrows(InvalidStanceError);
  });

  it('rejects reusing the consultation id', () => {
    given.when(request(ctx(leVanCuong, day(2)))).thenThrows(ConsultationIdTakenError);
  });
});

describe('an open task whose consultation Sở TN&MT has answered "agree"', () => {
  const given = spec.given([...heldByCuong, c1Requested, tnmtAgreed]);

  it('rejects the same answer a second time', () => {
    given.when(answer(ctx(phamMinhDung, day(4)), unit.soTnmt, 'agree')).thenThrows(ConsultationAlreadyAnsweredError);
  });

  it('takes a revised stance as a revision', () => {
    given.when(answer(ctx(phamMinhDung, day(4)), unit.soTnmt, 'conditional')).then([
      {
        type: 'ConsultationAnswered',
        data: { consultationId: 'c1', unitId: unit.soTnmt, stance: 'conditional', content: 'Thống nhất với dự thảo', revision: true },
      },
    ]);
    given.when(answer(ctx(phamMinhDung, day(4)), unit.soTnmt, 'conditional')).thenState((state) => {
      if (state.status !== 'open') throw new Error('expected open');
      expect(state.consultations[0]?.answers.map((a) => a.stance)).toEqual(['agree', 'conditional']);
    });
  });
});

describe('an open task submitted to the chairman of UBND TP', () => {
  const given = spec.given([...heldByCuong, submitted]);

  it('is directed by the chairman', () => {
    given
      .when(direct(ctx(tranVanAn, day(9))))
      .then([{ type: 'SuperiorDirected', data: { submissionEventId: 'evt-submitted', direction: 'Đồng ý phương án, triển khai ngay' } }]);
    given.when(direct(ctx(tranVanAn, day(9)))).thenState((state) => {
      if (state.status !== 'open') throw new Error('expected open');
      expect(state.pendingSubmission).toBeNull();
      expect(state.custody.holder).toEqual(cuong);
    });
  });

  it('rejects a direction from a unit it was not submitted to', () => {
    given.when(direct(ctx(hoangVanGiang, day(9)))).thenThrows(NotSubmissionRecipientError);
    given.when(direct(ctx(nguyenThiBinh, day(9)))).thenThrows(NotSubmissionRecipientError);
  });

  it('rejects a direction without content', () => {
    given.when({ ...direct(ctx(tranVanAn, day(9))), data: { direction: '' } }).thenThrows(RequiredTextMissingError);
  });

  it('rejects a second submission while the first is pending', () => {
    given.when(submit(ctx(leVanCuong, day(9)))).thenThrows(SubmissionPendingError);
  });
});

describe('a completed task', () => {
  it('accepts no consultation, answer, submission or direction', () => {
    const given = spec.given([...heldByCuong, c1Requested, submitted, t1Completed]);
    given.when(request(ctx(leVanCuong, day(13)), { consultationId: 'c2' })).thenThrows(TaskClosedError);
    given.when(answer(ctx(phamMinhDung, day(13)), unit.soTnmt, 'agree')).thenThrows(TaskClosedError);
    given.when(submit(ctx(leVanCuong, day(13)))).thenThrows(TaskClosedError);
    given.when(direct(ctx(tranVanAn, day(13)))).thenThrows(TaskClosedError);
  });
});
