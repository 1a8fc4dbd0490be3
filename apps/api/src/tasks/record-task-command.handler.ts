import { ConflictException, Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { createTaskDecider, taskStreamId } from '@lib/domain/task';
import { TaskAlreadyExistsError } from './task-already-exists.error';
import { WrongExpectedVersionError, type EventStore, type NewEvent, type StoredEvent } from '@lib/event-store';
import type { AppConfig } from '@lib/service';
import { nameBasedUuid } from '../commands/name-based-uuid';
import { APP_CONFIG } from '../database/database.tokens';
import { EVENT_STORE } from '../event-store/event-store.module';
import { eventSummaryOf } from '../event-store/event-summary';
import { problem } from '../http/problem-details.filter';
import { RecordTaskCommand, type TaskCommandResult } from './record-task-command.command';
import { foldTask } from './task-stream.reader';

export const TASK_EVENT_SCHEMA_VERSION = 1;

/** Read the task stream, fold it, decide, append at the expected version; on a lost race, do it again. */
@CommandHandler(RecordTaskCommand)
export class RecordTaskCommandHandler implements ICommandHandler<RecordTaskCommand, TaskCommandResult> {
  private readonly decider;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.decider = createTaskDecider({ clockSkewMs: config.clockSkewMs });
  }

  async execute({ taskId, build, trace, options }: RecordTaskCommand): Promise<TaskCommandResult> {
    const streamId = taskStreamId(taskId);
    for (let attempt = 0; ; attempt++) {
      const history = await this.store.readStream(streamId);
      const state = foldTask(history);
      const command = build(state);
      const alreadyRecorded = history.filter(
        (event) => event.metadata.commandId === trace.commandId && event.metadata.actor.personId === command.context.actor.personId,
      );
      if (alreadyRecorded.length > 0) return summarise(taskId, alreadyRecorded);
      if (options.mustBeNew && history.length > 0) throw new TaskAlreadyExistsError(taskId);
      const decided = this.decider.decide(command, state);
      const { actor, onBehalfOf, occurredAt } = command.context;
      const events: NewEvent[] = decided.map((event, index) => ({
        id: nameBasedUuid(`${actor.personId}|${trace.commandId}|${index}`),
        type: event.type,
        data: event.data as unknown as Record<string, unknown>,
        metadata: {
          actor: { personId: actor.personId, unitId: actor.unitId },
          ...(onBehalfOf ? { onBehalfOf: { personId: onBehalfOf.personId, unitId: onBehalfOf.unitId } } : {}),
          commandId: trace.commandId,
          correlationId: trace.correlationId,
          causationId: trace.causationId,
          occurredAt: new Date(occurredAt).toISOString(),
          schemaVersion: TASK_EVENT_SCHEMA_VERSION,
          ...(trace.import ? { import: { source: trace.import.source, batchId: trace.import.batchId } } : {}),
        },
      }));
      const expectedVersion = history.length === 0 ? 'no_stream' : history.length - 1;
      try {
        const appended = await this.store.appendToStream(streamId, events, { expectedVersion });
        return {
          taskId,
          streamVersion: appended.nextExpectedVersion,
          events: appended.events.map((stored, index) => ({
            eventId: stored.id,
            type: events[index]!.type,
            streamVersion: stored.streamVersion,
            globalPosition: stored.globalPosition,
            occurredAt: events[index]!.metadata.occurredAt,
            recordedAt: stored.recordedAt,
          })),
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (attempt >= this.config.commandRetries) {
          throw new ConflictException(
            problem('concurrency-conflict', 'Concurrent modification', 409, 'Nhiệm vụ đang được cập nhật đồng thời; vui lòng thử lại.', {
              taskId,
              attempts: attempt + 1,
            }),
          );
        }
        // Full jitter, growing: writers racing on one task spread out instead of colliding again.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(400, 10 * 2 ** attempt)));
      }
    }
  }
}

function summarise(taskId: string, events: StoredEvent[]): TaskCommandResult {
  return {
    taskId,
    streamVersion: events[events.length - 1]!.streamVersion,
    events: events.map(eventSummaryOf),
  };
}
