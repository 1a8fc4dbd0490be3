import { createHash } from 'node:crypto';
import type { YearOverrides } from './calendar-data.types';
import { DATE_HOLIDAYS_SOURCE_ID } from './date-holidays.source';
import { VN_OVERRIDES } from './data/vn-overrides';

/**
 * A content version of the calendar data: a hash of the base source's id (date-holidays and its version)
 * and of every year's official overrides, whole (days off, worked days, names, reasons). Any change to a
 * holiday, a swapped day or the base source's version changes it; read models whose rows depend on working
 * days put it in their projection version, so such a change rebuilds them. A non-negative 28-bit integer.
 */
export function calendarDataVersion(
  overrides: readonly YearOverrides[] = VN_OVERRIDES,
  baseSourceId: string = DATE_HOLIDAYS_SOURCE_ID,
): number {
  const digest = createHash('sha256').update(JSON.stringify({ baseSourceId, overrides })).digest('hex');
  return Number.parseInt(digest.slice(0, 7), 16);
}

/** The version of the data `createVnWorkingDayCalendar` is built from. */
export const VN_CALENDAR_DATA_VERSION = calendarDataVersion();
