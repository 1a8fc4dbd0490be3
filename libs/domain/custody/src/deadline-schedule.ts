import { type LocalDate, localDateOf, type WorkingDayCalendar, workingDaysIn } from '@lib/domain/calendar';
import { parseInstant } from '@lib/domain/core';
import { movedDueDate, pausedDaySet, pausedThrough, type DossierPause } from './dossier-pauses';

/** A deadline set by an entry: the first assignment, a reassignment or an extension. */
export interface DeadlineChange {
  kind: 'assigned' | 'reassigned' | 'extended';
  /** null: no deadline ("không hạn"). */
  dueAt: string | null;
  /** The local day the period ends on; null with no deadline. */
  dueDate: LocalDate | null;
  eventId: string;
  occurredAt: string;
  /** The local day from which it is in force: the day the entry occurred (an extension covers the day it is granted). */
  inForceFrom: LocalDate;
}

/** Deadline changes ordered by when they occurred (stream order among equal times). */
export type DeadlineSchedule = readonly DeadlineChange[];

export function deadlineChange(kind: DeadlineChange['kind'], dueAt: string | null, eventId: string, occurredAt: string): DeadlineChange {
  return {
    kind,
    dueAt,
    dueDate: dueAt === null ? null : localDateOf(parseInstant(dueAt, 'dueAt')),
    eventId,
    occurredAt,
    inForceFrom: localDateOf(parseInstant(occurredAt, 'occurredAt')),
  };
}

export function scheduleOf(changes: readonly DeadlineChange[]): DeadlineSchedule {
  return changes
    .map((change, order) => ({ change, order, at: parseInstant(change.occurredAt, 'occurredAt') }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ change }) => change);
}

/** The deadline in force on a day: the latest change that occurred on or before it. */
export function deadlineOn(schedule: DeadlineSchedule, day: LocalDate): DeadlineChange | null {
  let inForce: DeadlineChange | null = null;
  for (const change of schedule) {
    if (change.inForceFrom > day) break;
    inForce = change;
  }
  return inForce;
}

/**
 * The working days in (startDay, endDay] that fall after the due date in force on each of them.
 * The start day is not counted (Civil Code Art. 147); the day custody ends belongs to the one who held it.
 * A dossier's paused days are never overdue, and the due date in force on a day moves by the working
 * days paused on or before it.
 */
export function overdueDaysIn(
  calendar: WorkingDayCalendar,
  schedule: DeadlineSchedule,
  startDay: LocalDate,
  endDay: LocalDate,
  pauses: readonly DossierPause[] = [],
): LocalDate[] {
  const dueDates = schedule.map((change) => change.dueDate).filter((date): date is LocalDate => date !== null);
  if (dueDates.length === 0) return [];
  const earliestDue = dueDates.reduce((min, date) => (date < min ? date : min));
  const after = earliestDue > startDay ? earliestDue : startDay;
  const paused = pausedDaySet(pauses);
  return workingDaysIn(calendar, after, endDay).filter((day) => {
    const dueDate = deadlineOn(schedule, day)?.dueDate ?? null;
    return dueDate !== null && !paused.has(day) && day > movedDueDate(calendar, dueDate, pausedThrough(pauses, day));
  });
}
