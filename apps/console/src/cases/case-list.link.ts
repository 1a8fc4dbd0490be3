import { addressFilter } from '../router/address-filter';
import type { CaseSummary } from './case.types';

export const CASE_LIST_PATH = '/ky-luat';

/** The case list's filter, kept in its address: status, person, proposal period (local days). */
export type CaseListFilter = {
  status?: string;
  personId?: string;
  from?: string;
  to?: string;
};

const address = addressFilter<CaseListFilter>(CASE_LIST_PATH, {
  status: 'trang-thai',
  personId: 'nguoi',
  from: 'tu-ngay',
  to: 'den-ngay',
});

export const caseListLink = address.link;
export const caseListFilterOf = address.read;

/** The day an instant falls on in Viet Nam (UTC+7, no daylight saving), YYYY-MM-DD. */
export function vietNamDayOf(instant: string): string {
  return new Date(new Date(instant).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** GET /cases has no period filter: the cases proposed within [from, to] (Viet Nam days, both included). */
export function proposedWithin<T extends Pick<CaseSummary, 'proposedAt'>>(cases: readonly T[], from?: string, to?: string): T[] {
  return cases.filter((kase) => {
    const day = vietNamDayOf(kase.proposedAt);
    return (!from || day >= from) && (!to || day <= to);
  });
}

export const casePath = (caseId: string): string => `${CASE_LIST_PATH}/${encodeURIComponent(caseId)}`;
export const caseProposalPath = (personId: string): string => `${CASE_LIST_PATH}/de-nghi/${encodeURIComponent(personId)}`;
