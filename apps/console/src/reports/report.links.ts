import { addressFilter } from '../router/address-filter';
import { VIET_NAM_TIME_ZONE } from '../display/dates.format';

/** A report's period: local days, YYYY-MM-DD, both ends included (what the API's `from` and `to` take). */
export interface ReportPeriod {
  from: string;
  to: string;
}

export type RankingKind = 'commendation' | 'review';
export type ExportFormat = 'csv' | 'xlsx';

const periodAddress = addressFilter<{ from?: string; to?: string }>('', { from: 'tu-ngay', to: 'den-ngay' });
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in Viet Nam (YYYY-MM-DD), whatever the browser's own time zone. */
export function todayInVietNam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: VIET_NAM_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The whole calendar year of a day: the reports' default period. */
export function yearOf(day: string): ReportPeriod {
  const year = day.slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The period in an address (`tu-ngay`, `den-ngay`); the year of `today` when either end is missing or malformed. */
export function reportPeriodOf(search: string, today: string): ReportPeriod {
  const { from, to } = periodAddress.read(search);
  return from && to && DAY.test(from) && DAY.test(to) && from <= to ? { from, to } : yearOf(today);
}

function withPeriod(path: string, period: ReportPeriod, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams(extra);
  query.set('tu-ngay', period.from);
  query.set('den-ngay', period.to);
  return `${path}?${query.toString()}`;
}

export const reportsLink = (period: ReportPeriod) => withPeriod('/bao-cao', period);

export const personReportLink = (personId: string, period: ReportPeriod) =>
  withPeriod(`/bao-cao/can-bo/${encodeURIComponent(personId)}`, period);

export const unitReportLink = (unitId: string, period: ReportPeriod) => withPeriod(`/bao-cao/don-vi/${encodeURIComponent(unitId)}`, period);

const KIND_PARAM: Readonly<Record<RankingKind, string>> = { commendation: 'khen-thuong', review: 'xem-xet' };

export const rankingsLink = (kind: RankingKind, period: ReportPeriod) =>
  withPeriod('/bao-cao/xep-hang', period, kind === 'commendation' ? {} : { loai: KIND_PARAM[kind] });

/** The ranking kind in the rankings page's address (`loai=xem-xet`); commendation otherwise. */
export function rankingKindOf(search: string): RankingKind {
  return new URLSearchParams(search).get('loai') === KIND_PARAM.review ? 'review' : 'commendation';
}

/** The API's file of a person's or a unit's report for the period: a plain link, the session cookie goes with it. */
export function reportFileLink(subject: 'person' | 'unit', id: string, period: ReportPeriod, format: ExportFormat): string {
  const path = subject === 'person' ? `/reports/persons/${encodeURIComponent(id)}` : `/reports/units/${encodeURIComponent(id)}`;
  return `${path}?${new URLSearchParams({ from: period.from, to: period.to, format }).toString()}`;
}

/** Home Affairs' proposal to consider disciplining a person. */
export const disciplineProposalLink = (personId: string) => `/ky-luat/de-nghi/${encodeURIComponent(personId)}`;
