import { DomainError } from '@lib/domain/core';
import type { FindingCitation } from './discipline.commands';
import { DISCIPLINE_FORM_LABELS, type DisciplineForm, type FormRestriction } from './discipline.forms';
import { HANDLING_MAX_DAYS } from './handling-period';
import { vnDate } from '@lib/domain/calendar';

export const MIN_TEXT_LENGTH = 15;
export const MAX_TEXT_LENGTH = 4000;

export type CaseStatus = 'proposed' | 'under_review' | 'decided' | 'withdrawn';

export class CaseRequiresHomeAffairsError extends DomainError {
  static readonly code = 'CASE_REQUIRES_HOME_AFFAIRS';
  constructor(personId: string) {
    super(CaseRequiresHomeAffairsError.code, 'Chỉ cơ quan nội vụ mới được đề nghị và xử lý hồ sơ kỷ luật.', { context: { personId } });
  }
}

export class CaseSubjectCannotActError extends DomainError {
  static readonly code = 'CASE_SUBJECT_CANNOT_ACT';
  constructor(personId: string) {
    super(CaseSubjectCannotActError.code, 'Người bị đề nghị kỷ luật không được tự xử lý hồ sơ của mình (xung đột lợi ích).', {
      context: { personId },
    });
  }
}

export class CaseAlreadyExistsError extends DomainError {
  static readonly code = 'CASE_ALREADY_EXISTS';
  constructor(caseId: string) {
    super(CaseAlreadyExistsError.code, 'Hồ sơ kỷ luật này đã được lập.', { context: { caseId } });
  }
}

export class CaseNotFoundError extends DomainError {
  static readonly code = 'CASE_NOT_FOUND';
  constructor(caseId: string) {
    super(CaseNotFoundError.code, 'Không tìm thấy hồ sơ kỷ luật.', { context: { caseId } });
  }
}

export class CaseStreamMismatchError extends DomainError {
  static readonly code = 'CASE_STREAM_MISMATCH';
  constructor(expected: string, given: string) {
    super(CaseStreamMismatchError.code, 'Luồng sự kiện thuộc về một hồ sơ kỷ luật khác.', { context: { expected, given } });
  }
}

export class NoFindingCitedError extends DomainError {
  static readonly code = 'CASE_CITES_NO_FINDING';
  constructor() {
    super(NoFindingCitedError.code, 'Hồ sơ kỷ luật phải viện dẫn ít nhất một phát hiện đã được thanh tra xác nhận.', {
      field: 'findingIds',
    });
  }
}

const STATUS_LABELS: Readonly<Record<string, string>> = {
  open: 'chưa được xem xét',
  dismissed: 'đã bị bác bỏ',
  superseded: 'đã bị thay thế',
};

export class FindingNotConfirmedError extends DomainError {
  static readonly code = 'FINDING_NOT_CONFIRMED';
  constructor(findingId: string, status: string) {
    super(
      FindingNotConfirmedError.code,
      `Chỉ được viện dẫn phát hiện đã được thanh tra xác nhận; phát hiện ${findingId} ${STATUS_LABELS[status] ?? status}.`,
      {
        field: 'findingIds',
        context: { findingId, status },
      },
    );
  }
}

export class FindingDoesNotNamePersonError extends DomainError {
  static readonly code = 'FINDING_DOES_NOT_NAME_PERSON';
  constructor(findingId: string, personId: string) {
    super(
      FindingDoesNotNamePersonError.code,
      `Phát hiện ${findingId} không nêu tên người bị đề nghị kỷ luật (trách nhiệm cá nhân hoặc trách nhiệm người đứng đầu).`,
      {
        field: 'findingIds',
        context: { findingId, personId },
      },
    );
  }
}

export class FindingCitedTwiceError extends DomainError {
  static readonly code = 'FINDING_CITED_TWICE';
  constructor(findingId: string) {
    super(FindingCitedTwiceError.code, `Phát hiện ${findingId} được viện dẫn hai lần.`, { field: 'findingIds', context: { findingId } });
  }
}

const RESTRICTION_DETAILS: Readonly<Record<FormRestriction, string>> = {
  elected_cadres_only: 'chỉ áp dụng với cán bộ dân cử',
  leaders_only: 'chỉ áp dụng với người giữ chức vụ lãnh đạo, quản lý (cấp trưởng, cấp phó)',
};

export class DisciplineFormNotApplicableError extends DomainError {
  static readonly code = 'DISCIPLINE_FORM_NOT_APPLICABLE';
  constructor(field: 'proposedForm' | 'form', form: DisciplineForm, restriction: FormRestriction, personId: string) {
    super(
      DisciplineFormNotApplicableError.code,
      `Hình thức ${DISCIPLINE_FORM_LABELS[form].toLowerCase()} ${RESTRICTION_DETAILS[restriction]}.`,
      {
        field,
        context: { form, restriction, personId },
      },
    );
  }
}

export class TextRequiredError extends DomainError {
  static readonly code = 'CASE_TEXT_REQUIRED';
  constructor(
    field: 'grounds' | 'reason',
    length: number,
    what = field === 'grounds' ? 'nội dung vi phạm và căn cứ đề nghị' : 'lý do rút đề nghị',
  ) {
    super(TextRequiredError.code, `Cần ghi rõ ${what} (từ ${MIN_TEXT_LENGTH} đến ${MAX_TEXT_LENGTH} ký tự; đang có ${length}).`, {
      field,
      context: { length },
    });
  }
}

export class CaseNotUnderReviewError extends DomainError {
  static readonly code = 'CASE_NOT_UNDER_REVIEW';
  constructor(caseId: string) {
    super(CaseNotUnderReviewError.code, 'Hồ sơ kỷ luật phải được đưa ra xem xét trước khi quyết định.', {
      context: { caseId, status: 'proposed' },
    });
  }
}

