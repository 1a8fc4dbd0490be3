import { localDateOfInstant, nextLocalDate, type LocalDate, type WorkingDayCalendar } from '@lib/domain/calendar';

export { nextLocalDate };

/** The Asia/Ho_Chi_Minh calendar day of an instant given in epoch milliseconds. */
export const localDateOf: (ms: number) => LocalDate = localDateOfInstant;

/** 'YYYY-MM-DD' → 'DD/MM/YYYY', as Vietnamese documents write dates. */
export function vnDate(date: LocalDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** Working days strictly after `after` up to and including `through` (ISO dates compare as strings). */
export function workingDaysIn(calendar: WorkingDayCalendar, after: LocalDate, through: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let day = nextLocalDate(after); day <= through; day = nextLocalDate(day)) {
    if (calendar.isWorkingDay(day)) days.push(day);
  }
  return days;
}
