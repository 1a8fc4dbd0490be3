import { type LocalDate, localDateOf, type WorkingDayCalendar, workingDaysIn } from '@lib/domain/calendar';
import { parseInstant } from '@lib/domain/core';
import type { CustodyTimeline, EventRef } from './custody-timeline.types';

/** Where a task went after a hand-off, until it came back to the unit that handed it off. */
export interface DaysElsewhere {
  handOffEventId: string;
  giverUnitId: string;
  intervalIndexes: number[];
  /** Working days the task spent away (the day it came back belongs to the last holder away). */
  days: LocalDate[];
  workingDays: number;
  /** The entry that brought it back; null while it is still away (counted to `asOf` or closure). */
  backBy: EventRef | null;
}

/**
 * For the detection rules: "a holder whose transfer or return was found improper is also responsible
 * for the days the task then spent elsewhere until it came back" (domain.md). Null when the entry did
 * not hand the task to another unit. The rule turns the result into a `FindingShare`.
 */
export function daysElsewhereAfter(timeline: CustodyTimeline, handOffEventId: string, calendar: WorkingDayCalendar): DaysElsewhere | null {
  const start = timeline.intervals.findIndex((interval) => interval.openedBy.eventId === handOffEventId);
  const opened = timeline.intervals[start];
  const giver = opened?.giver;
  if (opened === undefined || giver === null || giver === undefined || giver.unitId === opened.holder.unitId) return null;
  const intervalIndexes: number[] = [];
  const days: LocalDate[] = [];
  let backBy: EventRef | null = null;
  for (const interval of timeline.intervals.slice(start)) {
    if (interval.holder.unitId === giver.unitId) {
      backBy = interval.openedBy;
      break;
    }
    intervalIndexes.push(interval.index);
    const from = localDateOf(parseInstant(interval.from, 'from'));
    const end = localDateOf(parseInstant(interval.end, 'end'));
    days.push(...workingDaysIn(calendar, from, end));
  }
  return { handOffEventId, giverUnitId: giver.unitId, intervalIndexes, days, workingDays: days.length, backBy };
}
