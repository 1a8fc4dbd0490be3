import { randomUUID } from 'node:crypto';
import { handleCommand, type CommandMetadata, type HandledCommand } from '@lib/command-handling';
import { nameBasedUuid, type CommandContext, type Decider, type DomainEvent, type Official } from '@lib/domain/core';
import type { EventStore, ImportOrigin } from '@lib/event-store';
import type { Principal } from '../auth/principal';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';

/** How a command is traced: its id (the Idempotency-Key's, or a fresh one), the correlation, the cause. */
export interface CommandTrace {
  commandId: string;
  correlationId: string;
  /** Omitted: the stream's last event before the append. */
  causationId?: string | null;
  /** History loaded in bulk: its source and batch, carried into every event's metadata. */
  import?: ImportOrigin;
}

/** The correlation id a client sent (X-Correlation-Id), else the command id. */
export function correlationOf(request: CommandRequest, commandId: string): string {
  const header = request.headers['x-correlation-id'];
  return typeof header === 'string' && header ? header.slice(0, 200) : commandId;
}

/** The trace of an HTTP command: the Idempotency-Key's command id (a fresh one without it) and the client's correlation id. */
export function traceOf(request: CommandRequest, causationId?: string | null): CommandTrace {
  const commandId = request.commandId ?? randomUUID();
  return { commandId, correlationId: correlationOf(request, commandId), ...(causationId === undefined ? {} : { causationId }) };
}

/**
 * The context of a command a principal sends: the actor (with position and roles), the official a clerk records
 * for, when it happened in the office and the clock's now. Callers choose `occurredAt` (the body's, or now).
 */
export function commandContextOf(principal: Principal, occurredAt: string, now: string, onBehalfOf?: Official): CommandContext {
  return {
    actor: {
      personId: principal.personId,
      unitId: principal.unitId,
      roles: principal.roles,
      ...(principal.position ? { position: principal.position } : {}),
    },
    ...(onBehalfOf ? { onBehalfOf: { personId: onBehalfOf.personId, unitId: onBehalfOf.unitId } } : {}),
    occurredAt,
    now,
  };
}

/** Event ids name-based on the actor, the command id and the index: a retried command writes the same ids. */
export function commandEventIds(personId: string, commandId: string): (index: number) => string {
  return (index) => nameBasedUuid(`${personId}|${commandId}|${index}`);
}

/** The metadata every event of a command carries, from its context (actor, on-behalf-of, occurredAt) and trace. */
export function commandMetadataOf(context: CommandContext, trace: CommandTrace, schemaVersion: number): CommandMetadata {
  const { actor, onBehalfOf } = context;
  return {
    actor: { personId: actor.personId, unitId: actor.unitId },
    ...(onBehalfOf ? { onBehalfOf: { personId: onBehalfOf.personId, unitId: onBehalfOf.unitId } } : {}),
    commandId: trace.commandId,
    correlationId: trace.correlationId,
    ...(trace.causationId === undefined ? {} : { causationId: trace.causationId }),
    occurredAt: context.occurredAt,
    schemaVersion,
    ...(trace.import ? { import: trace.import } : {}),
  };
}

/** A domain command recorded through the one command handler, with the metadata and event ids every command gets. */
export function recordCommand<Command extends { context: CommandContext }, Event extends DomainEvent, State>(
  store: EventStore,
  decider: Decider<Command, Event, State>,
  streamId: string,
  command: Command,
  trace: CommandTrace,
  options: { schemaVersion: number; retries: number },
): Promise<HandledCommand> {
  return handleCommand(store, decider, streamId, command, commandMetadataOf(command.context, trace, options.schemaVersion), {
    retries: options.retries,
    eventId: commandEventIds(command.context.actor.personId, trace.commandId),
  });
}
