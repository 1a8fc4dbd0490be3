import { CalendarRangeError, InvalidCalendarInputError } from './calendar.errors';

/** A calendar date in Viet Nam, written 'YYYY-MM-DD' (no time, no zone). */
export type LocalDate = string;

/** Days since 1970-01-01; the internal form of a LocalDate, cheap to compare and step. */
export type EpochDay = number;

export const MS_PER_DAY = 86_400_000;

// Viet Nam has used one zone (UTC+07:00) since the 1975 unification; lunar data is reliable to 2100.
const FIRST_SUPPORTED_YEAR = 1976;
const LAST_SUPPORTED_YEAR = 2100;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseLocalDate(value: unknown, field = 'date'): EpochDay {
  if (typeof value !== 'string') {
    throw new InvalidCalendarInputError(`${field} must be a string 'YYYY-MM-DD', got ${describe(value)}`);
  }
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (!match) {
    throw new InvalidCalendarInputError(`${field} must be a date 'YYYY-MM-DD', got '${value}'`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isRealDate(year, month, day)) {
    throw new InvalidCalendarInputError(`${field} '${value}' is not a real calendar date`);
  }
  assertSupportedYear(year, field);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const length = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= length;
}

// Projections and reports format the same few thousand days millions of times; the supported years bound the cache.
const formattedDays = new Map<EpochDay, LocalDate>();

export function formatLocalDate(day: EpochDay): LocalDate {
  let text = formattedDays.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (formattedDays.size < 100_000) formattedDays.set(day, text);
  }
  return text;
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(day: EpochDay): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: EpochDay): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

export function firstDayOfYear(year: number): EpochDay {
  return Date.UTC(year, 0, 1) / MS_PER_DAY;
}

export function yearOf(day: EpochDay): number {
  let year = 1970 + Math.floor(day / 365.2425);
  while (firstDayOfYear(year) > day) year -= 1;
  while (firstDayOfYear(year + 1) <= day) year += 1;
  return year;
}

export function assertSupportedYear(year: number, field: string): void {
  if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new CalendarRangeError(`${field} falls in ${year}; the calendar covers ${FIRST_SUPPORTED_YEAR}-${LAST_SUPPORTED_YEAR} only`);
  }
}

export function describe(value: unknown): string {
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()})`;
  if (typeof value === 'string') return `'${value}'`;
  return String(value);
}
