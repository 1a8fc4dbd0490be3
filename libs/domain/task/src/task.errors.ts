import { DomainError, type ErrorContext } from '@lib/domain/core';

export class TaskNotFoundError extends DomainError {
  static readonly code = 'TASK_NOT_FOUND';
  constructor(command: string) {
    super(TaskNotFoundError.code, 'Nhiệm vụ chưa được giao nên chưa thể thực hiện thao tác này.', { context: { command } });
  }
}

export class TaskAlreadyAssignedError extends DomainError {
  static readonly code = 'TASK_ALREADY_ASSIGNED';
  constructor(leadUnitId: string) {
    super(
      TaskAlreadyAssignedError.code,
      'Nhiệm vụ đã được giao cho đơn vị chủ trì; chỉ giao lại sau khi nhiệm vụ được trả lại cơ quan giao.',
      {
        context: { leadUnitId },
      },
    );
  }
}

export class TaskKindMismatchError extends DomainError {
  static readonly code = 'TASK_KIND_MISMATCH';
  constructor(recorded: string, requested: string) {
    super(TaskKindMismatchError.code, 'Loại nhiệm vụ khi giao lại phải giống loại đã giao ban đầu.', {
      field: 'kind',
      context: { recorded, requested },
    });
  }
}

export class TaskClosedError extends DomainError {
  static readonly code = 'TASK_CLOSED';
  constructor(status: string, command: string) {
    super(TaskClosedError.code, 'Nhiệm vụ đã hoàn thành hoặc đã hủy; chỉ có thể mở lại.', { context: { status, command } });
  }
}

export class TaskNotClosedError extends DomainError {
  static readonly code = 'TASK_NOT_CLOSED';
  constructor() {
    super(TaskNotClosedError.code, 'Chỉ mở lại được nhiệm vụ đã hoàn thành hoặc đã hủy.');
  }
}

export class TaskAwaitingReassignmentError extends DomainError {
  static readonly code = 'TASK_AWAITING_REASSIGNMENT';
  constructor(command: string) {
    super(TaskAwaitingReassignmentError.code, 'Nhiệm vụ đã được trả lại cơ quan giao và đang chờ giao lại.', { context: { command } });
  }
}

export class NotCurrentHolderError extends DomainError {
  static readonly code = 'TASK_NOT_CURRENT_HOLDER';
  constructor(personId: string, holder: ErrorContext) {
    super(
      NotCurrentHolderError.code,
      'Chỉ người hoặc đơn vị đang giữ nhiệm vụ (hoặc lãnh đạo đơn vị đó) mới được thực hiện thao tác này.',
      {
        context: { personId, holder },
      },
    );
  }
}

export class NotHoldingUnitLeaderError extends DomainError {
  static readonly code = 'TASK_NOT_HOLDING_UNIT_LEADER';
  constructor(personId: string, unitId: string) {
    super(NotHoldingUnitLeaderError.code, 'Chỉ cấp trưởng hoặc cấp phó của đơn vị đang giữ nhiệm vụ mới được phân công.', {
      context: { personId, unitId },
    });
  }
}

export class NotAssigningAuthorityError extends DomainError {
  static readonly code = 'TASK_NOT_ASSIGNING_AUTHORITY';
  constructor(personId: string, authorityUnitId: string) {
    super(
      NotAssigningAuthorityError.code,
      'Chỉ cơ quan giao nhiệm vụ (người giao, cấp trưởng, cấp phó hoặc người được ủy quyền) mới được thực hiện thao tác này.',
      {
        context: { personId, authorityUnitId },
      },
    );
  }
}

export class LeadUnitRequiredError extends DomainError {
  static readonly code = 'TASK_LEAD_UNIT_REQUIRED';
  constructor() {
    super(LeadUnitRequiredError.code, 'Nhiệm vụ phải có đúng một đơn vị chủ trì.', { field: 'leadUnitId' });
  }
}

export class LeadAlsoCoordinatingError extends DomainError {
  static readonly code = 'TASK_LEAD_ALSO_COORDINATING';
  constructor(unitId: string) {
    super(LeadAlsoCoordinatingError.code, 'Đơn vị chủ trì không được đồng thời là đơn vị phối hợp.', {
      field: 'coordinatingUnitIds',
      context: { unitId },
    });
  }
}

