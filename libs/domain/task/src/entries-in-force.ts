import type { RecordedEvent } from '@lib/domain/core';
import type { PrimaryTaskEvent, RecordedTaskEvent } from './task.events';

/** A primary entry as recorded, with the fields its corrections changed; extra properties of the source (a store position) are kept. */
export type EntryInForce<E extends RecordedTaskEvent = RecordedTaskEvent> = E & RecordedEvent<PrimaryTaskEvent>;

/**
 * The one "entries in force" fold of a task's stream: the primary entries in stream order, each once, that
 * occurred by `asOfMs`, none that an `EntryVoided` compensates (whatever the voiding's own date), each with
 * its corrections applied (the latest correction of a field wins). Corrections, voidings and lapse marks are
 * not entries. Rules, reports and read models read a task's history through this fold; custody applies the same
 * rule to the compact log its projection stores (`custodyEntriesInForce`, checked against this fold by a spec).
 */
export function entriesInForce<E extends RecordedTaskEvent>(events: readonly E[], asOfMs = Number.POSITIVE_INFINITY): EntryInForce<E>[] {
  const voided = new Set<string>();
  const corrections = new Map<string, Record<string, unknown>>();
  for (const event of events) {
    if (event.type === 'EntryVoided') voided.add(event.data.originalEventId);
    if (event.type === 'EntryCorrected')
      corrections.set(event.data.originalEventId, { ...corrections.get(event.data.originalEventId), ...event.data.fields });
  }
  const seen = new Set<string>();
  const entries: EntryInForce<E>[] = [];
  for (const event of events) {
    if (event.type === 'EntryVoided' || event.type === 'EntryCorrected' || event.type === 'DeadlineLapsed') continue;
    const { eventId, occurredAt } = event.metadata;
    if (voided.has(eventId) || seen.has(eventId) || Date.parse(occurredAt) > asOfMs) continue;
    seen.add(eventId);
    const fields = corrections.get(eventId);
    entries.push((fields === undefined ? event : { ...event, data: { ...event.data, ...fields } }) as EntryInForce<E>);
  }
  return entries;
}
