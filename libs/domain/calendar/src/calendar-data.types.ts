import type { LocalDate } from './local-date';

export type HolidayKind =
  'new_year' | 'tet' | 'hung_kings' | 'reunification' | 'labour_day' | 'national_day' | 'day_in_lieu' | 'swapped_day_off' | 'other';

/** A weekday the official yearly calendar gives off (day in lieu, swapped day, National Day's second day). */
export interface DayOffOverride {
  date: LocalDate;
  kind: HolidayKind;
  name: string;
  reason: string;
}

/** A Saturday or Sunday the official yearly calendar makes a working day (to make up a swapped day). */
export interface WorkedDayOverride {
  date: LocalDate;
  name: string;
  reason: string;
}

/**
 * The government's decisions for one year, as data. Everything date-holidays already gets right is
 * left out; `tetSpan` replaces date-holidays' own five Tết days when the official span differs.
 */
export interface YearOverrides {
  year: number;
  /** Bump whenever the data changes, so stored deadline computations show which data they used. */
  version: string;
  /** The official decisions and notices these facts come from. */
  source: string;
  /** Facts in this file that could not be confirmed against an official text; empty when all were. */
  unconfirmed: readonly string[];
  tetSpan?: { from: LocalDate; to: LocalDate };
  daysOff: readonly DayOffOverride[];
  workedDays: readonly WorkedDayOverride[];
}

/** A statutory holiday as the base source (date-holidays) computes it, one entry per day. */
export interface BaseHoliday {
  date: LocalDate;
  kind: HolidayKind;
  name: string;
}

export interface BaseHolidaySource {
  /** Names the source and its version in computation records. */
  readonly id: string;
  holidaysOf(year: number): readonly BaseHoliday[];
}
