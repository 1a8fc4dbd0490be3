import { DomainError } from '@lib/domain/core';

export class UnknownDifficultyError extends DomainError {
  static readonly code = 'TASK_UNKNOWN_DIFFICULTY';
  constructor(difficultyEventId: string) {
    super(UnknownDifficultyError.code, 'Không có báo cáo khó khăn, vướng mắc này trong nhiệm vụ.', {
      field: 'difficultyEventId',
      context: { difficultyEventId },
    });
  }
}

export class DifficultyVoidedError extends DomainError {
  static readonly code = 'TASK_DIFFICULTY_VOIDED';
  constructor(difficultyEventId: string) {
    super(DifficultyVoidedError.code, 'Báo cáo khó khăn, vướng mắc này đã bị hủy nên không thể xác nhận.', {
      field: 'difficultyEventId',
      context: { difficultyEventId },
    });
  }
}

export class DifficultyAlreadyAssessedError extends DomainError {
  static readonly code = 'TASK_DIFFICULTY_ALREADY_ASSESSED';
  constructor(difficultyEventId: string, assessmentEventId: string) {
    super(
      DifficultyAlreadyAssessedError.code,
      'Báo cáo khó khăn này đã được xác nhận hoặc không chấp nhận; muốn xem xét lại phải hủy bút toán xác nhận trước.',
      {
        field: 'difficultyEventId',
        context: { difficultyEventId, assessmentEventId },
      },
    );
  }
}

export class NotDifficultyAssessorError extends DomainError {
  static readonly code = 'TASK_NOT_DIFFICULTY_ASSESSOR';
  constructor(personId: string, difficultyEventId: string) {
    super(
      NotDifficultyAssessorError.code,
      'Chỉ cơ quan giao nhiệm vụ hoặc lãnh đạo đơn vị của người báo cáo (không phải chính người báo cáo) mới được xác nhận nguyên nhân khách quan.',
      { context: { personId, difficultyEventId } },
    );
  }
}

export class InitiativeIdTakenError extends DomainError {
  static readonly code = 'TASK_INITIATIVE_ID_TAKEN';
  constructor(initiativeId: string) {
    super(InitiativeIdTakenError.code, 'Mã sáng kiến đã được ghi nhận trong nhiệm vụ này.', {
      field: 'initiativeId',
      context: { initiativeId },
    });
  }
}

export class InitiativePersonsRequiredError extends DomainError {
  static readonly code = 'TASK_INITIATIVE_PERSONS_REQUIRED';
  constructor() {
    super(InitiativePersonsRequiredError.code, 'Phải nêu ít nhất một cán bộ được bảo vệ theo quyết định.', { field: 'personIds' });
  }
}

export class InitiativeSelfProtectionError extends DomainError {
  static readonly code = 'TASK_INITIATIVE_SELF_PROTECTION';
  constructor(personId: string) {
    super(InitiativeSelfProtectionError.code, 'Người ghi nhận sáng kiến không thể tự ghi mình là người được bảo vệ.', {
      field: 'personIds',
      context: { personId },
    });
  }
}

export class InvalidInitiativeEffectError extends DomainError {
  static readonly code = 'TASK_INVALID_INITIATIVE_EFFECT';
  constructor(effect: string) {
    super(InvalidInitiativeEffectError.code, 'Hiệu lực bảo vệ phải là: miễn trách nhiệm (exempt) hoặc giảm nhẹ trách nhiệm (reduce).', {
      field: 'effect',
      context: { effect },
    });
  }
}

export class InitiativePeriodInvalidError extends DomainError {
  static readonly code = 'TASK_INITIATIVE_PERIOD_INVALID';
  constructor(field: string, value: string | null) {
    super(InitiativePeriodInvalidError.code, 'Ngày không hợp lệ (định dạng yyyy-mm-dd), hoặc ngày kết thúc sớm hơn ngày bắt đầu.', {
      field,
      context: { value },
    });
  }
}

export class AssessmentBeforeDifficultyError extends DomainError {
  static readonly code = 'TASK_ASSESSMENT_BEFORE_DIFFICULTY';
  constructor(occurredAt: string, reportedAt: string) {
    super(AssessmentBeforeDifficultyError.code, 'Không thể xác nhận khó khăn trước thời điểm khó khăn được báo cáo.', {
      field: 'occurredAt',
      context: { occurredAt, reportedAt },
    });
  }
}
