import type { LocalDate } from './local-date';
import { localDateOfInstant, nextLocalDate } from './vn-time';
import type { WorkingDayCalendar } from './working-day-calendar';

/**
 * The Asia/Ho_Chi_Minh calendar day (UTC+07:00 all year, no daylight saving) of an instant, given as an ISO
 * string or as epoch milliseconds. The one local-date helper of the domain: deciders, rules, custody, reports
 * and the demo all take their days from here.
 */
export function localDateOf(instant: string | number): LocalDate {
  if (typeof instant === 'number') return localDateOfInstant(instant);
  const millis = Date.parse(instant);
  if (Number.isNaN(millis)) throw new RangeError(`not an ISO instant: ${instant}`);
  return localDateOfInstant(millis);
}

/** 'YYYY-MM-DD' → 'DD/MM/YYYY', as Vietnamese documents write dates. */
export function vnDate(date: LocalDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** The first instant of a local day, as an ISO string with the +07:00 offset. */
export function startOfLocalDay(date: LocalDate): string {
  return `${date}T00:00:00+07:00`;
}

/** The last instant of a local day (a period ends at the end of its last day). */
export function endOfLocalDay(date: LocalDate): string {
  return `${date}T23:59:59.999+07:00`;
}

/** Working days strictly after `after` up to and including `through` (ISO dates compare as strings). */
export function workingDaysIn(calendar: WorkingDayCalendar, after: LocalDate, through: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let day = nextLocalDate(after); day <= through; day = nextLocalDate(day)) {
    if (calendar.isWorkingDay(day)) days.push(day);
  }
  return days;
}
