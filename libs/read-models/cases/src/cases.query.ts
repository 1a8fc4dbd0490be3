import type { DataSource } from 'typeorm';
import { localDateOf } from '@lib/domain/calendar';
import {
  disciplinaryCaseStreamId,
  handlingView,
  type CaseStatus,
  type HandlingPeriod,
  type HandlingState,
  type HandlingWarning,
} from '@lib/domain/discipline';
import type { StoredEvent, StreamReader } from '@lib/event-store';
import { foldCaseDetail, type CaseDetail } from './case-detail';
import type { PersonNames } from './cases.ports';

export interface CaseFilter {
  person: string | null;
  unit: string | null;
  status: CaseStatus | null;
  limit: number;
  /** The reader's jurisdiction: only cases of persons in one of these units; null for no restriction. */
  units: string[] | null;
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

/** GET /cases (the disciplinary_cases read model, within the reader's jurisdiction) and GET /cases/{id} (folded from the case's stream). */
export class CasesQuery {
  /**
   * `now`: the service's clock (days left are counted to its today); `warnWithinDays`: how many days before its
   * handling deadline an open case is warned about (the service's configuration).
   */
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: StreamReader,
    private readonly now: () => Date,
    private readonly warnWithinDays: number,
    private readonly persons: PersonNames,
  ) {}

  async list(filter: CaseFilter): Promise<{ items: CaseSummary[] }> {
    const rows: Array<Record<string, any>> = await this.dataSource.query(
      `SELECT case_id, person_id, unit_id, status, proposed_form, decided_form, finding_ids, warning_count, proposed_at, last_event_at,
              to_char(handling_starts_on, 'YYYY-MM-DD') AS handling_starts_on, handling_limit_days, to_char(handling_deadline, 'YYYY-MM-DD') AS handling_deadline,
              to_char(decided_on, 'YYYY-MM-DD') AS decided_on
         FROM rm_disciplinary_case
        WHERE ($1::text[] IS NULL OR unit_id = ANY($1)) AND ($2::text IS NULL OR person_id = $2) AND ($3::text IS NULL OR unit_id = $3) AND ($4::text IS NULL OR status = $4)
        ORDER BY proposed_at DESC, case_id DESC LIMIT $5`,
      [filter.units, filter.person, filter.unit, filter.status, filter.limit],
    );
    const today = localDateOf(this.now().getTime());
    return {
      items: rows.map((row) => ({
        caseId: row['case_id'],
        personId: row['person_id'],
        personName: this.persons.fullName(row['person_id']),
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

  /** The case folded from its stream, with the stream's events; null when no case has that id. */
  async detail(caseId: string): Promise<{ detail: CaseDetail; events: StoredEvent[] } | null> {
    const events = await this.store.readStream(disciplinaryCaseStreamId(caseId));
    if (events.length === 0) return null;
    const detail = foldCaseDetail(
      events,
      (personId) => this.persons.fullName(personId),
      localDateOf(this.now().getTime()),
      this.warnWithinDays,
    );
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
    const view = handlingView(period, status, today, this.warnWithinDays);
    return { handlingDeadline: view.deadline, daysLeft: view.daysLeft, handlingState: view.state, handlingWarnings: view.warnings };
  }
}
