import { InvalidCalendarInputError } from './calendar.errors';
import { describe, formatLocalDate, isRealDate, MS_PER_DAY, parseLocalDate, type EpochDay, type LocalDate } from './local-date';

/** A moment in time: a Date, or an ISO-8601 string that states its offset ('Z' or '+07:00'). */
export type Instant = string | Date;

export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const VN_UTC_OFFSET = '+07:00';
// Fixed offset: no daylight saving in Viet Nam since 1975, so no tz database is needed.
const VN_OFFSET_MS = 7 * 3_600_000;

export function toInstantMs(value: unknown, field = 'instant'): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw new InvalidCalendarInputError(`${field} is an invalid Date`);
    return ms;
  }
  if (typeof value !== 'string') {
    throw new InvalidCalendarInputError(`${field} must be an ISO-8601 string or a Date, got ${describe(value)}`);
  }
  const ms = readIsoInstant(value);
  if (ms === null) {
    throw new InvalidCalendarInputError(
      `${field} must be an ISO-8601 instant with an offset, e.g. '2026-02-13T09:00:00+07:00', got '${value}'`,
    );
  }
  if (Number.isNaN(ms)) throw new InvalidCalendarInputError(`${field} '${value}' is not a real instant`);
  return ms;
}

/**
 * Reads 'YYYY-MM-DDTHH:mm[:ss[.fraction]]' followed by 'Z' or '±HH:mm'; null when the shape is wrong,
 * NaN when the date does not exist. Hand-written because projections call it millions of times
 * (a regex plus Date.parse costs several times more), and because a string without an offset must
 * be refused: Date.parse would read it in the server's zone. Date.parse also rolls 2026-02-30 into March.
 */
function readIsoInstant(text: string): number | null {
  const length = text.length;
  if (length < 17 || code(text, 4) !== DASH || code(text, 7) !== DASH || code(text, 10) !== LETTER_T || code(text, 13) !== COLON) {
    return null;
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hours = digits(text, 11, 2);
  const minutes = digits(text, 14, 2);
  if (year < 0 || month < 0 || day < 0 || hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return null;
  let position = 16;
  let seconds = 0;
  let millis = 0;
  if (code(text, position) === COLON) {
    seconds = digits(text, position + 1, 2);
    if (seconds < 0 || seconds > 59) return null;
    position += 3;
    if (code(text, position) === DOT) {
      const fractionStart = position + 1;
      position = fractionStart;
      while (position < length && isDigit(code(text, position))) position += 1;
      const fractionLength = position - fractionStart;
      if (fractionLength < 1 || fractionLength > 9) return null;
      const kept = Math.min(fractionLength, 3);
      millis = digits(text, fractionStart, kept) * 10 ** (3 - kept);
    }
  }
  let offsetMinutes = 0;
  const zone = code(text, position);
  if (zone === LETTER_Z) {
    if (position + 1 !== length) return null;
  } else if (zone === PLUS || zone === MINUS) {
    if (position + 6 !== length || code(text, position + 3) !== COLON) return null;
    const offsetHours = digits(text, position + 1, 2);
    const offsetRest = digits(text, position + 4, 2);
    if (offsetHours < 0 || offsetHours > 14 || offsetRest < 0 || offsetRest > 59) return null;
    offsetMinutes = (zone === MINUS ? -1 : 1) * (offsetHours * 60 + offsetRest);
  } else {
    return null;
  }
  if (!isRealDate(year, month, day)) return Number.NaN;
  return Date.UTC(year, month - 1, day, hours, minutes, seconds, millis) - offsetMinutes * 60_000;
}

const DASH = 45;
const COLON = 58;
const DOT = 46;
const PLUS = 43;
const MINUS = 45;
const LETTER_T = 84;
const LETTER_Z = 90;
const DIGIT_0 = 48;

function code(text: string, index: number): number {
  return text.charCodeAt(index);
}

function isDigit(charCode: number): boolean {
  return charCode >= DIGIT_0 && charCode <= DIGIT_0 + 9;
}

/** The number written by `count` digits from `start`, or -1 if any of them is not a digit. */
function digits(text: string, start: number, count: number): number {
  let result = 0;
  for (let index = start; index < start + count; index += 1) {
    const charCode = text.charCodeAt(index);
    if (!isDigit(charCode)) return -1;
    result = result * 10 + (charCode - DIGIT_0);
  }
  return result;
}

/** The local (UTC+07:00) calendar day on which the instant falls. */
export function localDayOf(ms: number): EpochDay {
  return Math.floor((ms + VN_OFFSET_MS) / MS_PER_DAY);
}

/** The local (UTC+07:00) calendar date, 'YYYY-MM-DD', of an instant in epoch milliseconds. */
export function localDateOfInstant(ms: number): LocalDate {
  return formatLocalDate(localDayOf(ms));
}

// Day-by-day walks ask for the same successors over and over; the dates of the supported years bound the cache.
const successors = new Map<LocalDate, LocalDate>();

/** The calendar date after `date` ('YYYY-MM-DD' in, 'YYYY-MM-DD' out; no validation: callers pass formatted dates). */
export function nextLocalDate(date: LocalDate): LocalDate {
  let next = successors.get(date);
  if (next === undefined) {
    next = new Date(Date.parse(`${date}T00:00:00Z`) + MS_PER_DAY).toISOString().slice(0, 10);
    if (successors.size < 100_000) successors.set(date, next);
  }
  return next;
}

/** 23:59:59.999 local time on the given day: the last moment of a period ending that day. */
export function endOfEpochDayMs(day: EpochDay): number {
  return (day + 1) * MS_PER_DAY - VN_OFFSET_MS - 1;
}

export function toUtcIso(ms: number): string {
  return new Date(ms).toISOString();
}

export function toLocalIso(ms: number): string {
  return `${new Date(ms + VN_OFFSET_MS).toISOString().slice(0, -1)}${VN_UTC_OFFSET}`;
}

/** '02/03/2026 08:00:00': an instant as people in Viet Nam read it (their local time), for exports and reports. */
export function formatVnDateTime(instant: Instant): string {
  const local = new Date(toInstantMs(instant) + VN_OFFSET_MS);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`;
}

/** '2026-03-10' → '2026-03-10T16:59:59.999Z': the last moment of that day in Viet Nam, as a deadline given as a date means. */
export function endOfLocalDate(date: LocalDate): string {
  return toUtcIso(endOfEpochDayMs(parseLocalDate(date, 'date')));
}
