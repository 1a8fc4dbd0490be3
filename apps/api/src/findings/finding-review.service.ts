import { Inject, Injectable } from '@nestjs/common';
import { createFindingReviewDecider, findingReviewStreamId, type FindingReviewCommand } from '@lib/domain/finding-review';
import type { EventStore } from '@lib/event-store';
import { FindingsQuery } from '@lib/read-models/findings';
import type { Principal } from '../auth/principal';
import { CLOCK, type Clock } from '../clock/clock';
import { commandContextOf, recordCommand, traceOf } from '../commands/command-recording';
import type { AppConfig } from '@lib/service';
import { APP_CONFIG } from '../database/database.tokens';
import { EVENT_STORE } from '../event-store/event-store.module';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
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

  async review(
    type: FindingReviewCommand['type'],
    findingId: string,
    principal: Principal,
    body: ReviewFindingDto,
    request: CommandRequest,
  ): Promise<ReviewResult> {
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
    const now = this.clock.now().toISOString();
    const command: FindingReviewCommand = {
      type,
      data: { finding, justification: body.justification },
      context: commandContextOf(principal, body.occurredAt ? new Date(body.occurredAt).toISOString() : now, now),
    };
    const { events } = await recordCommand(this.store, this.decider, findingReviewStreamId(findingId), command, traceOf(request), {
      schemaVersion: REVIEW_SCHEMA_VERSION,
      retries: this.config.commandRetries,
    });
    const written = events[0];
    return {
      findingId,
      decision: written!.type === 'FindingConfirmed' ? 'confirmed' : 'dismissed',
      eventId: written!.id,
      streamVersion: written!.streamVersion,
      globalPosition: written!.globalPosition,
      recordedAt: written!.recordedAt,
    };
  }
}
