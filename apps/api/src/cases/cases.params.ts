import type { CaseStatus } from '@lib/domain/discipline';
import type { CaseFilter } from '@lib/read-models/cases';
import { invalidParam, onlyKnown, pageLimit, singleParam } from '../http/query-params';

export const CASE_STATUSES = ['proposed', 'under_review', 'decided', 'withdrawn'] as const;

/** GET /cases: the query parameters as the query's filter (all but the reader's jurisdiction); a 400 naming the first parameter that is unknown or not valid. */
export function parseCaseFilter(query: Record<string, unknown>): Omit<CaseFilter, 'units'> {
  onlyKnown(query, ['person', 'unit', 'status', 'limit']);
  const status = singleParam(query, 'status');
  if (status !== null && !(CASE_STATUSES as readonly string[]).includes(status))
    throw invalidParam('status', `phải là một trong: ${CASE_STATUSES.join(', ')}`);
  return {
    person: singleParam(query, 'person'),
    unit: singleParam(query, 'unit'),
    status: status as CaseStatus | null,
    limit: pageLimit(query, 50, 200),
  };
}

/** GET /cases/options: the person, the day (default today), the findings to cite, whether the person is an elected cadre. */
export interface CaseOptionsQuery {
  personId: string;
  on: string | null;
  findingIds: string[];
  electedCadre: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseCaseOptionsQuery(query: Record<string, unknown>): CaseOptionsQuery {
  onlyKnown(query, ['person', 'on', 'findings', 'electedCadre']);
  const personId = singleParam(query, 'person');
  if (personId === null || personId === '') throw invalidParam('person', 'bắt buộc');
  const on = singleParam(query, 'on');
  if (on !== null && !(/^\d{4}-\d{2}-\d{2}$/.test(on) && !Number.isNaN(Date.parse(on))))
    throw invalidParam('on', 'phải là ngày dạng YYYY-MM-DD');
  const findings = singleParam(query, 'findings');
  const findingIds = findings ? findings.split(',').map((id) => id.trim().toLowerCase()) : [];
  if (findingIds.length > 50 || findingIds.some((id) => !UUID.test(id)))
    throw invalidParam('findings', 'phải là tối đa 50 mã UUID, cách nhau bằng dấu phẩy');
  const elected = singleParam(query, 'electedCadre');
  if (elected !== null && elected !== 'true' && elected !== 'false') throw invalidParam('electedCadre', 'phải là true hoặc false');
  return { personId, on, findingIds, electedCadre: elected === 'true' };
}