export class ResponsibleOutsideLeadUnitError extends DomainError {
  static readonly code = 'TASK_RESPONSIBLE_OUTSIDE_LEAD_UNIT';
  constructor(personId: string, unitId: string, leadUnitId: string) {
    super(ResponsibleOutsideLeadUnitError.code, 'Người chịu trách nhiệm phải thuộc đơn vị chủ trì.', {
      field: 'responsiblePerson',
      context: { personId, unitId, leadUnitId },
    });
  }
}

export class DelegateOutsideHoldingUnitError extends DomainError {
  static readonly code = 'TASK_DELEGATE_OUTSIDE_HOLDING_UNIT';
  constructor(personId: string, unitId: string, holderUnitId: string) {
    super(DelegateOutsideHoldingUnitError.code, 'Chỉ được phân công cho người thuộc đơn vị đang giữ nhiệm vụ.', {
      field: 'person',
      context: { personId, unitId, holderUnitId },
    });
  }
}

export class AlreadyHeldByPersonError extends DomainError {
  static readonly code = 'TASK_ALREADY_HELD_BY_PERSON';
  constructor(personId: string) {
    super(AlreadyHeldByPersonError.code, 'Người này đang giữ nhiệm vụ; không cần phân công lại.', {
      field: 'person',
      context: { personId },
    });
  }
}

export class TransferToHoldingUnitError extends DomainError {
  static readonly code = 'TASK_TRANSFER_TO_HOLDING_UNIT';
  constructor(unitId: string) {
    super(TransferToHoldingUnitError.code, 'Không thể chuyển nhiệm vụ cho chính đơn vị đang giữ; trong đơn vị hãy dùng phân công.', {
      field: 'to',
      context: { unitId },
    });
  }
}

export class InvalidReturnReasonError extends DomainError {
  static readonly code = 'TASK_INVALID_RETURN_REASON';
  constructor(reasonCode: string) {
    super(InvalidReturnReasonError.code, 'Lý do trả lại phải là: không thuộc chức năng, hồ sơ chưa đầy đủ, hoặc lý do khác.', {
      field: 'reasonCode',
      context: { reasonCode },
    });
  }
}

export class RequiredTextMissingError extends DomainError {
  static readonly code = 'TASK_TEXT_REQUIRED';
  constructor(field: string) {
    super(RequiredTextMissingError.code, `Thiếu nội dung bắt buộc: ${field}.`, { field });
  }
}

export class ConsultationNeedsOtherUnitError extends DomainError {
  static readonly code = 'TASK_CONSULTATION_NEEDS_OTHER_UNIT';
  constructor(holderUnitId: string) {
    super(ConsultationNeedsOtherUnitError.code, 'Xin ý kiến phải gửi ít nhất một đơn vị khác đơn vị đang giữ nhiệm vụ.', {
      field: 'unitIds',
      context: { holderUnitId },
    });
  }
}

export class ConsultationIdTakenError extends DomainError {
  static readonly code = 'TASK_CONSULTATION_ID_TAKEN';
  constructor(consultationId: string) {
    super(ConsultationIdTakenError.code, 'Mã đợt xin ý kiến đã tồn tại trong nhiệm vụ này.', {
      field: 'consultationId',
      context: { consultationId },
    });
  }
}

export class UnknownConsultationError extends DomainError {
  static readonly code = 'TASK_UNKNOWN_CONSULTATION';
  constructor(consultationId: string) {
    super(UnknownConsultationError.code, 'Không có đợt xin ý kiến này trong nhiệm vụ.', {
      field: 'consultationId',
      context: { consultationId },
    });
  }
}

export class UnitNotConsultedError extends DomainError {
  static readonly code = 'TASK_UNIT_NOT_CONSULTED';
  constructor(unitId: string, consultationId: string) {
    super(UnitNotConsultedError.code, 'Đơn vị này không được xin ý kiến trong đợt này.', {
      field: 'unitId',
      context: { unitId, consultationId },
    });
  }
}

export class NotMemberOfUnitError extends DomainError {
  static readonly code = 'TASK_NOT_MEMBER_OF_UNIT';
  constructor(personId: string, unitId: string) {
    super(NotMemberOfUnitError.code, 'Người ghi nhận không thuộc (và không được ủy quyền cho) đơn vị này.', {
      field: 'unitId',
      context: { personId, unitId },
    });
  }
}

export class ConsultationAlreadyAnsweredError extends DomainError {
  static readonly code = 'TASK_CONSULTATION_ALREADY_ANSWERED';
  constructor(unitId: string, consultationId: string, stance: string) {
    super(ConsultationAlreadyAnsweredError.code, 'Đơn vị đã cho ý kiến với quan điểm này; chỉ ghi nhận lại khi thay đổi quan điểm.', {
      field: 'stance',
      context: { unitId, consultationId, stance },
    });
  }
}

