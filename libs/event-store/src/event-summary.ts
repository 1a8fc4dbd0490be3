import type { StoredEvent } from './stored-event';

/** A stored event as responses cite it: identity, place in its stream and in the log, both times. */
export interface EventSummary {
  eventId: string;
  type: string;
  streamVersion: number;
  globalPosition: number;
  occurredAt: string;
  recordedAt: string;
}

export function eventSummaryOf(event: StoredEvent): EventSummary {
  return {
    eventId: event.id,
    type: event.type,
    streamVersion: event.streamVersion,
    globalPosition: event.globalPosition,
    occurredAt: event.metadata.occurredAt,
    recordedAt: event.recordedAt,
  };
}
