import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DomainError, type CommandContext } from '@lib/domain/core';
import {
  AppointmentNotFoundError,
  decidePerson,
  decideUnit,
  DelegationNotFoundError,
  evolvePerson,
  evolveUnit,
  initialPersonState,
  initialUnitState,
  personStreamId,
  unitStreamId,
  UnitNotFoundError,
  type OrgCommand,
  type OrgEvent,
  type PersonEvent,
  type UnitEvent,
} from '@lib/domain/org';
import { WrongExpectedVersionError, type EventStore, type ImportOrigin, type NewEvent, type StoredEvent } from '@lib/event-store';
import type { Principal } from '../auth/principal';
import { CLOCK, type Clock } from '../clock/clock';
import { nameBasedUuid } from '../commands/name-based-uuid';
import type { AppConfig } from '@lib/service';
import { APP_CONFIG } from '../database/database.tokens';
import { EVENT_STORE } from '../event-store/event-store.module';
import { problem } from '../http/problem-details.filter';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import type { OrgCommandResult } from './org-command.dto';
import { OrganisationReadModel } from './organisation.read-model';

export const ORG_EVENT_SCHEMA_VERSION = 1;

/** Who records an organisation change and how the request is traced, for the events' metadata. */
export interface OrgTrace {
  actor: { personId: string; unitId: string };
  commandId: string;
  correlationId: string;
  /** An organisation file loaded in bulk: its source and batch, carried into every event it writes. */
  import?: ImportOrigin;
}

export function traceOf(principal: Principal, request: CommandRequest): OrgTrace {
  const commandId = request.commandId ?? randomUUID();
  const correlation = request.headers['x-correlation-id'];
  return {
    actor: { personId: principal.personId, unitId: principal.unitId },
    commandId,
    correlationId: typeof correlation === 'string' && correlation ? correlation.slice(0, 200) : commandId,
  };
}

export function orgEventMetadata(trace: OrgTrace, occurredAt: string): NewEvent['metadata'] {
  return {
    actor: trace.actor,
    commandId: trace.commandId,
    correlationId: trace.correlationId,
    causationId: null,
    occurredAt,
    schemaVersion: ORG_EVENT_SCHEMA_VERSION,
    ...(trace.import ? { import: { ...trace.import } } : {}),
  };
}

/** Codes whose subject is named in the path: the thing is not there (404), rather than a rule broken. */
const PATH_NOT_FOUND = new Set([AppointmentNotFoundError.code, DelegationNotFoundError.code]);

/**
 * One organisation command: fold the target stream from the store (its own rules hold strictly under
 * the expected version), check references to other streams against the read model's timeline, append,
 * retry a lost race a bounded number of times, then wait until the read model shows the change.
 */
@Injectable()
export class OrgCommandService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly organisation: OrganisationReadModel,
  ) {}

  async execute(principal: Principal, request: CommandRequest, build: (context: CommandContext) => OrgCommand): Promise<OrgCommandResult> {
    const trace = traceOf(principal, request);
    const now = this.clock.now().toISOString();
    const context: CommandContext = { actor: { personId: principal.personId, unitId: principal.unitId, roles: principal.roles }, occurredAt: now, now };
    const command = build(context);
    const streamId = command.type === 'RegisterPerson' ? personStreamId(command.data.personId) : unitStreamId(command.data.unitId);
    const result = await this.record(streamId, command, trace);
    await this.organisation.waitFor(result.events.map((event) => event.eventId));
    return result;
  }

  private async record(streamId: string, command: OrgCommand, trace: OrgTrace): Promise<OrgCommandResult> {
    for (let attempt = 0; ; attempt++) {
      const history = await this.store.readStream(streamId);
      const replayed = history.filter((event) => event.metadata.commandId === trace.commandId && event.metadata.actor.personId === trace.actor.personId);
      if (replayed.length > 0) return summarise(streamId, replayed);
      const decided = this.decide(command, history);
      const occurredAt = new Date(command.context.occurredAt).toISOString();
      const events: NewEvent[] = decided.map((event, index) => ({
        id: nameBasedUuid(`${trace.actor.personId}|${trace.commandId}|${index}`),
        type: event.type,
        data: event.data as unknown as Record<string, unknown>,
        metadata: orgEventMetadata(trace, occurredAt),
      }));
      try {
        const appended = await this.store.appendToStream(streamId, events, { expectedVersion: history.length === 0 ? 'no_stream' : history.length - 1 });
        return {
          streamId,
          streamVersion: appended.nextExpectedVersion,
          events: appended.events.map((stored, index) => ({
            eventId: stored.id,
            type: events[index]!.type,
            data: events[index]!.data,
            streamVersion: stored.streamVersion,
            globalPosition: stored.globalPosition,
            occurredAt,
            recordedAt: stored.recordedAt,
          })),
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (attempt >= this.config.commandRetries) {
          throw new ConflictException(
            problem('concurrency-conflict', 'Concurrent modification', 409, 'Đơn vị (hoặc cán bộ) đang được cập nhật đồng thời; vui lòng thử lại.', {
              streamId,
              attempts: attempt + 1,
            }),
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * (attempt + 1)));
      }
    }
  }

  private decide(command: OrgCommand, history: StoredEvent[]): OrgEvent[] {
    const options = { clockSkewMs: this.config.clockSkewMs };
    const lookup = this.organisation.current;
    try {
      if (command.type === 'RegisterPerson') {
        const state = history.reduce((folded, event) => evolvePerson(folded, asEvent<PersonEvent>(event)), initialPersonState());
        return decidePerson(command, state, lookup, options);
      }
      const state = history.reduce((folded, event) => evolveUnit(folded, asEvent<UnitEvent>(event)), initialUnitState());
      return decideUnit(command, state, lookup, options);
    } catch (error) {
      throw notFoundInPath(error, command) ?? error;
    }
  }
}

function notFoundInPath(error: unknown, command: OrgCommand): NotFoundException | undefined {
  if (!(error instanceof DomainError)) return undefined;
  const subjectUnit = error instanceof UnitNotFoundError && error.field === 'unitId' && command.type !== 'EstablishUnit';
  if (!subjectUnit && !PATH_NOT_FOUND.has(error.code)) return undefined;
  return new NotFoundException(problem('not-found', 'Not found', 404, error.detail, { rule: error.code, context: error.context }));
}

function asEvent<T extends OrgEvent>(stored: StoredEvent): T {
  return { type: stored.type, data: stored.data } as unknown as T;
}

function summarise(streamId: string, events: StoredEvent[]): OrgCommandResult {
  return {
    streamId,
    streamVersion: events[events.length - 1]!.streamVersion,
    events: events.map((event) => ({
      eventId: event.id,
      type: event.type,
      data: event.data,
      streamVersion: event.streamVersion,
      globalPosition: event.globalPosition,
      occurredAt: event.metadata.occurredAt,
      recordedAt: event.recordedAt,
    })),
  };
}