export class CaseAlreadyUnderReviewError extends DomainError {
  static readonly code = 'CASE_ALREADY_UNDER_REVIEW';
  constructor(caseId: string) {
    super(CaseAlreadyUnderReviewError.code, 'Hồ sơ kỷ luật đang được xem xét.', { context: { caseId, status: 'under_review' } });
  }
}

export class CaseWithdrawnError extends DomainError {
  static readonly code = 'CASE_WITHDRAWN';
  constructor(caseId: string) {
    super(CaseWithdrawnError.code, 'Đề nghị kỷ luật đã được rút; hồ sơ đã đóng.', { context: { caseId, status: 'withdrawn' } });
  }
}

export class CaseAlreadyDecidedError extends DomainError {
  static readonly code = 'CASE_ALREADY_DECIDED';
  constructor(caseId: string) {
    super(CaseAlreadyDecidedError.code, 'Hồ sơ kỷ luật đã có quyết định; hồ sơ đã đóng.', { context: { caseId, status: 'decided' } });
  }
}

export class LimitationNotAcknowledgedError extends DomainError {
  static readonly code = 'LIMITATION_NOT_ACKNOWLEDGED';
  constructor(caseId: string, findingIds: readonly string[]) {
    super(
      LimitationNotAcknowledgedError.code,
      'Hành vi được viện dẫn đã hết thời hiệu xử lý kỷ luật đối với hình thức này; chỉ ghi nhận quyết định khi xác nhận rõ đã xem xét thời hiệu (limitationAcknowledged).',
      { field: 'limitationAcknowledged', context: { caseId, findingIds: [...findingIds] } },
    );
  }
}

export class DecisionDocumentInvalidError extends DomainError {
  static readonly code = 'DECISION_DOCUMENT_INVALID';
  constructor(field: string, reason: string, context: Record<string, unknown>) {
    super(DecisionDocumentInvalidError.code, `Quyết định kỷ luật không hợp lệ: ${reason}.`, { field, context });
  }
}

export class CaseStepOutOfOrderError extends DomainError {
  static readonly code = 'CASE_STEP_OUT_OF_ORDER';
  constructor(occurredAt: string, previousAt: string) {
    super(CaseStepOutOfOrderError.code, 'Bước xử lý hồ sơ không được xảy ra trước bước liền trước.', {
      field: 'occurredAt',
      context: { occurredAt, previousAt },
    });
  }
}

/** Decree 172/2025/NĐ-CP: each violation is disciplined once, by one form ("mỗi hành vi vi phạm chỉ bị xử lý một lần"). */
export class FindingAlreadyDisciplinedError extends DomainError {
  static readonly code = 'FINDING_ALREADY_DISCIPLINED';
  /** `field` is null when the refusal comes at the decision, where no finding is given in the body. */
  constructor(findingId: string, citation: FindingCitation, field: 'findingIds' | null = 'findingIds') {
    const decision = citation.decision;
    const by =
      decision === null
        ? ''
        : ` (Quyết định số ${decision.number} ngày ${vnDate(decision.date)}, hình thức ${DISCIPLINE_FORM_LABELS[decision.form].toLowerCase()})`;
    super(
      FindingAlreadyDisciplinedError.code,
      `Hành vi trong phát hiện ${findingId} đã bị xử lý kỷ luật theo hồ sơ ${citation.caseId}${by}; mỗi hành vi vi phạm chỉ bị xử lý kỷ luật một lần (Nghị định 172/2025/NĐ-CP).`,
      {
        ...(field === null ? {} : { field }),
        context: { findingId, personId: citation.personId, case: { caseId: citation.caseId, status: citation.status, decision } },
      },
    );
  }
}

/** A second open case for the same violation would end in a second decision: the first must be decided or withdrawn. */
export class FindingInOpenCaseError extends DomainError {
  static readonly code = 'FINDING_IN_OPEN_CASE';
  constructor(findingId: string, citation: FindingCitation) {
    const status = citation.status === 'proposed' ? 'đã đề nghị' : 'đang xem xét';
    super(
      FindingInOpenCaseError.code,
      `Phát hiện ${findingId} đang được viện dẫn trong hồ sơ kỷ luật ${citation.caseId} (${status}) đối với cùng người này; chỉ lập hồ sơ mới khi hồ sơ đó đã được rút.`,
      {
        field: 'findingIds',
        context: { findingId, personId: citation.personId, case: { caseId: citation.caseId, status: citation.status, decision: null } },
      },
    );
  }
}

export class CaseHandlingExtensionInvalidError extends DomainError {
  static readonly code = 'CASE_HANDLING_EXTENSION_INVALID';
  constructor(caseId: string, limitDays: number, currentDays: number) {
    super(
      CaseHandlingExtensionInvalidError.code,
      `Thời hạn xử lý kỷ luật chỉ được kéo dài quá ${currentDays} ngày hiện có và không quá ${HANDLING_MAX_DAYS} ngày (đề nghị: ${limitDays} ngày).`,
      { field: 'limitDays', context: { caseId, limitDays, currentDays, maxDays: HANDLING_MAX_DAYS } },
    );
  }
}

export class CaseHandlingDeadlinePassedError extends DomainError {
  static readonly code = 'CASE_HANDLING_DEADLINE_PASSED';
  constructor(caseId: string, deadline: string, on: string) {
    super(
      CaseHandlingDeadlinePassedError.code,
      `Thời hạn xử lý kỷ luật đã hết ngày ${vnDate(deadline)}; không gia hạn một thời hạn đã hết (ngày gia hạn: ${vnDate(on)}).`,
      { field: 'occurredAt', context: { caseId, deadline, on } },
    );
  }
}
