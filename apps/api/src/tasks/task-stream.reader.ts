import { foldStream, recordedEventOf } from '@lib/command-handling';
import { evolve, initialState, type RecordedTaskEvent, type TaskEvent, type TaskState } from '@lib/domain/task';
import type { StoredEvent } from '@lib/event-store';

/** The domain's view of a stored task event: its data plus the metadata the decider may rely on. */
export function toRecordedTaskEvent(event: StoredEvent): RecordedTaskEvent {
  return recordedEventOf<TaskEvent>(event);
}

export function foldTask(events: ReadonlyArray<StoredEvent>): TaskState {
  return foldStream<TaskEvent, TaskState>({ evolve, initialState }, events);
}
