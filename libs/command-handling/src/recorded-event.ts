import type { DomainEvent, RecordedEvent } from '@lib/domain/core';
import type { StoredEvent } from '@lib/event-store';

/** The domain's view of a stored event: its type and data plus the metadata a decider may rely on. */
export function recordedEventOf<Event extends DomainEvent>(event: StoredEvent): RecordedEvent<Event> {
  const { metadata } = event;
  return {
    type: event.type,
    data: event.data,
    metadata: {
      eventId: event.id,
      occurredAt: metadata.occurredAt,
      actor: metadata.actor,
      ...(metadata.onBehalfOf ? { onBehalfOf: metadata.onBehalfOf } : {}),
    },
  } as unknown as RecordedEvent<Event>;
}

/** Fold a stream with a decider's `evolve`. */
export function foldStream<Event extends DomainEvent, State>(
  decider: { evolve(state: State, event: RecordedEvent<Event>): State; initialState(): State },
  events: ReadonlyArray<StoredEvent>,
): State {
  return events.reduce((state, event) => decider.evolve(state, recordedEventOf<Event>(event)), decider.initialState());
}
