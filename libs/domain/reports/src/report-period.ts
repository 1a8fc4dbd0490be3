import { localDateOf, type LocalDate } from '@lib/domain/calendar';
import type { Holder } from '@lib/domain/custody';

/**
 * A reporting period [from, to) as instants, and the instant the figures are taken as of: the last
 * instant of the period (to − 1 ms), or the present when the period has not ended yet (never a future instant).
 */
export interface ReportPeriod {
  from: string;
  to: string;
  asOf: string;
  /** Local (Asia/Ho_Chi_Minh) first and last days of the period. */
  fromDate: LocalDate;
  toDate: LocalDate;
}

export function reportPeriod(from: string, to: string, now: string): ReportPeriod {
  const fromMs = Date.parse(from);
  const toMs = Date.parse(to);
  if (Number.isNaN(fromMs) || Number.isNaN(toMs) || toMs <= fromMs) throw new RangeError('the period must end after it starts');
  // The last instant of the period: its last local day is judged as that day, not as the next one.
  const asOfMs = Math.min(toMs - 1, Date.parse(now));
  return {
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    asOf: new Date(Math.max(asOfMs, fromMs)).toISOString(),
    fromDate: localDateOf(fromMs),
    toDate: localDateOf(toMs - 1),
  };
}

export function inPeriod(period: ReportPeriod, instant: string): boolean {
  const ms = Date.parse(instant);
  return ms >= Date.parse(period.from) && ms < Date.parse(period.to);
}

export function dayInPeriod(period: ReportPeriod, day: LocalDate): boolean {
  return day >= period.fromDate && day <= period.toDate;
}

/** Whom a report is about: one person, or a set of units (a unit, with its subunits when asked). */
export type ReportSubject = { kind: 'person'; personId: string } | { kind: 'units'; unitIds: ReadonlySet<string> };

export function subjectCovers(subject: ReportSubject, party: Holder | { unitId: string; personId: string | null }): boolean {
  return subject.kind === 'person' ? party.personId === subject.personId : subject.unitIds.has(party.unitId);
}
