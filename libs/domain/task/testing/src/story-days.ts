import { createVnWorkingDayCalendar, type LocalDate } from '@lib/domain/calendar';
import type { Official } from '@lib/domain/core';
import { STORY_START } from '@lib/domain/demo';
import type { Party } from '@lib/domain/task';

/** The service's calendar of Vietnamese working days. */
export const calendar = createVnWorkingDayCalendar();

/** Monday 2 March 2026: day d of the scenarios (S4: S4_START), the demo data's as well. */
export const D: LocalDate = STORY_START;

/** d+N at a local time of day: N working days after `start` (Asia/Ho_Chi_Minh). */
export function day(n: number, time = '09:00', start: LocalDate = D): string {
  return `${calendar.addWorkingDays(start, n)}T${time}:00+07:00`;
}

/** The end of the N-th working day after `start`, as the calendar resolves a deadline. */
export function due(n: number, start: LocalDate = D): string {
  return `${calendar.addWorkingDays(start, n)}T23:59:59.999+07:00`;
}

/** An official as a party to an entry: with the person, or the unit alone. */
export const party = (who: Official, withPerson = true): Party =>
  withPerson ? { unitId: who.unitId, personId: who.personId } : { unitId: who.unitId };
