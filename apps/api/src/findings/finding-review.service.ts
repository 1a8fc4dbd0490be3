import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable } from '@nestjs/common';
import {
  createFindingReviewDecider,
  findingReviewStreamId,
  type FindingReviewCommand,
  type FindingReviewEvent,
  type RecordedFindingReviewEvent,
} from '@lib/domain/finding-review';
import { WrongExpectedVersionError, type EventStore, type NewEvent, type StoredEvent } from '@lib/event-store';
import type { Principal } from '../auth/principal';
import { CLOCK, type Clock } from '../clock/clock';
import { nameBasedUuid } from '../commands/name-based-uuid';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../database/database.tokens';
import { EVENT_STORE } from '../event-store/event-store.module';
import { problem } from '../http/problem-details.filter';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import { FindingsQuery } from './findings.query';
import type { ReviewFindingDto } from './review-finding.dto';

const REVIEW_SCHEMA_VERSION = 1;

export interface ReviewResult {
  findingId: string;
  decision: 'confirmed' | 'dismissed';
  eventId: string;
  streamVersion: number;
  globalPosition: number;
  recordedAt: string;
}

/** POST /findings/{id}/confirmation and /dismissal: the inspector's judgement, an event on the finding's review stream. */
@Injectable()
export class FindingReviewService {
  private readonly decider;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly findings: FindingsQuery,
  ) {
    this.decider = createFindingReviewDecider({ clockSkewMs: config.clockSkewMs });
  }

  async review(type: FindingReviewCommand['type'], findingId: string, principal: Principal, body: ReviewFindingDto, request: CommandRequest): Promise<ReviewResult> {
    const row = await this.findings.row(findingId);
    const finding = {
      findingId,
      taskId: row.taskId,
      ruleCode: row.ruleCode,
      ruleVersion: row.ruleVersion,
      detection: row.detection,
      namedPersonIds: [
        ...row.body.responsible.flatMap((party) => (party.personId === null ? [] : [party.personId])),
        ...row.body.supervisory.map((party) => party.personId),
      ],
    };
    const commandId = request.commandId ?? randomUUID();
    const now = this.clock.now().toISOString();
    const command: FindingReviewCommand = {
      type,
      data: { finding, justification: body.justification },
      context: {
        actor: { personId: principal.personId, unitId: principal.unitId, roles: principal.roles, ...(principal.position ? { position: principal.position } : {}) },
        occurredAt: body.occurredAt ? new Date(body.occurredAt).toISOString() : now,
        now,
      },
    };
    const streamId = findingReviewStreamId(findingId);
    for (let attempt = 0; ; attempt++) {
      const history = await this.store.readStream(streamId);
      const earlier = history.find((event) => event.metadata.commandId === commandId && event.metadata.actor.personId === principal.personId);
      if (earlier !== undefined) return resultOf(findingId, earlier);
      const state = history.map(recordedOf).reduce(this.decider.evolve, this.decider.initialState());
      const [event] = this.decider.decide(command, state);
      const correlation = request.headers['x-correlation-id'];
      const stored: NewEvent = {
        id: nameBasedUuid(`${principal.personId}|${commandId}|0`),
        type: event!.type,
        data: event!.data as unknown as Record<string, unknown>,
        metadata: {
          actor: { personId: principal.personId, unitId: principal.unitId },
          commandId,
          correlationId: typeof correlation === 'string' && correlation ? correlation.slice(0, 200) : commandId,
          causationId: row.detectedByEventId,
          occurredAt: command.context.occurredAt,
          schemaVersion: REVIEW_SCHEMA_VERSION,
        },
      };
      try {
        const appended = await this.store.appendToStream(streamId, [stored], { expectedVersion: history.length === 0 ? 'no_stream' : history.length - 1 });
        const [written] = appended.events;
        return {
          findingId,
          decision: event!.type === 'FindingConfirmed' ? 'confirmed' : 'dismissed',
          eventId: written!.id,
          streamVersion: written!.streamVersion,
          globalPosition: written!.globalPosition,
          recordedAt: written!.recordedAt,
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (attempt >= this.config.commandRetries) {
          throw new ConflictException(problem('concurrency-conflict', 'Concurrent modification', 409, 'Phát hiện đang được xem xét đồng thời; vui lòng thử lại.', { findingId }));
        }
      }
    }
  }
}

function recordedOf(event: StoredEvent): RecordedFindingReviewEvent {
  return {
    type: event.type as FindingReviewEvent['type'],
    data: event.data as unknown as FindingReviewEvent['data'],
    metadata: { eventId: event.id, occurredAt: event.metadata.occurredAt, actor: event.metadata.actor },
  };
}

function resultOf(findingId: string, event: StoredEvent): ReviewResult {
  return {
    findingId,
    decision: event.type === 'FindingConfirmed' ? 'confirmed' : 'dismissed',
    eventId: event.id,
    streamVersion: event.streamVersion,
    globalPosition: event.globalPosition,
    recordedAt: event.recordedAt,
  };
}
