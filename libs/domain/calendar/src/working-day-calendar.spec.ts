import { describe, expect, it } from '@jest/globals';
import { CalendarDataError } from './calendar.errors';
import type { BaseHolidaySource, YearOverrides } from './calendar-data.types';
import { createDateHolidaysSource } from './date-holidays.source';
import { VN_OVERRIDES } from './data/vn-overrides';
import { formatLocalDate, parseLocalDate } from './local-date';
import { WorkingDayCalendar } from './working-day-calendar';

// One source for the whole file: date-holidays takes a few hundred ms per year.
const sharedSource = createDateHolidaysSource();

function countingSource(): BaseHolidaySource & { calls: number[] } {
  const inner = sharedSource;
  const calls: number[] = [];
  return {
    id: inner.id,
    calls,
    holidaysOf(year) {
      calls.push(year);
      return inner.holidaysOf(year);
    },
  };
}

function overrides(patch: Partial<YearOverrides>): YearOverrides {
  return { year: 2030, version: 'test.1', source: 'test data', unconfirmed: [], daysOff: [], workedDays: [], ...patch };
}

describe('a year without official data', () => {
  const calendar = new WorkingDayCalendar({ overrides: VN_OVERRIDES, baseHolidays: sharedSource });

  it('still works from date-holidays alone (Tết 2027: Fri 5 - Tue 9 February)', () => {
    expect(calendar.isWorkingDay('2027-02-04')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-08')).toBe(false);
    expect(calendar.isWorkingDay('2027-02-09')).toBe(false);
    expect(calendar.addWorkingDays('2027-02-04', 1)).toBe('2027-02-10');
  });

  it('says so in the deadline computation record', () => {
    const result = calendar.deadline({ start: '2027-02-04T10:00:00+07:00', workingDays: 1 });
    expect(result.dueDate).toBe('2027-02-10');
    expect(result.computation.calendar.overridesMissing).toBe(true);
    expect(result.computation.calendar.missingOverrideYears).toEqual([2027]);
    expect(result.computation.calendar.years).toEqual([{ year: 2027, overridesVersion: null, overridesSource: null, unconfirmed: [] }]);
    expect(result.computation.calendar.warnings).toEqual([expect.stringContaining('Chưa có dữ liệu lịch nghỉ chính thức năm 2027')]);
  });

  it('says so for a deadline that runs from a covered year into a missing one', () => {
    const result = calendar.deadline({ start: '2026-12-30T10:00:00+07:00', workingDays: 3 });
    expect(result.dueDate).toBe('2027-01-05');
    expect(result.computation.calendar.missingOverrideYears).toEqual([2027]);
    expect(result.computation.calendar.years.map((year) => year.overridesVersion)).toEqual(['2026.1', null]);
  });

  it('says so in day listings and in the record for a range', () => {
    expect(calendar.listDays('2026-12-28', '2027-01-05').calendar.missingOverrideYears).toEqual([2027]);
    expect(calendar.calendarRecord('2025-01-01', '2026-12-31').overridesMissing).toBe(false);
  });

  it('passes on the facts a covered year could not confirm', () => {
    const warnings = calendar.calendarRecord('2026-09-01', '2026-09-02').warnings;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Quốc khánh 2026');
  });
});

describe('caching', () => {
  it('asks the base source once per year however often it counts', () => {
    const source = countingSource();
    const calendar = new WorkingDayCalendar({ overrides: VN_OVERRIDES, baseHolidays: source });
    expect(source.calls).toEqual([2025, 2026]);
    for (let hour = 0; hour < 2_000; hour += 1) {
      calendar.workingDaysBetween('2025-06-01T08:00:00+07:00', new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000));
    }
    calendar.workingDaysBetween('2024-06-01T08:00:00+07:00', '2027-06-01T08:00:00+07:00');
    expect(source.calls).toEqual([2025, 2026, 2024, 2027]);
  });
});

describe('prefix counting', () => {
  it('agrees with counting day by day on pseudo-random intervals from 2024 to 2027', () => {
    const calendar = new WorkingDayCalendar({ overrides: VN_OVERRIDES, baseHolidays: sharedSource });
    const first = parseLocalDate('2024-01-01');
    const span = parseLocalDate('2027-12-31') - first;
    let seed = 20260213;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % (span + 1);
    for (let sample = 0; sample < 300; sample += 1) {
      const a = first + next();
      const b = first + next();
      let expected = 0;
      for (let day = a + 1; day <= b; day += 1) if (calendar.isWorkingDay(formatLocalDate(day))) expected += 1;
      const actual = calendar.workingDaysBetween(`${formatLocalDate(a)}T12:00:00+07:00`, `${formatLocalDate(b)}T12:00:00+07:00`);
      expect([formatLocalDate(a), formatLocalDate(b), actual]).toEqual([formatLocalDate(a), formatLocalDate(b), expected]);
    }
  });
});

describe('override data is checked when the calendar is built', () => {
  it.each([
    ['two sets for one year', [overrides({}), overrides({})], 'two override sets for 2030'],
    [
      'a day off on a weekend',
      [overrides({ daysOff: [{ date: '2030-01-05', kind: 'day_in_lieu', name: 'Nghỉ bù', reason: 'x' }] })],
      'day off 2030-01-05 is a weekend day already',
    ],
    [
      'a day off that is already a holiday',
      [overrides({ daysOff: [{ date: '2030-04-30', kind: 'reunification', name: 'x', reason: 'x' }] })],
      'day off 2030-04-30 is already a holiday',
    ],
    [
      'a day off in another year',
      [overrides({ daysOff: [{ date: '2031-01-02', kind: 'day_in_lieu', name: 'x', reason: 'x' }] })],
      'is not in 2030',
    ],
    ['a worked weekday', [overrides({ workedDays: [{ date: '2030-01-07', name: 'x', reason: 'x' }] })], 'is not a Saturday or Sunday'],
    ['a reversed Tết span', [overrides({ tetSpan: { from: '2030-02-06', to: '2030-02-02' } })], 'is not a plausible Tết span'],
    ['an invalid date', [overrides({ workedDays: [{ date: '2030-02-30', name: 'x', reason: 'x' }] })], 'is not a real calendar date'],
  ])('rejects %s', (_label, data, message) => {
    const build = () => new WorkingDayCalendar({ overrides: data, baseHolidays: sharedSource });
    expect(build).toThrow(CalendarDataError);
    expect(build).toThrow(message);
  });

  it('replaces the base Tết days with the official span', () => {
    const calendar = new WorkingDayCalendar({
      overrides: [overrides({ tetSpan: { from: '2030-02-04', to: '2030-02-08' } })],
      baseHolidays: sharedSource,
    });
    // date-holidays puts Tết 2030 on Sat 2 - Wed 6 February.
    expect(['2030-02-01', '2030-02-04', '2030-02-08', '2030-02-11'].map((date) => calendar.isWorkingDay(date))).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect(calendar.describeDay('2030-02-02')).toMatchObject({ status: 'weekend', holidayKind: null });
  });
});
