import { describe, expect, it } from '@jest/globals';
import { InvalidCalendarInputError, CalendarRangeError } from './calendar.errors';
import { formatLocalDate, parseLocalDate, weekdayOf, yearOf } from './local-date';

describe('LocalDate', () => {
  it('round-trips a date through its epoch-day form', () => {
    expect(parseLocalDate('1976-01-02')).toBe(2192);
    expect(formatLocalDate(parseLocalDate('2026-02-27'))).toBe('2026-02-27');
    expect(formatLocalDate(parseLocalDate('2028-02-29'))).toBe('2028-02-29');
  });

  it('knows the weekday (0 = Sunday)', () => {
    expect(weekdayOf(parseLocalDate('2026-02-13'))).toBe(5);
    expect(weekdayOf(parseLocalDate('2026-04-26'))).toBe(0);
  });

  it('finds the year of a day at both edges of a year', () => {
    expect(yearOf(parseLocalDate('2025-12-31'))).toBe(2025);
    expect(yearOf(parseLocalDate('2026-01-01'))).toBe(2026);
    expect(yearOf(parseLocalDate('2100-12-31'))).toBe(2100);
  });

  it.each(['2026-2-13', '13/02/2026', '2026-02-30', '2025-02-29', '2026-13-01', '', '2026-02-13T00:00:00Z'])('rejects %p', (value) => {
    expect(() => parseLocalDate(value)).toThrow(InvalidCalendarInputError);
  });

  it('rejects non-strings with a message naming the field', () => {
    expect(() => parseLocalDate(20260213, 'startDate')).toThrow("startDate must be a string 'YYYY-MM-DD', got 20260213");
  });

  it('refuses years it cannot compute', () => {
    expect(() => parseLocalDate('1975-04-30')).toThrow(CalendarRangeError);
    expect(() => parseLocalDate('2101-01-01')).toThrow(CalendarRangeError);
  });
});
