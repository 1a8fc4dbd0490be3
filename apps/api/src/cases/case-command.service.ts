import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { localDateOf } from '@lib/domain/calendar';
import { nameBasedUuid, type CommandContext } from '@lib/domain/core';
import {
  createDisciplinaryCaseDecider,
  DISCIPLINARY_CASE_CATEGORY,
  disciplinaryCaseStreamId,
  findingCitations,
  type CaseStatus,
  type CaseWarning,
  type DisciplinaryCaseCommand,
  type DisciplinaryCaseEvent,
  type DisciplineForm,
  type FindingCitation,
  type RecordedDisciplinaryCaseEvent,
} from '@lib/domain/discipline';
import { recordedEventOf, type WrittenEvent } from '@lib/command-handling';
import type { EventStore, EventSummary, StoredEvent } from '@lib/event-store';
import type { Principal } from '../auth/principal';
import { CLOCK, type Clock } from '../clock/clock';
import { commandContextOf, correlationOf, recordCommand } from '../commands/command-recording';
import type { AppConfig } from '@lib/service';
import { APP_CONFIG } from '../database/database.tokens';
import { EVENT_STORE } from '../event-store/event-store.module';
import { findingStatusOf, FindingsQuery, type FindingEntity } from '@lib/read-models/findings';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { OrganisationReadModel } from '../org/organisation.read-model';
import type { DecideCaseDto, ExtendCaseHandlingDto, ProposeCaseDto, StartCaseReviewDto, WithdrawCaseDto } from './case.dto';
import { UnknownCaseError, CasePersonNotFoundError, PersonHasNoUnitError } from './case-command.errors';
import { standingOn } from './case-subject';
import { SubjectLocks } from './subject-lock';

const CASE_SCHEMA_VERSION = 1;

/** What each command answers (201): the step recorded, the case's status after it, and any warnings. */
export interface CaseCommandResult extends EventSummary {
  caseId: string;
  status: CaseStatus;
  warnings: CaseWarning[];
}

/** The status a step moves the case to; an extension of the handling period leaves it where it was. */
const STATUS_AFTER: Readonly<Record<DisciplinaryCaseEvent['type'], CaseStatus | null>> = {
  DisciplinaryCaseProposed: 'proposed',
  DisciplinaryCaseReviewStarted: 'under_review',
  DisciplinaryCaseDecided: 'decided',
  DisciplinaryCaseWithdrawn: 'withdrawn',
  DisciplinaryCaseHandlingExtended: null,
};

/** The case's status after these events of its stream. */
function statusAfter(events: ReadonlyArray<Pick<StoredEvent, 'type'>>): CaseStatus {
  let status: CaseStatus = 'proposed';
  for (const event of events) status = STATUS_AFTER[event.type as DisciplinaryCaseEvent['type']] ?? status;
  return status;
}

const CITATION_PAGE = 500;

