import { describe, expect, it } from '@jest/globals';
import { InvalidCalendarInputError } from './calendar.errors';
import { formatLocalDate } from './local-date';
import { endOfEpochDayMs, localDateOfInstant, localDayOf, nextLocalDate, toInstantMs, toLocalIso } from './vn-time';

describe('parseInstant', () => {
  it.each([
    '2026-02-13T09:00:00+07:00',
    '2026-02-13T02:00:00.000Z',
    '2026-02-13T02:00Z',
    '2026-02-13T02:00:00.1Z',
    '2026-02-13T02:00:00.123456789Z',
    '2026-02-13T09:00:00-05:30',
    '2026-02-13T09:00:00+14:00',
    '2024-02-29T23:59:59.999+07:00',
  ])('reads %s to the same instant as Date.parse', (text) => {
    expect(toInstantMs(text)).toBe(Date.parse(text));
  });

  it.each([
    '2026-02-13T09:00:00',
    '2026-02-13',
    '2026-02-13 09:00:00Z',
    '2026-02-13T24:00:00Z',
    '2026-02-13T09:60Z',
    '2026-02-13T09:00:60Z',
    '2026-02-13T09:00:00+15:00',
    '2026-02-13T09:00:00+0700',
    '2026-02-13T09:00:00.Z',
    '2026-02-13T09:00:00.1234567890Z',
    '2026-02-13T09:00:00Zjunk',
    '2026-02-30T09:00:00Z',
    '2025-02-29T00:00:00Z',
  ])('rejects %s', (text) => {
    expect(() => toInstantMs(text, 'at')).toThrow(InvalidCalendarInputError);
  });
});

describe('Viet Nam local time (UTC+07:00, no DST)', () => {
  it('changes the local day at 17:00 UTC', () => {
    expect(formatLocalDate(localDayOf(Date.parse('2026-02-12T16:59:59.999Z')))).toBe('2026-02-12');
    expect(formatLocalDate(localDayOf(Date.parse('2026-02-12T17:00:00.000Z')))).toBe('2026-02-13');
    expect(formatLocalDate(localDayOf(Date.parse('2026-07-01T17:00:00.000Z')))).toBe('2026-07-02');
  });

  it('ends a local day at 23:59:59.999 local', () => {
    const end = endOfEpochDayMs(localDayOf(Date.parse('2026-02-27T10:00:00+07:00')));
    expect(new Date(end).toISOString()).toBe('2026-02-27T16:59:59.999Z');
    expect(toLocalIso(end)).toBe('2026-02-27T23:59:59.999+07:00');
  });
});

describe('localDateOfInstant and nextLocalDate (cached)', () => {
  it('gives the Viet Nam date of an instant, the same on a second call', () => {
    const lateEvening = Date.parse('2026-02-13T16:59:59.999Z'); // 23:59:59.999 in Hà Nội
    expect(localDateOfInstant(lateEvening)).toBe('2026-02-13');
    expect(localDateOfInstant(lateEvening + 1)).toBe('2026-02-14');
    expect(localDateOfInstant(lateEvening)).toBe('2026-02-13');
  });

  it('walks over month, leap-day and year ends', () => {
    expect(nextLocalDate('2026-01-31')).toBe('2026-02-01');
    expect(nextLocalDate('2028-02-28')).toBe('2028-02-29');
    expect(nextLocalDate('2026-02-28')).toBe('2026-03-01');
    expect(nextLocalDate('2026-12-31')).toBe('2027-01-01');
    expect(nextLocalDate('2026-12-31')).toBe('2027-01-01');
  });
});
