export type { ConfirmFinding, DismissFinding, FindingReviewCommand, ReviewedFinding } from './finding-review.commands';
export type {
  FindingConfirmed,
  FindingDismissed,
  FindingReviewEvent,
  RecordedFindingReviewEvent,
  ReviewData,
} from './finding-review.events';
export { FINDING_REVIEW_EVENT_TYPES, findingReviewStreamId } from './finding-review.events';
export type { FindingStatus } from './finding-status';
export { FINDING_STATUSES } from './finding-status';
export type { FindingReviewState, JudgedFinding, OpenFindingReview } from './finding-review.decider';
export { createFindingReviewDecider } from './finding-review.decider';
export {
  FindingAlreadyReviewedError,
  FindingSupersededError,
  JustificationRequiredError,
  MAX_JUSTIFICATION_LENGTH,
  MIN_JUSTIFICATION_LENGTH,
  ReviewerNamedInFindingError,
  ReviewOfAnotherFindingError,
  ReviewRequiresInspectorError,
} from './finding-review.errors';
