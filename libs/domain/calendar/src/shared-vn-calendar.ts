import { createVnWorkingDayCalendar } from './vn-working-day-calendar';
import type { WorkingDayCalendar } from './working-day-calendar';

let shared: WorkingDayCalendar | undefined;

/** Building the calendar reads holiday rules for many years (about a second): one per process, built at first use. */
export function sharedVnWorkingDayCalendar(): WorkingDayCalendar {
  shared ??= createVnWorkingDayCalendar();
  return shared;
}
