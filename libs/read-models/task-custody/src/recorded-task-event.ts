import type { RecordedTaskEvent } from '@lib/domain/task';
import type { EventMetadata as StoredMetadata, StoredEvent } from '@lib/event-store';

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
