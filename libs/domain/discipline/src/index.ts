export type { CaseSubject, CitedFinding, DecideCase, DecisionDocument, DisciplinaryCaseCommand, FindingStatus, ProposeCase, StartCaseReview, WithdrawCase } from './discipline.commands';
export type {
  CaseDecidedData,
  CaseFinding,
  CaseProposedData,
  CaseReviewStartedData,
  CaseWithdrawnData,
  DisciplinaryCaseDecided,
  DisciplinaryCaseEvent,
  DisciplinaryCaseProposed,
  DisciplinaryCaseReviewStarted,
  DisciplinaryCaseWithdrawn,
  RecordedDisciplinaryCaseEvent,
} from './discipline.events';
export { DISCIPLINARY_CASE_CATEGORY, DISCIPLINARY_CASE_EVENT_TYPES, disciplinaryCaseStreamId } from './discipline.events';
export type { CaseSubjectStanding, DisciplineForm, FormRestriction } from './discipline.forms';
export { DISCIPLINE_FORM_LABELS, DISCIPLINE_FORMS, formRestrictionFor, limitationYearsOf } from './discipline.forms';
export type { CaseWarning, LimitationCheck, LocalDate } from './statute-of-limitations';
export { checkLimitation, lastDayAfterYears, limitationWarnings, localDateOf, vietnameseDate } from './statute-of-limitations';
export type { DisciplinaryCaseState } from './discipline.decider';
export { createDisciplinaryCaseDecider, initialCaseState } from './discipline.decider';
export {
  CaseAlreadyDecidedError,
  CaseAlreadyExistsError,
  CaseAlreadyUnderReviewError,
  CaseNotFoundError,
  CaseNotUnderReviewError,
  CaseRequiresHomeAffairsError,
  CaseStepOutOfOrderError,
  CaseStreamMismatchError,
  CaseSubjectCannotActError,
  CaseWithdrawnError,
  DecisionDocumentInvalidError,
  DisciplineFormNotApplicableError,
  FindingCitedTwiceError,
  FindingDoesNotNamePersonError,
  FindingNotConfirmedError,
  LimitationNotAcknowledgedError,
  MAX_TEXT_LENGTH,
  MIN_TEXT_LENGTH,
  NoFindingCitedError,
  TextRequiredError,
} from './discipline.errors';
export type { CaseStatus } from './discipline.errors';
