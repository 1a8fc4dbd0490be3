import type { RecordedTaskEvent } from '@lib/domain/task';

/** The ids of the entries voided by an `EntryVoided` on the task: left out of every figure. */
export function voidedIds(events: readonly RecordedTaskEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const event of events) if (event.type === 'EntryVoided') ids.add(event.data.originalEventId);
  return ids;
}

/** The events in force: not voided, occurred by `asOf`. */
export function eventsInForce(events: readonly RecordedTaskEvent[], asOf: string): RecordedTaskEvent[] {
  const voided = voidedIds(events);
  const asOfMs = Date.parse(asOf);
  return events.filter((event) => !voided.has(event.metadata.eventId) && Date.parse(event.metadata.occurredAt) <= asOfMs);
}
