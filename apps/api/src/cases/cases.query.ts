import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { localDateOf } from '@lib/domain/calendar';
import {
  DISCIPLINE_FORM_LABELS,
  disciplinaryCaseStreamId,
  handlingView,
  type CaseDecidedData,
  type CaseHandlingExtendedData,
  type CaseProposedData,
  type CaseReviewStartedData,
  type CaseWithdrawnData,
  type DisciplineForm,
  type HandlingPeriod,
  type HandlingState,
  type HandlingView,
  type HandlingWarning,
} from '@lib/domain/discipline';
import { eventSummaryOf, type EventStore, type EventSummary, type StoredEvent } from '@lib/event-store';
import type { Principal } from '../auth/principal';
import { CLOCK, type Clock } from '../clock/clock';
import type { AppConfig } from '@lib/service';
import { APP_CONFIG } from '../database/database.tokens';
import { EVENT_STORE } from '../event-store/event-store.module';
import { invalidParam, pageLimit, singleParam } from '../http/query-params';
import { unitListOf } from '../jurisdiction/jurisdiction';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { OrganisationReadModel } from '../org/organisation.read-model';
import type { CaseStatus } from '@lib/domain/discipline';
import { CaseNotFoundError } from './case-command.errors';

export const CASE_STATUSES = ['proposed', 'under_review', 'decided', 'withdrawn'] as const;

export interface CaseFilter {
  person: string | null;
  unit: string | null;
  status: CaseStatus | null;
  limit: number;
}

export interface CaseSummary {
  caseId: string;
  personId: string;
  personName: string | null;
  unitId: string;
  status: CaseStatus;
  proposedForm: string;
  decidedForm: string | null;
  findingIds: string[];
  warningCount: number;
  proposedAt: string;
  lastEventAt: string;
  /** The last day of the handling period (null for a case recorded before it was kept). */
  handlingDeadline: string | null;
  /** Days left to the deadline as of today; negative once past it; null for a closed case. */
  daysLeft: number | null;
  handlingState: HandlingState | null;
  /** Warnings about the handling period, Vietnamese. */
  handlingWarnings: HandlingWarning[];
}

interface Step {
  eventId: string;
  occurredAt: string;
  recordedAt: string;
  by: { personId: string; unitId: string };
}

export interface CaseDetail {
  caseId: string;
  personId: string;
  personName: string | null;
  unitId: string;
  status: CaseStatus;
  electedCadre: boolean;
  holdsLeadership: boolean;
  proposedForm: DisciplineForm;
  proposedFormLabel: string;
  grounds: string;
  findings: CaseProposedData['findings'];
  limitation: CaseProposedData['limitation'];
  warnings: CaseProposedData['warnings'];
  proposal: Step;
  review: (Step & { note: string | null }) | null;
  decision: (Step & Omit<CaseDecidedData, 'caseId' | 'personId' | 'proposedForm'> & { formLabel: string }) | null;
  withdrawal: (Step & { reason: string }) | null;
  /**
   * The time limit for handling the case as of today (Decree 172/2025: 90 days from the earliest
   * confirmation of a cited finding, extendable to 150): deadline, days left, state and warnings. Null for a
   * case recorded before the period was kept.
   */
  handling: HandlingView | null;
  extensions: Array<Step & Omit<CaseHandlingExtendedData, 'caseId' | 'personId'>>;
  version: number;
  events: EventSummary[];
}

export function parseCaseFilter(query: Record<string, unknown>): CaseFilter {
  const known = new Set(['person', 'unit', 'status', 'limit']);
  for (const key of Object.keys(query))
    if (!known.has(key))
      throw invalidParam(
        key,
        `unknown parameter; known: ${[...known].join(', ')}`,
        `tham số không được hỗ trợ; các tham số được nhận: ${[...known].join(', ')}`,
      );
  const status = singleParam(query, 'status');
  if (status !== null && !(CASE_STATUSES as readonly string[]).includes(status))
    throw invalidParam('status', `must be one of ${CASE_STATUSES.join(', ')}`, `phải là một trong: ${CASE_STATUSES.join(', ')}`);
  return {
    person: singleParam(query, 'person'),
    unit: singleParam(query, 'unit'),
    status: status as CaseStatus | null,
    limit: pageLimit(query, 50, 200),
  };
}

