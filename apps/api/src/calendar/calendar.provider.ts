import { createVnWorkingDayCalendar, type WorkingDayCalendar } from '@lib/domain/calendar';

export const WORKING_DAY_CALENDAR = Symbol('WORKING_DAY_CALENDAR');

let shared: WorkingDayCalendar | undefined;

/** Building the calendar reads holiday rules for many years (about a second): do it once per process. */
export function workingDayCalendar(): WorkingDayCalendar {
  shared ??= createVnWorkingDayCalendar();
  return shared;
}
