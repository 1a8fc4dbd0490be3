export { CalendarDataError, CalendarError, CalendarRangeError, InvalidCalendarInputError } from './calendar.errors';
export type { CalendarDay, CalendarDayList } from './calendar-day.types';
export { WEEKDAY_NAMES } from './calendar-day.types';
export type {
  BaseHoliday,
  BaseHolidaySource,
  DayOffOverride,
  HolidayKind,
  WorkedDayOverride,
  YearOverrides,
} from './calendar-data.types';
export type { CalendarRecord, YearRecord } from './calendar-record';
export { VN_2025_OVERRIDES } from './data/vn-2025.overrides';
export { VN_2026_OVERRIDES } from './data/vn-2026.overrides';
export { VN_OVERRIDES } from './data/vn-overrides';
export { createDateHolidaysSource, DATE_HOLIDAYS_SOURCE_ID } from './date-holidays.source';
export type { DeadlineComputation, DeadlineRequest, DeadlineResult, SkippedDay, Urgency } from './deadline.types';
export { URGENCIES, URGENCY_LABELS } from './deadline.types';
export { HOLIDAY_NAMES } from './holiday-names';
export { endOfLocalDay, localDateOf, startOfLocalDay, vnDate, workingDaysIn } from './local-day';
export type { LocalDate } from './local-date';
export { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from './local-date';
export type { Instant } from './vn-time';
export { endOfLocalDate, formatVnDateTime, localDateOfInstant, nextLocalDate, VN_TIME_ZONE, VN_UTC_OFFSET } from './vn-time';
export { createVnWorkingDayCalendar } from './vn-working-day-calendar';
export { MAX_LISTED_DAYS, WorkingDayCalendar } from './working-day-calendar';
export type { WorkingDayCalendarOptions } from './working-day-calendar';
export type { DayStatus } from './year-table';
export { calendarDataVersion, VN_CALENDAR_DATA_VERSION } from './calendar-data-version';
export { sharedVnWorkingDayCalendar } from './shared-vn-calendar';
