import type { LocalDate, WorkingDayCalendar } from '@lib/domain/calendar';

const MS_PER_DAY = 86_400_000;
// Viet Nam keeps one fixed offset (UTC+07:00), no daylight saving.
const VN_OFFSET_MS = 7 * 3_600_000;

/** The Asia/Ho_Chi_Minh calendar day of an instant given in epoch milliseconds. */
export function localDateOf(ms: number): LocalDate {
  return new Date(Math.floor((ms + VN_OFFSET_MS) / MS_PER_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
}

export function nextLocalDate(date: LocalDate): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + MS_PER_DAY).toISOString().slice(0, 10);
}

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
