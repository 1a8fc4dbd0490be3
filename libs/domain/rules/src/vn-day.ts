import { localDateOfInstant, nextLocalDate as nextDate, type LocalDate, type WorkingDayCalendar } from '@lib/domain/calendar';

/** The Asia/Ho_Chi_Minh calendar day of an instant in epoch milliseconds. */
export const localDateOf: (ms: number) => LocalDate = localDateOfInstant;

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

/** Working days strictly after `after` up to and including `through`. */
export function workingDaysIn(calendar: WorkingDayCalendar, after: LocalDate, through: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let day = nextDate(after); day <= through; day = nextDate(day)) {
    if (calendar.isWorkingDay(day)) days.push(day);
  }
  return days;
}