/** POST /cases and its steps: each an event on the case's stream `disciplinary_case-<id>`, idempotent under an Idempotency-Key. */
@Injectable()
export class CaseCommandService {
  private readonly decider;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly findings: FindingsQuery,
    private readonly organisation: OrganisationReadModel,
    private readonly jurisdiction: JurisdictionService,
    private readonly locks: SubjectLocks,
  ) {
    this.decider = createDisciplinaryCaseDecider({ clockSkewMs: config.clockSkewMs });
  }

  async propose(principal: Principal, body: ProposeCaseDto, request: CommandRequest): Promise<CaseCommandResult> {
    const organisation = this.organisation.current;
    if (!organisation.hasPerson(body.personId)) {
      throw new CasePersonNotFoundError(body.personId);
    }
    this.jurisdiction.assertPersonVisible(principal, body.personId);
    const commandId = request.commandId ?? randomUUID();
    const context = this.contextOf(principal, body.occurredAt);
    const standing = standingOn(organisation, body.personId, localDateOf(context.occurredAt));
    if (standing.unitId === null) {
      throw new PersonHasNoUnitError(body.personId);
    }
    const unitId = standing.unitId;
    const rows: FindingEntity[] = [];
    for (const findingId of body.findingIds) rows.push(await this.findings.row(findingId.toLowerCase()));
    const caseId = nameBasedUuid(`disciplinary_case|${principal.personId}|${commandId}`);
    // Disciplined once: which other cases cite these findings is read from every case stream while no other
    // proposal for this person can be appended (see SubjectLocks), so two racing proposals cannot both pass.
    return this.locks.run(body.personId, async () => {
      const citations = await this.citations();
      const cited = rows.map((row) => ({
        findingId: row.findingId,
        taskId: row.taskId,
        ruleCode: row.ruleCode,
        ruleVersion: row.ruleVersion,
        status: findingStatusOf(row),
        on: row.body.on,
        namedPersonIds: [
          ...row.body.responsible.flatMap((party) => (party.personId === null ? [] : [party.personId])),
          ...row.body.supervisory.map((party) => party.personId),
        ],
        confirmedOn: confirmedOnOf(row.reviews) ?? row.body.on,
        citedBy: citations.get(row.findingId) ?? [],
      }));
      return this.execute(caseId, commandId, request, {
        type: 'ProposeCase',
        data: {
          caseId,
          subject: { personId: body.personId, unitId, electedCadre: body.electedCadre ?? false, holdsLeadership: standing.holdsLeadership },
          proposedForm: body.proposedForm as DisciplineForm,
          grounds: body.grounds,
          findings: cited,
        },
        context,
      });
    });
  }

  async startReview(caseId: string, principal: Principal, body: StartCaseReviewDto, request: CommandRequest): Promise<CaseCommandResult> {
    const commandId = request.commandId ?? randomUUID();
    await this.assertVisible(caseId, principal);
    return this.execute(caseId, commandId, request, {
      type: 'StartCaseReview',
      data: { caseId, note: body.note ?? null },
      context: this.contextOf(principal, body.occurredAt),
    });
  }

  async decide(caseId: string, principal: Principal, body: DecideCaseDto, request: CommandRequest): Promise<CaseCommandResult> {
    const commandId = request.commandId ?? randomUUID();
    const { personId } = await this.assertVisible(caseId, principal);
    const context = this.contextOf(principal, body.occurredAt);
    const standing = standingOn(this.organisation.current, personId, localDateOf(context.occurredAt));
    return this.locks.run(personId, async () => {
      const citedBy = Object.fromEntries(await this.citations());
      return this.execute(caseId, commandId, request, {
        type: 'DecideCase',
        data: {
          caseId,
          form: body.form as DisciplineForm,
          document: {
            number: body.document.number,
            date: body.document.date,
            signer: { name: body.document.signer.name, title: body.document.signer.title },
          },
          holdsLeadership: standing.holdsLeadership,
          limitationAcknowledged: body.limitationAcknowledged ?? false,
          citedBy,
        },
        context,
      });
    });
  }

  async withdraw(caseId: string, principal: Principal, body: WithdrawCaseDto, request: CommandRequest): Promise<CaseCommandResult> {
    const commandId = request.commandId ?? randomUUID();
    await this.assertVisible(caseId, principal);
    return this.execute(caseId, commandId, request, {
      type: 'WithdrawCase',
      data: { caseId, reason: body.reason },
      context: this.contextOf(principal, body.occurredAt),
    });
  }

  async extendHandling(
    caseId: string,
    principal: Principal,
    body: ExtendCaseHandlingDto,
    request: CommandRequest,
  ): Promise<CaseCommandResult> {
    const commandId = request.commandId ?? randomUUID();
    const { status } = await this.assertVisible(caseId, principal);
    const command: DisciplinaryCaseCommand = {
      type: 'ExtendCaseHandling',
      data: { caseId, limitDays: body.limitDays, reason: body.reason },
      context: this.contextOf(principal, body.occurredAt),
    };
    return this.execute(caseId, commandId, request, command, status);
  }

  /** 404 for an unknown case, 403 outside the jurisdiction; the person the case is about and its status otherwise. */
  private async assertVisible(caseId: string, principal: Principal): Promise<{ personId: string; status: CaseStatus }> {
    const events = await this.store.readStream(disciplinaryCaseStreamId(caseId));
    const [first] = events;
    if (first === undefined) throw new UnknownCaseError(caseId);
    const personId = (first.data as { personId: string }).personId;
    this.jurisdiction.assertPersonVisible(principal, personId);
    return { personId, status: statusAfter(events) };
  }

  /** Every finding cited by a case not withdrawn, with the cases citing it, from the case streams themselves (not a lagging read model). */
  private async citations(): Promise<Map<string, FindingCitation[]>> {
    await this.store.awaitVisibility();
    const events: DisciplinaryCaseEvent[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await this.store.readAll({
        limit: CITATION_PAGE,
        categories: [DISCIPLINARY_CASE_CATEGORY],
        ...(after === undefined ? {} : { after }),
      });
      for (const event of page) events.push(recordedOf(event));
      if (page.length < CITATION_PAGE) return findingCitations(events);
      after = page.at(-1)!.checkpoint;
    }
  }

  private contextOf(principal: Principal, occurredAt: string | undefined): CommandContext {
    const now = this.clock.now().toISOString();
    return commandContextOf(principal, occurredAt ? new Date(occurredAt).toISOString() : now, now);
  }

  private async execute(
    caseId: string,
    commandId: string,
    request: CommandRequest,
    command: DisciplinaryCaseCommand,
    statusBefore: CaseStatus = 'proposed',
  ): Promise<CaseCommandResult> {
    const { events } = await recordCommand(
      this.store,
      this.decider,
      disciplinaryCaseStreamId(caseId),
      command,
      { commandId, correlationId: correlationOf(request, commandId) },
      {
        schemaVersion: CASE_SCHEMA_VERSION,
        retries: this.config.commandRetries,
      },
    );
    return resultOf(caseId, events[0]!, statusBefore);
  }
}

function recordedOf(event: StoredEvent): RecordedDisciplinaryCaseEvent {
  return recordedEventOf<DisciplinaryCaseEvent>(event);
}

function warningsOf(data: unknown): CaseWarning[] {
  const warnings = (data as { warnings?: CaseWarning[] }).warnings;
  return Array.isArray(warnings) ? warnings : [];
}

/** The day of the confirmation in force: the latest review, when it confirms. */
function confirmedOnOf(reviews: ReadonlyArray<{ decision: string; occurredAt: string }>): string | null {
  const last = reviews.at(-1);
  return last?.decision === 'confirmed' ? localDateOf(last.occurredAt) : null;
}

function resultOf(caseId: string, event: WrittenEvent, statusBefore: CaseStatus): CaseCommandResult {
  return {
    caseId,
    status: STATUS_AFTER[event.type as DisciplinaryCaseEvent['type']] ?? statusBefore,
    eventId: event.id,
    type: event.type,
    streamVersion: event.streamVersion,
    globalPosition: event.globalPosition,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    warnings: warningsOf(event.data),
  };
}
