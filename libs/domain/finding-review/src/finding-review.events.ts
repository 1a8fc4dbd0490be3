import type { DomainEvent, RecordedEvent } from '@lib/domain/core';

/** What the inspector judged, with the finding's identity so the review stream reads on its own. */
export interface ReviewData {
  findingId: string;
  taskId: string;
  ruleCode: string;
  ruleVersion: number;
  /** The written justification ("lý do"), NFC. */
  justification: string;
  /** The review this one revises (a changed judgement), or null for the first review. */
  revisesEventId: string | null;
}

export type FindingConfirmed = DomainEvent<'FindingConfirmed', ReviewData>;
export type FindingDismissed = DomainEvent<'FindingDismissed', ReviewData>;
export type FindingReviewEvent = FindingConfirmed | FindingDismissed;
export type RecordedFindingReviewEvent = RecordedEvent<FindingReviewEvent>;

export const FINDING_REVIEW_EVENT_TYPES = ['FindingConfirmed', 'FindingDismissed'] as const;
export const findingReviewStreamId = (findingId: string): string => `finding_review-${findingId}`;
