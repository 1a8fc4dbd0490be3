import { DomainError } from '@lib/domain/core';

export class OccurredBeforeAssignmentError extends DomainError {
  static readonly code = 'TASK_OCCURRED_BEFORE_ASSIGNMENT';
  constructor(occurredAt: string, assignedAt: string) {
    super(OccurredBeforeAssignmentError.code, 'Thời điểm xảy ra không được trước thời điểm giao nhiệm vụ.', {
      field: 'occurredAt',
      context: { occurredAt, assignedAt },
    });
  }
}

export class OccurredBeforeCurrentCustodyError extends DomainError {
  static readonly code = 'TASK_OCCURRED_BEFORE_CURRENT_CUSTODY';
  constructor(occurredAt: string, heldSince: string) {
    super(OccurredBeforeCurrentCustodyError.code, 'Việc chuyển giữ nhiệm vụ không được xảy ra trước khi người đang giữ nhận nhiệm vụ.', {
      field: 'occurredAt',
      context: { occurredAt, heldSince },
    });
  }
}

export class UnknownEntryError extends DomainError {
  static readonly code = 'TASK_UNKNOWN_ENTRY';
  constructor(originalEventId: string) {
    super(
      UnknownEntryError.code,
      'Không tìm thấy bút toán gốc trong nhiệm vụ này (bút toán đính chính, hủy không thể bị đính chính hay hủy).',
      {
        field: 'originalEventId',
        context: { originalEventId },
      },
    );
  }
}

export class EntryAlreadyVoidedError extends DomainError {
  static readonly code = 'TASK_ENTRY_ALREADY_VOIDED';
  constructor(originalEventId: string) {
    super(EntryAlreadyVoidedError.code, 'Bút toán này đã bị hủy.', { field: 'originalEventId', context: { originalEventId } });
  }
}

export class EntryNotVoidableError extends DomainError {
  static readonly code = 'TASK_ENTRY_NOT_VOIDABLE';
  constructor(originalEventId: string) {
    super(EntryNotVoidableError.code, 'Không thể hủy bút toán giao nhiệm vụ ban đầu; hãy hủy nhiệm vụ.', {
      field: 'originalEventId',
      context: { originalEventId },
    });
  }
}

export class VoidNotLatestChangeError extends DomainError {
  static readonly code = 'TASK_VOID_NOT_LATEST_CHANGE';
  constructor(originalEventId: string, latestChangeEventId: string | null) {
    super(VoidNotLatestChangeError.code, 'Chỉ được hủy bút toán làm thay đổi trạng thái gần nhất; hãy hủy các bút toán sau trước.', {
      field: 'originalEventId',
      context: { originalEventId, latestChangeEventId },
    });
  }
}

export class FieldNotCorrectableError extends DomainError {
  static readonly code = 'TASK_FIELD_NOT_CORRECTABLE';
  constructor(field: string, originalType: string) {
    super(
      FieldNotCorrectableError.code,
      `Không thể đính chính trường "${field}" của bút toán ${originalType}; hãy hủy bút toán và ghi nhận lại.`,
      {
        field: 'fields',
        context: { correctedField: field, originalType },
      },
    );
  }
}

export class NotAuthorizedToAmendError extends DomainError {
  static readonly code = 'TASK_AMEND_NOT_AUTHORIZED';
  constructor(personId: string, originalEventId: string) {
    super(
      NotAuthorizedToAmendError.code,
      'Chỉ người đã ghi bút toán, lãnh đạo đơn vị của người đó hoặc cơ quan giao nhiệm vụ mới được đính chính, hủy bút toán.',
      {
        context: { personId, originalEventId },
      },
    );
  }
}