export class InvalidStanceError extends DomainError {
  static readonly code = 'TASK_INVALID_STANCE';
  constructor(stance: string) {
    super(InvalidStanceError.code, 'Quan điểm phải là: đồng ý, không đồng ý, đồng ý có điều kiện, hoặc đề nghị đơn vị khác.', {
      field: 'stance',
      context: { stance },
    });
  }
}

export class SubmissionPendingError extends DomainError {
  static readonly code = 'TASK_SUBMISSION_PENDING';
  constructor(submissionEventId: string) {
    super(SubmissionPendingError.code, 'Nhiệm vụ đang chờ cấp trên chỉ đạo về lần trình trước.', { context: { submissionEventId } });
  }
}

export class NoPendingSubmissionError extends DomainError {
  static readonly code = 'TASK_NO_PENDING_SUBMISSION';
  constructor() {
    super(NoPendingSubmissionError.code, 'Không có nội dung trình nào đang chờ chỉ đạo.');
  }
}

export class NotSubmissionRecipientError extends DomainError {
  static readonly code = 'TASK_NOT_SUBMISSION_RECIPIENT';
  constructor(personId: string, submittedToUnitId: string) {
    super(NotSubmissionRecipientError.code, 'Chỉ cấp được trình mới được chỉ đạo.', { context: { personId, submittedToUnitId } });
  }
}

export class DeadlineNotLaterError extends DomainError {
  static readonly code = 'TASK_DEADLINE_NOT_LATER';
  constructor(currentDueAt: string | null, requestedDueAt: string | null) {
    super(DeadlineNotLaterError.code, 'Hạn mới phải muộn hơn hạn hiện tại.', {
      field: 'deadline',
      context: { currentDueAt, requestedDueAt },
    });
  }
}

export class DeadlineBeforeAssignmentError extends DomainError {
  static readonly code = 'TASK_DEADLINE_BEFORE_ASSIGNMENT';
  constructor(dueAt: string, occurredAt: string) {
    super(DeadlineBeforeAssignmentError.code, 'Hạn xử lý không thể sớm hơn thời điểm giao nhiệm vụ.', {
      field: 'deadline',
      context: { dueAt, occurredAt },
    });
  }
}

export class NotADossierError extends DomainError {
  static readonly code = 'TASK_NOT_A_DOSSIER';
  constructor(command: string) {
    super(NotADossierError.code, 'Thao tác này chỉ áp dụng cho hồ sơ thủ tục hành chính.', { context: { command } });
  }
}

export class AppointmentAlreadyIssuedError extends DomainError {
  static readonly code = 'TASK_APPOINTMENT_ALREADY_ISSUED';
  constructor(promisedReturnBy: string) {
    super(AppointmentAlreadyIssuedError.code, 'Hồ sơ đã có phiếu hẹn; muốn hẹn lại phải lập phiếu xin lỗi.', {
      context: { promisedReturnBy },
    });
  }
}

export class ResultAlreadyReturnedError extends DomainError {
  static readonly code = 'TASK_RESULT_ALREADY_RETURNED';
  constructor() {
    super(ResultAlreadyReturnedError.code, 'Kết quả hồ sơ đã được trả cho người nộp.');
  }
}

export class TaskAlreadyReceivedError extends DomainError {
  static readonly code = 'TASK_ALREADY_RECEIVED';
  constructor(unitId: string, receivedAt: string) {
    super(TaskAlreadyReceivedError.code, 'Đơn vị đang giữ đã tiếp nhận nhiệm vụ này.', { context: { unitId, receivedAt } });
  }
}

export class SupplementNotRequestedError extends DomainError {
  static readonly code = 'SUPPLEMENT_NOT_REQUESTED';
  constructor(occurredAt: string, openRequest: { eventId: string; requestedAt: string } | null) {
    super(
      SupplementNotRequestedError.code,
      openRequest === null
        ? 'Hồ sơ không có yêu cầu bổ sung nào đang chờ người nộp; không thể ghi nhận hồ sơ bổ sung.'
        : 'Thời điểm nhận hồ sơ bổ sung không được trước thời điểm yêu cầu bổ sung.',
      openRequest === null ? { context: { occurredAt, openRequest } } : { field: 'occurredAt', context: { occurredAt, openRequest } },
    );
  }
}
