import { CalendarDataError, InvalidCalendarInputError } from './calendar.errors';
import type { CalendarDay, CalendarDayList } from './calendar-day.types';
import { WEEKDAY_NAMES } from './calendar-day.types';
import type { BaseHolidaySource, YearOverrides } from './calendar-data.types';
import { buildCalendarRecord, type CalendarRecord } from './calendar-record';
import { createDateHolidaysSource } from './date-holidays.source';
import type { DeadlineRequest, DeadlineResult, SkippedDay, Urgency } from './deadline.types';
import { URGENCIES, URGENCY_LABELS } from './deadline.types';
import { WEEKEND_LABEL } from './holiday-names';
import {
  assertSupportedYear,
  describe,
  formatLocalDate,
  parseLocalDate,
  weekdayOf,
  yearOf,
  type EpochDay,
  type LocalDate,
} from './local-date';
import { endOfEpochDayMs, localDayOf, toInstantMs, toLocalIso, toUtcIso, type Instant } from './vn-time';
import { buildYearTable, type YearTable } from './year-table';
import { present } from '@lib/domain/core';

export interface WorkingDayCalendarOptions {
  /** Official yearly decisions; defaults to none (tests pass their own, the app uses `VN_OVERRIDES`). */
  overrides?: readonly YearOverrides[];
  /** Statutory holidays; defaults to date-holidays for VN. */
  baseHolidays?: BaseHolidaySource;
}

/** A listing longer than this is refused: the endpoint must not be able to build unbounded responses. */
export const MAX_LISTED_DAYS = 1_830;

const CIVIL_CODE_BASIS =
  'Bộ luật Dân sự 2015, Điều 147-148: không tính ngày bắt đầu; đếm ngày làm việc (thứ Hai đến thứ Sáu, ' +
  'trừ ngày nghỉ lễ, Tết, ngày nghỉ bù, nghỉ hoán đổi; cộng ngày làm bù); thời hạn kết thúc vào ' +
  '23:59:59.999 ngày làm việc cuối cùng, giờ Việt Nam (UTC+07:00).';

interface WorkingDayWalk {
  due: EpochDay;
  counted: EpochDay[];
  skipped: EpochDay[];
}

/**
 * Working days in Viet Nam's public administration. Pure: time comes in as arguments, and the
 * per-year tables it caches depend only on the data it was built with.
 */
export class WorkingDayCalendar {
  private readonly base: BaseHolidaySource;
  private readonly overridesByYear = new Map<number, YearOverrides>();
  private readonly tables = new Map<number, YearTable>();

  constructor(options: WorkingDayCalendarOptions = {}) {
    this.base = options.baseHolidays ?? createDateHolidaysSource();
    for (const overrides of options.overrides ?? []) {
      if (this.overridesByYear.has(overrides.year)) {
        throw new CalendarDataError(`two override sets for ${overrides.year}`);
      }
      assertSupportedYear(overrides.year, `overrides ${overrides.version}`);
      this.overridesByYear.set(overrides.year, overrides);
    }
    // Building these now makes contradictory data fail at start-up instead of on first use.
    for (const year of this.overridesByYear.keys()) this.table(year);
  }

  isWorkingDay(date: LocalDate): boolean {
    const day = parseLocalDate(date);
    return this.tableOfDay(day).isWorking(day);
  }

  describeDay(date: LocalDate): CalendarDay {
    return this.dayView(parseLocalDate(date));
  }

  /** The n-th working day after `startDate` (the start day itself is not counted). */
  addWorkingDays(startDate: LocalDate, workingDays: number): LocalDate {
    const start = parseLocalDate(startDate, 'startDate');
    return formatLocalDate(this.walk(start, checkDayCount(workingDays), false).due);
  }

  deadline(request: DeadlineRequest): DeadlineResult {
    if (typeof request !== 'object' || request === null) {
      throw new InvalidCalendarInputError(`deadline request must be an object, got ${describe(request)}`);
    }
    const startMs = toInstantMs(request.start, 'start');
    const urgency = checkUrgency(request.urgency ?? 'normal');
    const workingDays = request.workingDays === undefined ? null : checkDayCount(request.workingDays);
    const startDay = localDayOf(startMs);
    const common = { start: toUtcIso(startMs), startLocal: toLocalIso(startMs), startDate: formatLocalDate(startDay) };

    if (urgency !== 'normal') {
      return {
        dueAt: toUtcIso(startMs),
        dueAtLocal: toLocalIso(startMs),
        dueDate: formatLocalDate(startDay),
        computation: {
          rule: 'urgent_immediate',
          basis: `Văn bản ${URGENCY_LABELS[urgency].toLowerCase()}: phải xử lý ngay, hạn xử lý là thời điểm giao.`,
          ...common,
          urgency,
          workingDays,
          countedDays: [],
          skippedDays: [],
          calendar: this.recordFor(startDay, startDay),
        },
      };
    }
    if (workingDays === null) {
      throw new InvalidCalendarInputError('workingDays is required unless urgency is hoa_toc, thuong_khan or khan');
    }
    const walk = this.walk(startDay, workingDays, true);
    const dueMs = endOfEpochDayMs(walk.due);
    return {
      dueAt: toUtcIso(dueMs),
      dueAtLocal: toLocalIso(dueMs),
      dueDate: formatLocalDate(walk.due),
      computation: {
        rule: 'working_days',
        basis: CIVIL_CODE_BASIS,
        ...common,
        urgency,
        workingDays,
        countedDays: walk.counted.map(formatLocalDate),
        skippedDays: walk.skipped.map((day) => this.skippedDay(day)),
        calendar: this.recordFor(startDay, walk.due),
      },
    };
  }

