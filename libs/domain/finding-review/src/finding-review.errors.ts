import { DomainError } from '@lib/domain/core';

export const MIN_JUSTIFICATION_LENGTH = 15;
export const MAX_JUSTIFICATION_LENGTH = 4000;

export class ReviewRequiresInspectorError extends DomainError {
  static readonly code = 'REVIEW_REQUIRES_INSPECTOR';
  constructor(personId: string) {
    super(ReviewRequiresInspectorError.code, 'Chỉ thanh tra viên mới được xác nhận hoặc bác bỏ phát hiện.', { context: { personId } });
  }
}

export class ReviewerNamedInFindingError extends DomainError {
  static readonly code = 'REVIEWER_NAMED_IN_FINDING';
  constructor(personId: string, findingId: string) {
    super(ReviewerNamedInFindingError.code, 'Người có tên trong phát hiện không được tự xem xét phát hiện đó (xung đột lợi ích).', {
      context: { personId, findingId },
    });
  }
}

export class JustificationRequiredError extends DomainError {
  static readonly code = 'JUSTIFICATION_REQUIRED';
  constructor(length: number) {
    super(
      JustificationRequiredError.code,
      `Cần ghi rõ lý do xác nhận hoặc bác bỏ (từ ${MIN_JUSTIFICATION_LENGTH} đến ${MAX_JUSTIFICATION_LENGTH} ký tự; đang có ${length}).`,
      { field: 'justification', context: { length } },
    );
  }
}

export class FindingSupersededError extends DomainError {
  static readonly code = 'FINDING_SUPERSEDED';
  constructor(findingId: string) {
    super(FindingSupersededError.code, 'Phát hiện đã bị thay thế (chứng cứ đã hủy hoặc đính chính); không xem xét được nữa.', {
      context: { findingId },
    });
  }
}

export class FindingAlreadyReviewedError extends DomainError {
  static readonly code = 'FINDING_ALREADY_REVIEWED';
  constructor(findingId: string, status: 'confirmed' | 'dismissed') {
    super(FindingAlreadyReviewedError.code, `Phát hiện đã được ${status === 'confirmed' ? 'xác nhận' : 'bác bỏ'} trước đó.`, {
      context: { findingId, status },
    });
  }
}

export class ReviewOfAnotherFindingError extends DomainError {
  static readonly code = 'REVIEW_STREAM_MISMATCH';
  constructor(expected: string, given: string) {
    super(ReviewOfAnotherFindingError.code, 'Luồng xem xét thuộc về một phát hiện khác.', { context: { expected, given } });
  }
}
