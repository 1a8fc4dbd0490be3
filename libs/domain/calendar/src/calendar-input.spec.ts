import { describe, expect, it } from '@jest/globals';
import { CalendarError, CalendarRangeError, InvalidCalendarInputError } from './calendar.errors';
import { createVnWorkingDayCalendar } from './vn-working-day-calendar';
import { MAX_LISTED_DAYS } from './working-day-calendar';

const calendar = createVnWorkingDayCalendar();
const start = '2026-02-13T09:00:00+07:00';

describe('bad input', () => {
  it.each([
    ['an instant without offset', { start: '2026-02-13T09:00:00', workingDays: 5 }, 'must be an ISO-8601 instant with an offset'],
    ['a date-only start', { start: '2026-02-13', workingDays: 5 }, 'must be an ISO-8601 instant with an offset'],
    ['an invalid Date', { start: new Date('not a date'), workingDays: 5 }, 'start is an invalid Date'],
    ['a number as start', { start: 1771000000000, workingDays: 5 }, 'start must be an ISO-8601 string or a Date'],
    [
      'an impossible instant',
      { start: '2026-02-30T09:00:00+07:00', workingDays: 5 },
      "start '2026-02-30T09:00:00+07:00' is not a real instant",
    ],
    ['negative days', { start, workingDays: -1 }, 'workingDays must be a whole number of days, 0 or more, got -1'],
    ['fractional days', { start, workingDays: 1.5 }, 'got 1.5'],
    ['NaN days', { start, workingDays: Number.NaN }, 'got NaN'],
    ['infinite days', { start, workingDays: Number.POSITIVE_INFINITY }, 'got Infinity'],
    ['days as a string', { start, workingDays: '5' }, "got '5'"],
    ['an unknown urgency', { start, workingDays: 5, urgency: 'urgent' }, 'urgency must be one of hoa_toc, thuong_khan, khan, normal'],
    ['no days for a normal document', { start }, 'workingDays is required unless urgency is hoa_toc, thuong_khan or khan'],
  ])('deadline() rejects %s', (_label, request, message) => {
    const call = () => calendar.deadline(request as never);
    expect(call).toThrow(InvalidCalendarInputError);
    expect(call).toThrow(message);
  });

  it('deadline() rejects bad days even when the document is urgent', () => {
    expect(() => calendar.deadline({ start, workingDays: -3, urgency: 'khan' })).toThrow(InvalidCalendarInputError);
  });

  it('names the error class so logs and HTTP mapping can tell it apart', () => {
    try {
      calendar.addWorkingDays('2026-02-13', -1);
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(CalendarError);
      expect(error).toBeInstanceOf(InvalidCalendarInputError);
      expect((error as Error).name).toBe('InvalidCalendarInputError');
    }
  });

  it('rejects invalid dates in every date entry point', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow("date '2026-02-30' is not a real calendar date");
    expect(() => calendar.describeDay('yesterday')).toThrow(InvalidCalendarInputError);
    expect(() => calendar.addWorkingDays('2026/02/13', 1)).toThrow("startDate must be a date 'YYYY-MM-DD', got '2026/02/13'");
    expect(() => calendar.listDays('2026-02-01', '2026-02-31')).toThrow(InvalidCalendarInputError);
  });

  it('rejects invalid instants in the counting functions', () => {
    expect(() => calendar.workingDaysBetween('garbage', start)).toThrow('from must be an ISO-8601 instant');
    expect(() => calendar.workingDaysBetween(start, new Date(Number.NaN))).toThrow('to is an invalid Date');
    expect(() => calendar.workingDaysLate(undefined as never, start)).toThrow('dueAt must be an ISO-8601 string or a Date, got undefined');
  });

  it('rejects a reversed or oversized listing', () => {
    expect(() => calendar.listDays('2026-03-01', '2026-02-01')).toThrow('to (2026-02-01) is before from (2026-03-01)');
    expect(() => calendar.listDays('2026-01-01', '2031-12-31')).toThrow(`at most ${MAX_LISTED_DAYS} days`);
  });

  it('refuses dates outside the supported years instead of guessing', () => {
    expect(() => calendar.isWorkingDay('1975-04-30')).toThrow(CalendarRangeError);
    expect(() => calendar.workingDaysBetween('2100-12-30T10:00:00+07:00', '2101-01-03T10:00:00+07:00')).toThrow(CalendarRangeError);
  });
});
