import { localDateOf, type WorkingDayCalendar } from '@lib/domain/calendar';
import type { Deadline } from '@lib/domain/task';

/** The demo's working days run from the first working day of 2026 to the day before `until`. */
const DEMO_PERIOD_START = '2026-01-01';
/** The stories of scenarios.md end on 18 March 2026; a shorter period cannot hold them. */
const DEMO_EARLIEST_UNTIL = '2026-04-01';

export class DemoPeriodTooShortError extends RangeError {
  constructor(until: string) {
    super(`until (${until}) must be on or after ${DEMO_EARLIEST_UNTIL}: the stories of scenarios.md run to March 2026`);
    this.name = 'DemoPeriodTooShortError';
  }
}

/**
 * The working days of the demo, indexed from 0, and instants on them. Every generated
 * command falls on a day up to `lastIndex`, the last working day before `until`'s day,
 * so it is never after `until` (= `now` of every command).
 */
export class DemoPeriod {
  readonly days: readonly string[];
  readonly lastIndex: number;
  private readonly indexByDate: ReadonlyMap<string, number>;

  constructor(
    readonly calendar: WorkingDayCalendar,
    readonly until: string,
  ) {
    const untilDate = localDateOf(until);
    if (untilDate < DEMO_EARLIEST_UNTIL) throw new DemoPeriodTooShortError(until);
    const days: string[] = [];
    for (let date = DEMO_PERIOD_START; date < untilDate; date = nextDate(date)) {
      if (calendar.isWorkingDay(date)) days.push(date);
    }
    this.days = days;
    this.lastIndex = days.length - 1;
    this.indexByDate = new Map(days.map((date, index) => [date, index]));
  }

  day(index: number): string {
    const date = this.days[index];
    if (date === undefined) throw new RangeError(`working day ${index} is outside the demo period (0..${this.lastIndex})`);
    return date;
  }

  indexOf(date: string): number {
    const index = this.indexByDate.get(date);
    if (index === undefined) throw new RangeError(`${date} is not a working day of the demo period`);
    return index;
  }

  /** `minutes` after midnight on working day `index`, Asia/Ho_Chi_Minh. */
  instant(index: number, minutes: number): string {
    return instantOn(this.day(index), minutes);
  }

  /** The deadline as the API resolves it: `workingDays` counted by the calendar from `start`. */
  deadline(start: string, workingDays: number): Deadline {
    const result = this.calendar.deadline({ start, workingDays });
    return { dueAt: result.dueAt, computation: result.computation };
  }

  /** The due day of `workingDays` counted from working day `index` (may lie after the period). */
  dueDate(index: number, workingDays: number): string {
    return this.calendar.addWorkingDays(this.day(index), workingDays);
  }
}

export function instantOn(date: string, minutes: number): string {
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mins = String(minutes % 60).padStart(2, '0');
  return `${date}T${hours}:${mins}:00+07:00`;
}

function nextDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}
