import type { StoredEvent } from '@lib/event-store';
import { evolve, initialState, type TaskState } from '@lib/domain/task';
import { toRecordedTaskEvent } from '@lib/read-models/task-custody';

export { toRecordedTaskEvent };

export function foldTask(events: ReadonlyArray<StoredEvent>): TaskState {
  return events.reduce<TaskState>((state, event) => evolve(state, toRecordedTaskEvent(event)), initialState());
}
