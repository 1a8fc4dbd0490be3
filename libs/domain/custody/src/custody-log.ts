import { custodyEntryOf, voidingEntryOf, type CustodyEntry, type CustodySourceEvent, type VoidingEntry } from './custody-entry';

/**
 * The fold state a projection keeps per task: every primary entry in stream order, and which of
 * them were voided and by what. Plain data (JSON-serialisable), one append per event; the timeline
 * is derived from it for any `asOf`, so a voiding never needs the events again.
 */
export interface CustodyLog {
  taskId: string | null;
  entries: readonly CustodyEntry[];
  /** originalEventId → the EntryVoided that compensates it. */
  voidedBy: Readonly<Record<string, VoidingEntry>>;
}

export function emptyCustodyLog(): CustodyLog {
  return { taskId: null, entries: [], voidedBy: {} };
}

/** Applies one recorded event; corrections change descriptive fields only and leave the log as it was. */
export function evolveCustodyLog(log: CustodyLog, event: CustodySourceEvent): CustodyLog {
  if (event.type === 'EntryVoided') {
    return { ...log, voidedBy: { ...log.voidedBy, [event.data.originalEventId]: voidingEntryOf(event) } };
  }
  const entry = custodyEntryOf(event);
  if (entry === null) return log;
  if (log.entries.some((known) => known.eventId === entry.eventId)) return log;
  const taskId = log.taskId ?? (event.type === 'TaskAssigned' ? event.data.taskId : null);
  return { taskId, entries: [...log.entries, entry], voidedBy: log.voidedBy };
}

export function custodyLogOf(events: Iterable<CustodySourceEvent>): CustodyLog {
  let log = emptyCustodyLog();
  for (const event of events) log = evolveCustodyLog(log, event);
  return log;
}

export function isVoided(log: CustodyLog, eventId: string): boolean {
  return Object.hasOwn(log.voidedBy, eventId);
}

/**
 * The custody entries in force as of `asOfMs`: those that occurred by then and that no `EntryVoided` compensates,
 * whatever the voiding's own date. The same rule as the task lib's `entriesInForce`, kept on the compact log the
 * projection stores (a spec checks that both name the same entries); corrections are not applied here because no
 * field custody reads is correctable (`entry.decide.ts`).
 */
export function custodyEntriesInForce(log: CustodyLog, asOfMs: number): CustodyEntry[] {
  return log.entries.filter((entry) => entry.atMs <= asOfMs && !isVoided(log, entry.eventId));
}