  /** Working days strictly after the local day of `from`, up to and including the local day of `to`. */
  workingDaysBetween(from: Instant, to: Instant): number {
    const fromMs = toInstantMs(from, 'from');
    const toMs = toInstantMs(to, 'to');
    if (toMs <= fromMs) return 0;
    return this.countAfter(localDayOf(fromMs), localDayOf(toMs));
  }

  /** Working days after the due date, up to and including the local day of `at`; 0 when on time. */
  workingDaysLate(dueAt: Instant, at: Instant): number {
    const dueMs = toInstantMs(dueAt, 'dueAt');
    const atMs = toInstantMs(at, 'at');
    if (atMs <= dueMs) return 0;
    return this.countAfter(localDayOf(dueMs), localDayOf(atMs));
  }

  /** Every day from `from` to `to` inclusive, with its status and Vietnamese name. */
  listDays(from: LocalDate, to: LocalDate): CalendarDayList {
    const first = parseLocalDate(from, 'from');
    const last = parseLocalDate(to, 'to');
    if (last < first) throw new InvalidCalendarInputError(`to (${to}) is before from (${from})`);
    if (last - first + 1 > MAX_LISTED_DAYS) {
      throw new InvalidCalendarInputError(`at most ${MAX_LISTED_DAYS} days can be listed at once, asked for ${last - first + 1}`);
    }
    const days: CalendarDay[] = [];
    for (let day = first; day <= last; day += 1) days.push(this.dayView(day));
    return {
      from: formatLocalDate(first),
      to: formatLocalDate(last),
      workingDayCount: days.filter((day) => day.working).length,
      days,
      calendar: this.recordFor(first, last),
    };
  }

  /** Which data covers the dates from `from` to `to`, and whether any year lacks official data. */
  calendarRecord(from: LocalDate, to: LocalDate): CalendarRecord {
    const first = parseLocalDate(from, 'from');
    const last = parseLocalDate(to, 'to');
    if (last < first) throw new InvalidCalendarInputError(`to (${to}) is before from (${from})`);
    return this.recordFor(first, last);
  }

  private walk(start: EpochDay, workingDays: number, collect: boolean): WorkingDayWalk {
    const counted: EpochDay[] = [];
    const skipped: EpochDay[] = [];
    let day = start;
    let remaining = workingDays;
    if (remaining === 0) {
      // A zero-day period ends on the start day itself, moved forward if that day is not worked (Art. 148).
      while (!this.tableOfDay(day).isWorking(day)) {
        if (collect) skipped.push(day);
        day += 1;
      }
      if (collect) counted.push(day);
      return { due: day, counted, skipped };
    }
    while (remaining > 0) {
      day += 1;
      if (this.tableOfDay(day).isWorking(day)) {
        remaining -= 1;
        if (collect) counted.push(day);
      } else if (collect) {
        skipped.push(day);
      }
    }
    return { due: day, counted, skipped };
  }

  private countAfter(fromDay: EpochDay, toDay: EpochDay): number {
    if (toDay <= fromDay) return 0;
    const first = this.tableOfDay(fromDay);
    if (toDay < first.firstDay + first.length) return first.workingThrough(toDay) - first.workingThrough(fromDay);
    const lastYear = yearOf(toDay);
    let count = first.totalWorking - first.workingThrough(fromDay);
    for (let year = first.year + 1; year < lastYear; year += 1) count += this.table(year).totalWorking;
    return count + this.table(lastYear).workingThrough(toDay);
  }

  private dayView(day: EpochDay): CalendarDay {
    const table = this.tableOfDay(day);
    const status = table.statusOf(day);
    const weekday = weekdayOf(day);
    const dayOff = table.dayOff(day);
    const worked = table.workedDay(day);
    return {
      date: formatLocalDate(day),
      isoWeekday: weekday === 0 ? 7 : weekday,
      weekdayName: present(WEEKDAY_NAMES[weekday], 'the weekday name'),
      status,
      working: table.isWorking(day),
      name: dayOff?.name ?? worked?.name ?? (status === 'weekend' ? WEEKEND_LABEL : null),
      holidayKind: dayOff?.kind ?? null,
      reason: dayOff?.reason ?? worked?.reason ?? null,
    };
  }

  private skippedDay(day: EpochDay): SkippedDay {
    const dayOff = this.tableOfDay(day).dayOff(day);
    return dayOff
      ? { date: formatLocalDate(day), status: 'holiday', name: dayOff.name }
      : { date: formatLocalDate(day), status: 'weekend', name: WEEKEND_LABEL };
  }

  private recordFor(first: EpochDay, last: EpochDay): CalendarRecord {
    const tables: YearTable[] = [];
    for (let year = yearOf(first); year <= yearOf(last); year += 1) tables.push(this.table(year));
    return buildCalendarRecord(this.base.id, tables);
  }

  private tableOfDay(day: EpochDay): YearTable {
    return this.table(yearOf(day));
  }

  private table(year: number): YearTable {
    let table = this.tables.get(year);
    if (!table) {
      assertSupportedYear(year, 'date');
      table = buildYearTable(year, this.base.holidaysOf(year), this.overridesByYear.get(year));
      this.tables.set(year, table);
    }
    return table;
  }
}

function checkDayCount(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidCalendarInputError(`workingDays must be a whole number of days, 0 or more, got ${describe(value)}`);
  }
  return value;
}

function checkUrgency(value: unknown): Urgency {
  if (!(URGENCIES as readonly unknown[]).includes(value)) {
    throw new InvalidCalendarInputError(`urgency must be one of ${URGENCIES.join(', ')}, got ${describe(value)}`);
  }
  return value as Urgency;
}
