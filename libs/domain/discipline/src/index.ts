export type {
  CaseSubject,
  CitedFinding,
  DecideCase,
  DecisionDocument,
  DisciplinaryCaseCommand,
  ExtendCaseHandling,
  FindingCitation,
  ProposeCase,
  StartCaseReview,
  WithdrawCase,
} from './discipline.commands';
export type {
  CaseDecidedData,
  CaseFinding,
  CaseHandlingExtendedData,
  CaseProposedData,
  CaseReviewStartedData,
  CaseWithdrawnData,
  DisciplinaryCaseDecided,
  DisciplinaryCaseEvent,
  DisciplinaryCaseHandlingExtended,
  DisciplinaryCaseProposed,
  DisciplinaryCaseReviewStarted,
  DisciplinaryCaseWithdrawn,
  RecordedDisciplinaryCaseEvent,
} from './discipline.events';
export { DISCIPLINARY_CASE_CATEGORY, DISCIPLINARY_CASE_EVENT_TYPES, disciplinaryCaseStreamId } from './discipline.events';
export type { CaseSubjectStanding, DisciplineForm, FormRestriction } from './discipline.forms';
export { DISCIPLINE_FORM_LABELS, DISCIPLINE_FORMS, formRestrictionFor, limitationYearsOf } from './discipline.forms';
export type { CaseWarning, LimitationCheck } from './statute-of-limitations';
export { checkLimitation, lastDayAfterYears, limitationWarnings } from './statute-of-limitations';
/** The calendar's local-date helper, re-exported for callers that already read the case lib (one definition, in @lib/domain/calendar). */
export type { HandlingPeriod, HandlingState, HandlingView, HandlingWarning } from './handling-period';
export { addDays, HANDLING_LIMIT_DAYS, HANDLING_MAX_DAYS, handlingPeriod, handlingView } from './handling-period';
export { findingCitations } from './finding-citations';
export type {
  CaseUnderReview,
  DecidedCase,
  DisciplinaryCaseState,
  NoCase,
  OpenCase,
  ProposedCase,
  WithdrawnCase,
} from './discipline.decider';
export { createDisciplinaryCaseDecider } from './discipline.decider';
export {
  CaseAlreadyDecidedError,
  CaseAlreadyExistsError,
  CaseAlreadyUnderReviewError,
  CaseHandlingDeadlinePassedError,
  CaseHandlingExtensionInvalidError,
  CaseNotFoundError,
  CaseNotUnderReviewError,
  CaseRequiresHomeAffairsError,
  CaseStepOutOfOrderError,
  CaseStreamMismatchError,
  CaseSubjectCannotActError,
  CaseWithdrawnError,
  DecisionDocumentInvalidError,
  DisciplineFormNotApplicableError,
  FindingAlreadyDisciplinedError,
  FindingCitedTwiceError,
  FindingDoesNotNamePersonError,
  FindingInOpenCaseError,
  FindingNotConfirmedError,
  LimitationNotAcknowledgedError,
  MAX_TEXT_LENGTH,
  MIN_TEXT_LENGTH,
  NoFindingCitedError,
  TextRequiredError,
} from './discipline.errors';
export type { CaseStatus } from './discipline.errors';
