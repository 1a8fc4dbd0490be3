import type { LocalDate, WorkingDayCalendar } from '@lib/domain/calendar';
import { parseInstant } from '@lib/domain/core';
import type { CustodyEntry } from './custody-entry';
import { localDateOf, workingDaysIn } from './local-day';

/**
 * A lawful pause of a dossier: from a supplement request (`SupplementRequested`) to the applicant's
 * complete supplement (`SupplementReceived`), or to `asOf` (or the dossier's closure) while none has come.
 * Its working days are counted as every period is (Civil Code Art. 147): the day of the request is not
 * counted, the day the supplement arrives is.
 */
export interface DossierPause {
  requestEventId: string;
  receivedEventId: string | null;
  from: string;
  /** null while the applicant has not supplied the dossier. */
  to: string | null;
  /** `to`, or the closure or `asOf` for a pause still open. */
  end: string;
  open: boolean;
  workingDays: number;
  days: LocalDate[];
}

/**
 * The pauses of a task from its entries in force, in order. A request made while one is open does not
 * start another pause; a supplement received with no open request ends nothing.
 */
export function pausesOf(entries: readonly CustodyEntry[], openUntil: string, calendar: WorkingDayCalendar): DossierPause[] {
  const pauses: DossierPause[] = [];
  let open: CustodyEntry | null = null;
  const pause = (request: CustodyEntry, received: CustodyEntry | null): DossierPause => {
    const end = received?.occurredAt ?? (Date.parse(openUntil) > request.atMs ? openUntil : request.occurredAt);
    const days = workingDaysIn(calendar, localDateOf(request.atMs), localDateOf(parseInstant(end, 'end')));
    return {
      requestEventId: request.eventId,
      receivedEventId: received?.eventId ?? null,
      from: request.occurredAt,
      to: received?.occurredAt ?? null,
      end,
      open: received === null,
      workingDays: days.length,
      days,
    };
  };
  for (const entry of entries) {
    if (entry.type === 'SupplementRequested' && open === null) open = entry;
    if (entry.type === 'SupplementReceived' && open !== null) {
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