/** GET /cases (the disciplinary_cases read model, within the reader's jurisdiction) and GET /cases/{id} (folded from the case's stream). */
@Injectable()
export class CasesQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organisation: OrganisationReadModel,
    private readonly jurisdiction: JurisdictionService,
  ) {}

  async list(principal: Principal, filter: CaseFilter): Promise<{ items: CaseSummary[] }> {
    const units = unitListOf(this.jurisdiction.of(principal));
    const rows: Array<Record<string, any>> = await this.dataSource.query(
      `SELECT case_id, person_id, unit_id, status, proposed_form, decided_form, finding_ids, warning_count, proposed_at, last_event_at,
              to_char(handling_starts_on, 'YYYY-MM-DD') AS handling_starts_on, handling_limit_days, to_char(handling_deadline, 'YYYY-MM-DD') AS handling_deadline,
              to_char(decided_on, 'YYYY-MM-DD') AS decided_on
         FROM rm_disciplinary_case
        WHERE ($1::text[] IS NULL OR unit_id = ANY($1)) AND ($2::text IS NULL OR person_id = $2) AND ($3::text IS NULL OR unit_id = $3) AND ($4::text IS NULL OR status = $4)
        ORDER BY proposed_at DESC, case_id DESC LIMIT $5`,
      [units, filter.person, filter.unit, filter.status, filter.limit],
    );
    const today = localDateOf(this.clock.now().getTime());
    return {
      items: rows.map((row) => ({
        caseId: row['case_id'],
        personId: row['person_id'],
        personName: this.nameOf(row['person_id']),
        unitId: row['unit_id'],
        status: row['status'],
        proposedForm: row['proposed_form'],
        decidedForm: row['decided_form'],
        findingIds: row['finding_ids'],
        warningCount: row['warning_count'],
        proposedAt: new Date(row['proposed_at']).toISOString(),
        lastEventAt: new Date(row['last_event_at']).toISOString(),
        ...this.handlingOf(row, today),
      })),
    };
  }

  /** The case folded from its stream; 404 when unknown, 403 when its person lies outside the reader's jurisdiction. */
  async detail(principal: Principal, caseId: string): Promise<{ detail: CaseDetail; events: StoredEvent[] }> {
    const events = await this.store.readStream(disciplinaryCaseStreamId(caseId));
    if (events.length === 0) throw new CaseNotFoundError(caseId);
    const detail = foldDetail(
      events,
      (personId) => this.nameOf(personId),
      localDateOf(this.clock.now().getTime()),
      this.config.caseDeadlineWarningDays,
    );
    this.jurisdiction.assertPersonVisible(principal, detail.personId);
    return { detail, events };
  }

  private handlingOf(
    row: Record<string, any>,
    today: string,
  ): Pick<CaseSummary, 'handlingDeadline' | 'daysLeft' | 'handlingState' | 'handlingWarnings'> {
    if (row['handling_deadline'] === null) return { handlingDeadline: null, daysLeft: null, handlingState: null, handlingWarnings: [] };
    const period: HandlingPeriod = {
      startsOn: row['handling_starts_on'],
      basis: 'finding_confirmed',
      limitDays: row['handling_limit_days'],
      deadline: row['handling_deadline'],
    };
    const status =
      row['status'] === 'decided'
        ? { kind: 'decided' as const, signedOn: row['decided_on'] as string }
        : row['status'] === 'withdrawn'
          ? { kind: 'withdrawn' as const }
          : { kind: 'open' as const };
    const view = handlingView(period, status, today, this.config.caseDeadlineWarningDays);
    return { handlingDeadline: view.deadline, daysLeft: view.daysLeft, handlingState: view.state, handlingWarnings: view.warnings };
  }

  private nameOf(personId: string): string | null {
    return this.organisation.current.person(personId)?.fullName ?? null;
  }
}

function stepOf(event: StoredEvent): Step {
  return {
    eventId: event.id,
    occurredAt: event.metadata.occurredAt,
    recordedAt: event.recordedAt,
    by: { personId: event.metadata.actor.personId, unitId: event.metadata.actor.unitId },
  };
}

function foldDetail(
  events: readonly StoredEvent[],
  nameOf: (personId: string) => string | null,
  today: string,
  warnWithinDays: number,
): CaseDetail {
  const [first, ...rest] = events;
  const proposed = first!.data as unknown as CaseProposedData;
  const detail: CaseDetail = {
    caseId: proposed.caseId,
    personId: proposed.personId,
    personName: nameOf(proposed.personId),
    unitId: proposed.unitId,
    status: 'proposed',
    electedCadre: proposed.electedCadre,
    holdsLeadership: proposed.holdsLeadership,
    proposedForm: proposed.proposedForm,
    proposedFormLabel: DISCIPLINE_FORM_LABELS[proposed.proposedForm],
    grounds: proposed.grounds,
    findings: proposed.findings,
    limitation: proposed.limitation,
    warnings: proposed.warnings,
    proposal: stepOf(first!),
    review: null,
    decision: null,
    withdrawal: null,
    handling: null,
    extensions: [],
    version: events.length - 1,
    events: events.map(eventSummaryOf),
  };
  for (const event of rest) {
    if (event.type === 'DisciplinaryCaseReviewStarted') {
      detail.status = 'under_review';
      detail.review = { ...stepOf(event), note: (event.data as unknown as CaseReviewStartedData).note };
    } else if (event.type === 'DisciplinaryCaseDecided') {
      const { caseId: _caseId, personId: _personId, proposedForm: _proposedForm, ...decided } = event.data as unknown as CaseDecidedData;
      detail.status = 'decided';
      detail.decision = { ...stepOf(event), ...decided, formLabel: DISCIPLINE_FORM_LABELS[decided.form] };
    } else if (event.type === 'DisciplinaryCaseWithdrawn') {
      detail.status = 'withdrawn';
      detail.withdrawal = { ...stepOf(event), reason: (event.data as unknown as CaseWithdrawnData).reason };
    } else if (event.type === 'DisciplinaryCaseHandlingExtended') {
      const { caseId: _caseId, personId: _personId, ...extended } = event.data as unknown as CaseHandlingExtendedData;
      detail.extensions.push({ ...stepOf(event), ...extended });
    }
  }
  const proposedPeriod = (proposed as Partial<CaseProposedData>).handling;
  if (proposedPeriod !== undefined) {
    const last = detail.extensions.at(-1);
    const period: HandlingPeriod =
      last === undefined ? proposedPeriod : { ...proposedPeriod, limitDays: last.limitDays, deadline: last.deadline };
    const status =
      detail.decision !== null
        ? { kind: 'decided' as const, signedOn: detail.decision.document.date }
        : detail.withdrawal !== null
          ? { kind: 'withdrawn' as const }
          : { kind: 'open' as const };
    detail.handling = handlingView(period, status, today, warnWithinDays);
  }
  return detail;
}
