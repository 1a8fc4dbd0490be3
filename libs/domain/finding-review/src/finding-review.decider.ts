import { assertNever, assertOccurredNotInFuture, DEFAULT_CLOCK_SKEW_MS, type Decider, type RecordedEvent } from '@lib/domain/core';
import type { FindingReviewCommand } from './finding-review.commands';
import {
  FindingAlreadyReviewedError,
  FindingSupersededError,
  JustificationRequiredError,
  MAX_JUSTIFICATION_LENGTH,
  MIN_JUSTIFICATION_LENGTH,
  ReviewerNamedInFindingError,
  ReviewOfAnotherFindingError,
  ReviewRequiresInspectorError,
} from './finding-review.errors';
import type { FindingReviewEvent } from './finding-review.events';

/** A finding nobody has judged yet: its review stream is empty. */
export interface OpenFindingReview {
  status: 'open';
}

/** The judgement in force on one finding: the latest review wins, earlier ones stay on the stream. */
export interface JudgedFinding {
  status: 'confirmed' | 'dismissed';
  findingId: string;
  lastReviewEventId: string;
  reviews: number;
}

/** Tagged by status, like the task decider's state: only a reviewed finding has a finding id and a last review. */
export type FindingReviewState = OpenFindingReview | JudgedFinding;

const initialReviewState = (): FindingReviewState => ({ status: 'open' });

/**
 * Confirm or dismiss a finding. Only an inspector, never a person the finding names, with a written
 * justification; a superseded finding is not judged (a held one is: only a review settles it); the same judgement twice is refused, a changed one
 * (e.g. after a complaint) is recorded as a revision of the previous review.
 */
export function createFindingReviewDecider(
  options: { clockSkewMs?: number } = {},
): Decider<FindingReviewCommand, FindingReviewEvent, FindingReviewState> {
  const clockSkewMs = options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS;
  return {
    initialState: initialReviewState,
    decide(command, state) {
      const { finding } = command.data;
      const { actor } = command.context;
      if (!actor.roles.includes('inspector')) throw new ReviewRequiresInspectorError(actor.personId);
      assertOccurredNotInFuture(command.context, clockSkewMs);
      if (state.status !== 'open' && state.findingId !== finding.findingId)
        throw new ReviewOfAnotherFindingError(state.findingId, finding.findingId);
      if (finding.namedPersonIds.includes(actor.personId)) throw new ReviewerNamedInFindingError(actor.personId, finding.findingId);
      const justification = command.data.justification.normalize('NFC').trim();
      if ([...justification].length < MIN_JUSTIFICATION_LENGTH || [...justification].length > MAX_JUSTIFICATION_LENGTH) {
        throw new JustificationRequiredError([...justification].length);
      }
      if (finding.detection === 'superseded') throw new FindingSupersededError(finding.findingId);
      const data = {
        findingId: finding.findingId,
        taskId: finding.taskId,
        ruleCode: finding.ruleCode,
        ruleVersion: finding.ruleVersion,
        justification,
        revisesEventId: state.status === 'open' ? null : state.lastReviewEventId,
      };
      switch (command.type) {
        case 'ConfirmFinding':
          if (state.status === 'confirmed') throw new FindingAlreadyReviewedError(finding.findingId, 'confirmed');
          return [{ type: 'FindingConfirmed', data }];
        case 'DismissFinding':
          if (state.status === 'dismissed') throw new FindingAlreadyReviewedError(finding.findingId, 'dismissed');
          return [{ type: 'FindingDismissed', data }];
        default:
          return assertNever(command);
      }
    },
    evolve(state, event: RecordedEvent<FindingReviewEvent>) {
      return {
        findingId: event.data.findingId,
        status: event.type === 'FindingConfirmed' ? 'confirmed' : 'dismissed',
        lastReviewEventId: event.metadata.eventId,
        reviews: state.status === 'open' ? 1 : state.reviews + 1,
      };
    },
  };
}
