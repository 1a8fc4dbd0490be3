import type { CalendarRecord } from './calendar-record';
import type { HolidayKind } from './calendar-data.types';
import type { LocalDate } from './local-date';
import type { DayStatus } from './year-table';

export const WEEKDAY_NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/** One day as the calendar sees it, e.g. for `GET /calendar/working-days`. */
export interface CalendarDay {
  date: LocalDate;
  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  isoWeekday: number;
  weekdayName: (typeof WEEKDAY_NAMES)[number];
  status: DayStatus;
  working: boolean;
  /** Vietnamese name of the holiday, weekend or worked day. */
  name: string | null;
  holidayKind: HolidayKind | null;
  reason: string | null;
}

export interface CalendarDayList {
  from: LocalDate;
  to: LocalDate;
  workingDayCount: number;
  days: CalendarDay[];
  calendar: CalendarRecord;
}
