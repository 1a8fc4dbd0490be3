import type { CaseStatus } from '@lib/domain/discipline';
import type { CaseFilter } from '@lib/read-models/cases';
import { invalidParam, onlyKnown, pageLimit, singleParam } from '../http/query-params';

export const CASE_STATUSES = ['proposed', 'under_review', 'decided', 'withdrawn'] as const;

/** GET /cases: the query parameters as the query's filter (all but the reader's jurisdiction); a 400 naming the first parameter that is unknown or not valid. */
export function parseCaseFilter(query: Record<string, unknown>): Omit<CaseFilter, 'units'> {
  onlyKnown(query, ['person', 'unit', 'status', 'limit']);
  const status = singleParam(query, 'status');
  if (status !== null && !(CASE_STATUSES as readonly string[]).includes(status))
    throw invalidParam('status', `must be one of ${CASE_STATUSES.join(', ')}`, `phải là một trong: ${CASE_STATUSES.join(', ')}`);
  return {
    person: singleParam(query, 'person'),
    unit: singleParam(query, 'unit'),
    status: status as CaseStatus | null,
    limit: pageLimit(query, 50, 200),
  };
}
