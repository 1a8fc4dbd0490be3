import type { FindingStatus } from '@lib/domain/finding-review';
import type { FindingEntity } from './finding.entity';

/** A finding's status as readers see it: a held finding keeps its review status, only the inspector's review settles it. */
export function findingStatusOf(row: Pick<FindingEntity, 'detection' | 'reviewStatus'>): FindingStatus {
  return row.detection === 'superseded' ? 'superseded' : row.reviewStatus;
}
