import { Inject, Injectable } from '@nestjs/common';
import { handleCommand } from '@lib/command-handling';
import { createTaskDecider, taskStreamId, type AssignTask, type TaskCommand } from '@lib/domain/task';
import type { EventStore, EventSummary } from '@lib/event-store';
import { commandEventIds, commandMetadataOf, type CommandTrace } from '../commands/command-recording';
import type { AppConfig } from '@lib/service';
import { APP_CONFIG } from '../database/database.tokens';
import { EVENT_STORE } from '../event-store/event-store.module';

const TASK_EVENT_SCHEMA_VERSION = 1;

/** A recorded event as a command's answer cites it. */
export type RecordedTaskEventSummary = EventSummary;

export interface TaskCommandResult {
  taskId: string;
  streamVersion: number;
  events: RecordedTaskEventSummary[];
}

/**
 * Records a task command on the task's stream through the one command handler. `create` expects no stream:
 * POST /tasks never touches an existing trail (`StreamAlreadyExistsError`, answered 409 task-exists); a
 * reassignment is its own domain command (`ReassignTask`), recorded like any other.
 */
@Injectable()
export class TaskCommandRecorder {
  private readonly decider;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.decider = createTaskDecider({ clockSkewMs: config.clockSkewMs });
  }

  /** A new task: its stream must not exist yet. */
  create(taskId: string, command: AssignTask, trace: CommandTrace): Promise<TaskCommandResult> {
    return this.handle(taskId, command, trace, 'no_stream');
  }

  record(taskId: string, command: TaskCommand, trace: CommandTrace): Promise<TaskCommandResult> {
    return this.handle(taskId, command, trace, 'any');
  }

  private async handle(
    taskId: string,
    command: TaskCommand,
    trace: CommandTrace,
    expectedStreamVersion: 'no_stream' | 'any',
  ): Promise<TaskCommandResult> {
    const handled = await handleCommand(
      this.store,
      this.decider,
      taskStreamId(taskId),
      command,
      commandMetadataOf(command.context, trace, TASK_EVENT_SCHEMA_VERSION),
      {
        retries: this.config.commandRetries,
        eventId: commandEventIds(command.context.actor.personId, trace.commandId),
        expectedStreamVersion,
      },
    );
    return {
      taskId,
      streamVersion: handled.streamVersion,
      events: handled.events.map((event) => ({
        eventId: event.id,
        type: event.type,
        streamVersion: event.streamVersion,
        globalPosition: event.globalPosition,
        occurredAt: event.occurredAt,
        recordedAt: event.recordedAt,
      })),
    };
  }
}
