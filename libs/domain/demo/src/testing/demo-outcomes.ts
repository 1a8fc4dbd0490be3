import type { RecordedTaskEvent, TaskState } from '@lib/domain/task';
import type { DemoTask } from '../demo-task.types';
import { play } from './demo.fixture';

export type Outcome = 'completed_on_time' | 'completed_late' | 'cancelled' | 'open_in_time' | 'open_overdue';

export interface FoldedTask {
  task: DemoTask;
  events: RecordedTaskEvent[];
  state: Exclude<TaskState, { status: 'initial' }>;
  outcome: Outcome;
}

/** Each task folded, with its status as a tracker reports it at `until`. */
export function fold(tasks: readonly DemoTask[], until: string): FoldedTask[] {
  return tasks.map((task) => {
    const { events, state } = play(task);
    if (state.status === 'initial') throw new Error(`${task.taskId} was never assigned`);
    const due = state.deadline.dueAt === null ? Number.POSITIVE_INFINITY : Date.parse(state.deadline.dueAt);
    const outcome: Outcome =
      state.status === 'cancelled'
        ? 'cancelled'
        : state.status === 'completed'
          ? Date.parse(state.completion.completedAt) <= due
            ? 'completed_on_time'
            : 'completed_late'
          : Date.parse(until) <= due
            ? 'open_in_time'
            : 'open_overdue';
    return { task, events, state, outcome };
  });
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
