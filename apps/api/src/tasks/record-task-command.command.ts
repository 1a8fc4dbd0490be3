import { Command } from '@nestjs/cqrs';
import type { TaskCommand, TaskState } from '@lib/domain/task';
import type { ImportOrigin } from '@lib/event-store';
import type { EventSummary } from '../event-store/event-summary';

/** A recorded event as a command's answer cites it. */
export type RecordedTaskEventSummary = EventSummary;

export interface TaskCommandResult {
  taskId: string;
  streamVersion: number;
  events: RecordedTaskEventSummary[];
}

export interface CommandTrace {
  commandId: string;
  correlationId: string;
  causationId: string | null;
  /** History loaded in bulk: its source and batch, carried into every event's metadata. */
  import?: ImportOrigin;
}

/**
 * A validated task command on its way to the task stream. `build` turns the task's current state into
 * the domain command (most ignore it; a reassignment keeps what it does not change); it is pure, so a
 * retry after a lost race builds from the newer state.
 */
export class RecordTaskCommand extends Command<TaskCommandResult> {
  constructor(
    readonly taskId: string,
    readonly build: (state: TaskState) => TaskCommand,
    readonly trace: CommandTrace,
    readonly options: { mustBeNew?: boolean } = {},
  ) {
    super();
  }
}
