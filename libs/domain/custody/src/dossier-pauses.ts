import { type LocalDate, localDateOf, type WorkingDayCalendar, workingDaysIn } from '@lib/domain/calendar';
import { parseInstant } from '@lib/domain/core';
import type { CustodyEntry } from './custody-entry';

/**
 * A lawful pause of a dossier: from a supplement request (`SupplementRequested`) to the applicant's
 * complete supplement (`SupplementReceived`), or to `asOf` while the open dossier still waits. Its working
 * days are counted as every period is (Civil Code Art. 147): the day of the request is not counted, the
 * day the supplement arrives is. A request still unanswered when the result is returned or the dossier is
 * closed counts no day (`receivedEventId: null`, not `open`): the record does not show when the waiting
 * ended, and a holder cannot stop the clock by asking and never recording the supplement.
 */
export interface DossierPause {
  requestEventId: string;
  receivedEventId: string | null;
  from: string;
  /** null while the applicant has not supplied the dossier (or never did). */
  to: string | null;
  /** `to`; `asOf` for a pause still open; the result or closure that overtook an unanswered request. */
  end: string;
  /** The dossier still waits for the applicant at `asOf`. */
  open: boolean;
  workingDays: number;
  days: LocalDate[];
}

const OVERTAKING: ReadonlySet<string> = new Set(['ResultReturned', 'TaskCompleted', 'TaskCancelled']);

/**
 * The pauses of a task from its entries in force (by `asOf`), in order. A request made while one is open
 * does not start another pause; a supplement received with no open request ends nothing.
 */
export function pausesOf(entries: readonly CustodyEntry[], asOf: string, calendar: WorkingDayCalendar): DossierPause[] {
  const pauses: DossierPause[] = [];
  let open: CustodyEntry | null = null;
  const pause = (request: CustodyEntry, end: CustodyEntry | null): DossierPause => {
    const received = end !== null && end.type === 'SupplementReceived' ? end : null;
    const endsAt = end?.occurredAt ?? asOf;
    const unanswered = end !== null && received === null;
    const days = unanswered ? [] : workingDaysIn(calendar, localDateOf(request.atMs), localDateOf(parseInstant(endsAt, 'end')));
    return {
      requestEventId: request.eventId,
      receivedEventId: received?.eventId ?? null,
      from: request.occurredAt,
      to: received?.occurredAt ?? null,
      end: endsAt,
      open: end === null,
      workingDays: days.length,
      days,
    };
  };
  for (const entry of entries) {
    if (entry.type === 'SupplementRequested' && open === null) open = entry;
    else if (open !== null && (entry.type === 'SupplementReceived' || OVERTAKING.has(entry.type))) {
      pauses.push(pause(open, entry));
      open = null;
    }
  }
  if (open !== null) pauses.push(pause(open, null));
  return pauses;
}

export function pausedDaySet(pauses: readonly DossierPause[]): ReadonlySet<LocalDate> {
  return new Set(pauses.flatMap((pause) => pause.days));
}

/** Paused working days on or before `day`: the working days a deadline in force that day moves by. */
export function pausedThrough(pauses: readonly DossierPause[], day: LocalDate): number {
  return pauses.reduce((sum, pause) => sum + pause.days.filter((paused) => paused <= day).length, 0);
}

/** Paused working days in (after, through]. */
export function pausedIn(pauses: readonly DossierPause[], after: LocalDate, through: LocalDate): LocalDate[] {
  return pauses.flatMap((pause) => pause.days.filter((day) => day > after && day <= through));
}

/** A due date moved by `paused` working days (unchanged when none). */
export function movedDueDate(calendar: WorkingDayCalendar, dueDate: LocalDate, paused: number): LocalDate {
  return paused === 0 ? dueDate : calendar.addWorkingDays(dueDate, paused);
}

/** An instant moved from its local day to another, keeping the local time (Viet Nam keeps no summer time). */
export function movedInstant(instant: string, fromDay: LocalDate, toDay: LocalDate): string {
  if (fromDay === toDay) return instant;
  const shift = Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`);
  return new Date(parseInstant(instant, 'instant') + shift).toISOString();
}
