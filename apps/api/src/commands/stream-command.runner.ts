import { ConflictException } from '@nestjs/common';
import type { Decider, DomainEvent, RecordedEvent } from '@lib/domain/core';
import { WrongExpectedVersionError, type EventStore, type NewEvent, type StoredEvent } from '@lib/event-store';
import type { Principal } from '../auth/principal';
import { problem } from '../http/problem-details.filter';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import { nameBasedUuid } from './name-based-uuid';

/** The stored form of a decided event, as the store handed it back (or found it, on a replay). */
export type WrittenEvent = Pick<StoredEvent, 'id' | 'type' | 'data' | 'streamVersion' | 'globalPosition' | 'recordedAt'> & { occurredAt: string };

export interface StreamCommand<Command, Event extends DomainEvent, State> {
  streamId: string;
  decider: Decider<Command, Event, State>;
  /** The stored event as the decider's `evolve` reads it. */
  recordedOf(event: StoredEvent): RecordedEvent<Event>;
  command: Command & { context: { occurredAt: string } };
  principal: Principal;
  commandId: string;
  request: CommandRequest;
  schemaVersion: number;
  retries: number;
  /** Vietnamese detail of the 409 when every retry lost the race. */
  conflictDetail: string;
  conflictContext: Record<string, unknown>;
}

/** The correlation id a client sent (X-Correlation-Id), else the command id. */
export function correlationOf(request: CommandRequest, commandId: string): string {
  const header = request.headers['x-correlation-id'];
  return typeof header === 'string' && header ? header.slice(0, 200) : commandId;
}

/**
 * One command on one stream: read, fold, decide, append at the version read; on a lost race do it again,
 * a bounded number of times, then 409. A command already recorded under this command id by this principal
 * is answered from the stream (a retry without the Idempotency-Key cache records nothing twice). Event ids
 * are name-based on principal, command id and index.
 */
export async function runStreamCommand<Command, Event extends DomainEvent, State>(store: EventStore, spec: StreamCommand<Command, Event, State>): Promise<WrittenEvent[]> {
  const { streamId, decider, principal, commandId, command } = spec;
  for (let attempt = 0; ; attempt++) {
    const history = await store.readStream(streamId);
    const earlier = history.filter((event) => event.metadata.commandId === commandId && event.metadata.actor.personId === principal.personId);
    if (earlier.length > 0) return earlier.map((event) => ({ ...event, occurredAt: event.metadata.occurredAt }));
    const state = history.map((event) => spec.recordedOf(event)).reduce(decider.evolve, decider.initialState());
    const decided = decider.decide(command, state);
    const events: NewEvent[] = decided.map((event, index) => ({
      id: nameBasedUuid(`${principal.personId}|${commandId}|${index}`),
      type: event.type,
      data: event.data as Record<string, unknown>,
      metadata: {
        actor: { personId: principal.personId, unitId: principal.unitId },
        commandId,
        correlationId: correlationOf(spec.request, commandId),
        causationId: history.at(-1)?.id ?? null,
        occurredAt: command.context.occurredAt,
        schemaVersion: spec.schemaVersion,
      },
    }));
    try {
      const appended = await store.appendToStream(streamId, events, { expectedVersion: history.length === 0 ? 'no_stream' : history.length - 1 });
      return appended.events.map((written, index) => ({ ...written, type: events[index]!.type, data: events[index]!.data, occurredAt: command.context.occurredAt }));
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if (attempt >= spec.retries) {
        throw new ConflictException(problem('concurrency-conflict', 'Concurrent modification', 409, spec.conflictDetail, { ...spec.conflictContext, attempts: attempt + 1 }));
      }
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * (attempt + 1)));
    }
  }
}
