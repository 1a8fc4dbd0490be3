import { DomainError } from '@lib/domain/core';

/** A disciplinary case needs the unit the person served in; someone never appointed anywhere has none. */
export class PersonHasNoUnitError extends DomainError {
  static readonly code = 'PERSON_HAS_NO_UNIT';
  constructor(personId: string) {
    super(PersonHasNoUnitError.code, 'Người này chưa từng được bổ nhiệm vào đơn vị nào; không lập được hồ sơ kỷ luật.', {
      context: { personId },
    });
  }
}

/** Another proposal or decision for the same person held the lock on every try. */
export class SubjectBusyError extends Error {
  constructor(readonly personId: string) {
    super(`Disciplinary subject ${personId} is busy`);
  }

  override get name(): string {
    return 'SubjectBusyError';
  }
}

/** The disciplinary case named in the path does not exist (404). */
export class UnknownCaseError extends Error {
  constructor(readonly caseId: string) {
    super(`Disciplinary case ${caseId} not found`);
  }

  override get name(): string {
    return 'UnknownCaseError';
  }
}

/** A case proposed for a person the organisation does not know (404). */
export class CasePersonNotFoundError extends Error {
  constructor(readonly personId: string) {
    super(`Person ${personId} not found`);
  }

  override get name(): string {
    return 'CasePersonNotFoundError';
  }
}
