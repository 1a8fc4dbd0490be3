import { recordedEventOf } from '@lib/command-handling';
import type { RecordedTaskEvent, TaskEvent } from '@lib/domain/task';
import type { StoredEvent } from '@lib/event-store';

/** The domain's view of a stored task event: the one stored-to-domain mapping, typed for tasks. */
export function toRecordedTaskEvent(event: StoredEvent): RecordedTaskEvent {
  return recordedEventOf<TaskEvent>(event);
}
