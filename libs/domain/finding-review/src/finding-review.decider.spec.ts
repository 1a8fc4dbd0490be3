import { describe, expect, it } from '@jest/globals';
import { OccurredInFutureError, type Actor, type RecordedEvent } from '@lib/domain/core';
import { DeciderSpecification } from '@lib/domain/core/testing';
import type { FindingReviewCommand, ReviewedFinding } from './finding-review.commands';
import { createFindingReviewDecider } from './finding-review.decider';
import {
  FindingAlreadyReviewedError,
  FindingSupersededError,
  JustificationRequiredError,
  ReviewerNamedInFindingError,
  ReviewOfAnotherFindingError,
  ReviewRequiresInspectorError,
} from './finding-review.errors';
import type { FindingReviewEvent } from './finding-review.events';

const decider = createFindingReviewDecider();
const spec = DeciderSpecification.for(decider);
const inspector: Actor = { personId: 'tran-thanh-tra', unitId: 'thanh-tra-tp', position: 'staff', roles: ['inspector'] };
const finding: ReviewedFinding = {
  findingId: '6f1c2a52-3d51-5b8e-9a7b-0d6a1e5c4f10',
  taskId: '0b5c9d7e-1111-4a2b-8c3d-000000000001',
  ruleCode: 'OWN_WORK_TRANSFERRED',
  ruleVersion: 1,
  detection: 'active',
  namedPersonIds: ['le-van-cuong', 'nguyen-van-binh'],
};
const reason = 'Phiếu chuyển ngày 05/3 xác nhận việc thuộc thẩm quyền Sở Xây dựng.';
const review = (
  type: FindingReviewCommand['type'],
  overrides: { actor?: Actor; finding?: Partial<ReviewedFinding>; justification?: string; occurredAt?: string } = {},
): FindingReviewCommand => ({
  type,
  data: { finding: { ...finding, ...overrides.finding }, justification: overrides.justification ?? reason },
  context: {
    actor: overrides.actor ?? inspector,
    occurredAt: overrides.occurredAt ?? '2026-03-10T09:00:00+07:00',
    now: '2026-03-10T09:00:00+07:00',
  },
});
const data = (revisesEventId: string | null = null) => ({
  findingId: finding.findingId,
  taskId: finding.taskId,
  ruleCode: 'OWN_WORK_TRANSFERRED',
  ruleVersion: 1,
  justification: reason,
  revisesEventId,
});
const recorded = (type: FindingReviewEvent['type'], eventId: string): RecordedEvent<FindingReviewEvent> => ({
  type,
  data: data(),
  metadata: { eventId, occurredAt: '2026-03-09T09:00:00+07:00', actor: inspector },
});

describe('an open finding (no review yet)', () => {
  it('is confirmed by an inspector with a written justification (NFC, trimmed)', () => {
    spec
      .given([])
      .when(review('ConfirmFinding', { justification: `  ${reason.normalize('NFD')} ` }))
      .then([{ type: 'FindingConfirmed', data: data() }]);
  });

  it('is dismissed by an inspector, and then reads dismissed', () => {
    spec
      .given([])
      .when(review('DismissFinding'))
      .then([{ type: 'FindingDismissed', data: data() }]);
    spec
      .given([])
      .when(review('DismissFinding'))
      .thenState((state) => expect(state).toMatchObject({ status: 'dismissed', reviews: 1 }));
  });

  it('is not judged by anyone but an inspector', () => {
    const homeAffairs: Actor = { ...inspector, personId: 'pham-noi-vu', roles: ['home_affairs'] };
    spec
      .given([])
      .when(review('ConfirmFinding', { actor: homeAffairs }))
      .thenThrows(ReviewRequiresInspectorError);
  });

  it('is not judged by a person it names (conflict of interest)', () => {
    const namedInspector: Actor = { ...inspector, personId: 'nguyen-van-binh' };
    spec
      .given([])
      .when(review('DismissFinding', { actor: namedInspector }))
      .thenThrows(ReviewerNamedInFindingError);
  });

  it('needs a justification of at least 15 characters', () => {
    spec
      .given([])
      .when(review('DismissFinding', { justification: '   Không đúng   ' }))
      .thenThrows(JustificationRequiredError, (error) => {
        expect(error.field).toBe('justification');
        expect(error.context).toEqual({ length: 10 });
      });
  });

  it('is not judged in the future', () => {
    spec
      .given([])
      .when(review('ConfirmFinding', { occurredAt: '2026-03-11T09:00:00+07:00' }))
      .thenThrows(OccurredInFutureError);
  });
});

describe('a superseded finding', () => {
  it('is judged no more', () => {
    spec
      .given([])
      .when(review('ConfirmFinding', { finding: { detection: 'superseded' } }))
      .thenThrows(FindingSupersededError);
  });
});

describe('a held finding (a person it names voided or corrected its entries)', () => {
  it('is settled by an inspector only: dismissed or confirmed like an open one', () => {
    spec
      .given([])
      .when(review('DismissFinding', { finding: { detection: 'held' } }))
      .then([{ type: 'FindingDismissed', data: data() }]);
    spec
      .given([])
      .when(review('ConfirmFinding', { finding: { detection: 'held' } }))
      .then([{ type: 'FindingConfirmed', data: data() }]);
    const namedOfficial: Actor = { ...inspector, personId: 'le-van-cuong', unitId: 'so-xay-dung', roles: ['officer'] };
    spec
      .given([])
      .when(review('DismissFinding', { finding: { detection: 'held' }, actor: namedOfficial }))
      .thenThrows(ReviewRequiresInspectorError);
  });
});

describe('a confirmed finding', () => {
  const history = [recorded('FindingConfirmed', 'review-1')];

  it('is not confirmed twice', () => {
    spec
      .given(history)
      .when(review('ConfirmFinding'))
      .thenThrows(FindingAlreadyReviewedError, (error) => {
        expect(error.context).toEqual({ findingId: finding.findingId, status: 'confirmed' });
      });
  });

  it('may be dismissed on revision, which names the review it revises', () => {
    spec
      .given(history)
      .when(review('DismissFinding'))
      .then([{ type: 'FindingDismissed', data: data('review-1') }]);
  });

  it('belongs to its own stream only', () => {
    spec
      .given(history)
      .when(review('DismissFinding', { finding: { findingId: 'another' } }))
      .thenThrows(ReviewOfAnotherFindingError);
  });
});

describe('a dismissed finding', () => {
  it('is not dismissed twice, but may be confirmed on revision', () => {
    const history = [recorded('FindingDismissed', 'review-1')];
    spec.given(history).when(review('DismissFinding')).thenThrows(FindingAlreadyReviewedError);
    spec
      .given(history)
      .when(review('ConfirmFinding'))
      .thenState((state) => expect(state).toMatchObject({ status: 'confirmed', reviews: 2 }));
  });
});
