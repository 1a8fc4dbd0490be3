import type { StoredEvent } from '@lib/event-store';
import { evolve, initialState, type RecordedTaskEvent, type TaskState } from '@lib/domain/task';
import type { EventMetadata as StoredMetadata } from '@lib/event-store';

/** The domain's view of a stored task event: its data plus the metadata the decider may rely on. */
export function toRecordedTaskEvent(event: StoredEvent): RecordedTaskEvent {
  const metadata = event.metadata as StoredMetadata & { actorPosition?: string };
  return {
    type: event.type,
    data: event.data,
    metadata: {
      eventId: event.id,
      occurredAt: metadata.occurredAt,
      actor: metadata.actor,
      ...(metadata.onBehalfOf ? { onBehalfOf: metadata.onBehalfOf } : {}),
    },
  } as RecordedTaskEvent;
}

export function foldTask(events: ReadonlyArray<StoredEvent>): TaskState {
  return events.reduce<TaskState>((state, event) => evolve(state, toRecordedTaskEvent(event)), initialState());
}
