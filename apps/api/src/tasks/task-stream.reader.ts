import { foldStream } from '@lib/command-handling';
import { evolve, initialState, type TaskEvent, type TaskState } from '@lib/domain/task';
import type { StoredEvent } from '@lib/event-store';
import { toRecordedTaskEvent } from '@lib/read-models/task-custody';

export { toRecordedTaskEvent };

export function foldTask(events: ReadonlyArray<StoredEvent>): TaskState {
  return foldStream<TaskEvent, TaskState>({ evolve, initialState }, events);
}
