import { Inject, Injectable } from '@nestjs/common';
import { handleCommand } from '@lib/command-handling';
import { DomainError, type CommandContext } from '@lib/domain/core';
import {
  AppointmentNotFoundError,
  createPersonDecider,
  createUnitDecider,
  DelegationNotFoundError,
  personStreamId,
  unitStreamId,
  UnitNotFoundError,
  type OrgCommand,
} from '@lib/domain/org';
import type { EventStore, ImportOrigin } from '@lib/event-store';
import type { Principal } from '../auth/principal';
import { CLOCK, type Clock } from '../clock/clock';
import { commandEventIds, traceOf as commandTraceOf } from '../commands/command-recording';
import type { AppConfig } from '@lib/service';
import { APP_CONFIG } from '../database/database.tokens';
import { EVENT_STORE } from '../event-store/event-store.module';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import type { OrgCommandResult } from './org-command.dto';
import { OrganisationReadModel } from './organisation.read-model';
import { OrgSubjectNotFoundError } from './org-subject-not-found.error';

export const ORG_EVENT_SCHEMA_VERSION = 1;

/** Who records an organisation change and how the request is traced, for the events' metadata. */
export interface OrgTrace {
  actor: { personId: string; unitId: string };
  commandId: string;
  correlationId: string;
  /** An organisation file loaded in bulk: its source and batch, carried into every event it writes. */
  import?: ImportOrigin;
}

export function orgTraceOf(principal: Principal, request: CommandRequest): OrgTrace {
  const { commandId, correlationId } = commandTraceOf(request);
  return { actor: { personId: principal.personId, unitId: principal.unitId }, commandId, correlationId };
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
    const trace = orgTraceOf(principal, request);
    const now = this.clock.now().toISOString();
    const context: CommandContext = {
      actor: { personId: principal.personId, unitId: principal.unitId, roles: principal.roles },
      occurredAt: now,
      now,
    };
    const command = build(context);
    const streamId = command.type === 'RegisterPerson' ? personStreamId(command.data.personId) : unitStreamId(command.data.unitId);
    const result = await this.record(streamId, command, trace);
    await this.organisation.waitFor(result.events.map((event) => event.eventId));
    return result;
  }

  private async record(streamId: string, command: OrgCommand, trace: OrgTrace): Promise<OrgCommandResult> {
    const metadata = { ...trace, causationId: null, occurredAt: command.context.occurredAt, schemaVersion: ORG_EVENT_SCHEMA_VERSION };
    const lookup = this.organisation.current;
    const options = { clockSkewMs: this.config.clockSkewMs };
    const handling = { retries: this.config.commandRetries, eventId: commandEventIds(trace.actor.personId, trace.commandId) };
    try {
      const handled =
        command.type === 'RegisterPerson'
          ? await handleCommand(this.store, createPersonDecider(lookup, options), streamId, command, metadata, handling)
          : await handleCommand(this.store, createUnitDecider(lookup, options), streamId, command, metadata, handling);
      return {
        streamId,
        streamVersion: handled.streamVersion,
        events: handled.events.map(({ id, ...event }) => ({ eventId: id, ...event })),
      };
    } catch (error) {
      throw subjectNotFound(error, command) ?? error;
    }
  }
}

function subjectNotFound(error: unknown, command: OrgCommand): OrgSubjectNotFoundError | undefined {
  if (!(error instanceof DomainError)) return undefined;
  const subjectUnit = error instanceof UnitNotFoundError && error.field === 'unitId' && command.type !== 'EstablishUnit';
  if (!subjectUnit && !PATH_NOT_FOUND.has(error.code)) return undefined;
  return new OrgSubjectNotFoundError(error);
}
