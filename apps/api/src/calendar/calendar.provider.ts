import { sharedVnWorkingDayCalendar } from '@lib/domain/calendar';

export const WORKING_DAY_CALENDAR = Symbol('WORKING_DAY_CALENDAR');

/** The process's one working-day calendar (built once, at first use): the same one the projections use. */
export const workingDayCalendar = sharedVnWorkingDayCalendar;
