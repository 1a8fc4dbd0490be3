import type { DomainError } from '@lib/domain/core';

/** An organisation command whose subject, named in the path, does not exist: the thing is not there (404), rather than a rule broken. */
export class OrgSubjectNotFoundError extends Error {
  constructor(readonly refusal: DomainError) {
    super(refusal.message);
  }

  override get name(): string {
    return 'OrgSubjectNotFoundError';
  }
}
