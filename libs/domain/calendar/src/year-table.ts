import { CalendarDataError } from './calendar.errors';
import type { BaseHoliday, HolidayKind, YearOverrides } from './calendar-data.types';
import { HOLIDAY_NAMES } from './holiday-names';
import { firstDayOfYear, formatLocalDate, isWeekend, parseLocalDate, type EpochDay } from './local-date';
import { present } from '@lib/domain/core';

export type DayStatus = 'working' | 'weekend' | 'holiday' | 'worked_weekend';

export interface DayOffEntry {
  kind: HolidayKind;
  name: string;
  /** Why the day is off when an override decided it; null for a statutory day from the base source. */
  reason: string | null;
}

export interface WorkedDayEntry {
  name: string;
  reason: string;
}

/**
 * One year of the calendar, computed once: a working flag per day and a prefix count of working
 * days, so that counting the working days between two dates is two array reads.
 */
export class YearTable {
  readonly firstDay: EpochDay;
  readonly length: number;
  readonly totalWorking: number;
  private readonly working: Uint8Array;
  // prefix[i] = working days among the first i days of the year.
  private readonly prefix: Int32Array;

  constructor(
    readonly year: number,
    readonly overrides: YearOverrides | undefined,
    private readonly daysOff: ReadonlyMap<EpochDay, DayOffEntry>,
    private readonly workedDays: ReadonlyMap<EpochDay, WorkedDayEntry>,
  ) {
    this.firstDay = firstDayOfYear(year);
    this.length = firstDayOfYear(year + 1) - this.firstDay;
    this.working = new Uint8Array(this.length);
    this.prefix = new Int32Array(this.length + 1);
    for (let index = 0; index < this.length; index += 1) {
      const day = this.firstDay + index;
      const isWorking = !daysOff.has(day) && (workedDays.has(day) || !isWeekend(day));
      this.working[index] = isWorking ? 1 : 0;
      this.prefix[index + 1] = present(this.prefix[index], 'the running count') + present(this.working[index], 'the day');
    }
    this.totalWorking = present(this.prefix[this.length], 'the year total');
  }

  isWorking(day: EpochDay): boolean {
    return this.working[day - this.firstDay] === 1;
  }

  /** Working days from 1 January up to and including `day`. */
  workingThrough(day: EpochDay): number {
    return present(this.prefix[day - this.firstDay + 1], 'the running count of the day');
  }

  statusOf(day: EpochDay): DayStatus {
    if (this.daysOff.has(day)) return 'holiday';
    if (this.workedDays.has(day)) return 'worked_weekend';
    return isWeekend(day) ? 'weekend' : 'working';
  }

  dayOff(day: EpochDay): DayOffEntry | undefined {
    return this.daysOff.get(day);
  }

  workedDay(day: EpochDay): WorkedDayEntry | undefined {
    return this.workedDays.get(day);
  }
}

/** Merges the base source's statutory days with the year's official decisions. */
export function buildYearTable(year: number, baseHolidays: readonly BaseHoliday[], overrides: YearOverrides | undefined): YearTable {
  const daysOff = new Map<EpochDay, DayOffEntry>();
  for (const holiday of baseHolidays) {
    if (overrides?.tetSpan && holiday.kind === 'tet') continue;
    const day = parseLocalDate(holiday.date, `base holiday ${holiday.name}`);
    if (!daysOff.has(day)) daysOff.set(day, { kind: holiday.kind, name: holiday.name, reason: null });
  }
  const workedDays = new Map<EpochDay, WorkedDayEntry>();
  if (overrides) applyOverrides(year, overrides, daysOff, workedDays);
  return new YearTable(year, overrides, daysOff, workedDays);
}

function applyOverrides(
  year: number,
  overrides: YearOverrides,
  daysOff: Map<EpochDay, DayOffEntry>,
  workedDays: Map<EpochDay, WorkedDayEntry>,
): void {
  const label = `overrides ${overrides.year} (${overrides.version})`;
  if (overrides.tetSpan) {
    const from = dayInYear(overrides.tetSpan.from, year, `${label} tetSpan.from`);
    const to = dayInYear(overrides.tetSpan.to, year, `${label} tetSpan.to`);
    if (to < from || to - from > 13) {
      throw new CalendarDataError(`${label}: tetSpan ${overrides.tetSpan.from}..${overrides.tetSpan.to} is not a plausible Tết span`);
    }
    for (let day = from; day <= to; day += 1) {
      daysOff.set(day, { kind: 'tet', name: HOLIDAY_NAMES.tet, reason: `Lịch nghỉ Tết chính thức năm ${year}` });
    }
  }
  for (const entry of overrides.daysOff) {
    const day = dayInYear(entry.date, year, `${label} day off`);
    if (isWeekend(day)) {
      throw new CalendarDataError(`${label}: day off ${entry.date} is a weekend day already; a day in lieu falls on a weekday`);
    }
    const existing = daysOff.get(day);
    if (existing) {
      throw new CalendarDataError(`${label}: day off ${entry.date} is already a holiday (${existing.name})`);
    }
    daysOff.set(day, { kind: entry.kind, name: entry.name.normalize('NFC'), reason: entry.reason.normalize('NFC') });
  }
  for (const entry of overrides.workedDays) {
    const day = dayInYear(entry.date, year, `${label} worked day`);
    if (!isWeekend(day)) {
      throw new CalendarDataError(`${label}: worked day ${entry.date} is not a Saturday or Sunday`);
    }
    if (daysOff.has(day) || workedDays.has(day)) {
      throw new CalendarDataError(`${label}: worked day ${entry.date} is also listed as a holiday or twice`);
    }
    workedDays.set(day, { name: entry.name.normalize('NFC'), reason: entry.reason.normalize('NFC') });
  }
}

function dayInYear(date: string, year: number, field: string): EpochDay {
  let day: EpochDay;
  try {
    day = parseLocalDate(date, field);
  } catch (error) {
    throw new CalendarDataError(error instanceof Error ? error.message : String(error));
  }
  if (day < firstDayOfYear(year) || day >= firstDayOfYear(year + 1)) {
    throw new CalendarDataError(`${field} ${formatLocalDate(day)} is not in ${year}`);
  }
  return day;
}
