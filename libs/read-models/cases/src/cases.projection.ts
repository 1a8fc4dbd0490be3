import { DISCIPLINARY_CASE_EVENT_TYPES, type CaseDecidedData, type CaseHandlingExtendedData, type CaseProposedData } from '@lib/domain/discipline';
import type { StoredEvent } from '@lib/event-store';
import type { Projection, ProjectionTransaction } from '@lib/projector';
import { CASES_TABLES, casesMigrations } from './cases.tables';

export const CASES_PROJECTION = 'disciplinary_cases';
/** 2: the handling period and the decision's day (a bumped version rebuilds the rows from the log). */
const CASES_SCHEMA_VERSION = 2;

/** Disciplinary cases for listing (GET /cases): one row per case, moved on by each step in stream order. */
export function casesProjection(): Projection {
  return {
    name: CASES_PROJECTION,
    version: CASES_SCHEMA_VERSION,
    eventTypes: DISCIPLINARY_CASE_EVENT_TYPES,
    tables: CASES_TABLES,
    migrations: casesMigrations,
    async apply(events, tx) {
      for (const event of events) await applyCaseEvent(tx, event);
    },
  };
}

async function applyCaseEvent(tx: ProjectionTransaction, event: StoredEvent): Promise<void> {
  const at = event.metadata.occurredAt;
  switch (event.type) {
    case 'DisciplinaryCaseProposed': {
      const data = event.data as unknown as CaseProposedData;
      // A case proposed before the handling period was kept has none.
      const handling = (data as Partial<CaseProposedData>).handling ?? null;
      await tx.query(
        `INSERT INTO rm_disciplinary_case (case_id, person_id, unit_id, status, proposed_form, finding_ids, warning_count, proposed_at, last_event_at, stream_version,
                                           handling_starts_on, handling_limit_days, handling_deadline)
         VALUES ($1, $2, $3, 'proposed', $4, $5, $6, $7, $7, $8, $9, $10, $11) ON CONFLICT (case_id) DO NOTHING`,
        [
          data.caseId,
          data.personId,
          data.unitId,
          data.proposedForm,
          data.findings.map((finding) => finding.findingId),
          data.warnings.length,
          at,
          event.streamVersion,
          handling?.startsOn ?? null,
          handling?.limitDays ?? null,
          handling?.deadline ?? null,
        ],
      );
      return;
    }
    case 'DisciplinaryCaseReviewStarted':
      await step(tx, event, 'under_review');
      return;
    case 'DisciplinaryCaseWithdrawn':
      await step(tx, event, 'withdrawn');
      return;
    case 'DisciplinaryCaseHandlingExtended': {
      const data = event.data as unknown as CaseHandlingExtendedData;
      await tx.query(
        `UPDATE rm_disciplinary_case SET handling_limit_days = $3, handling_deadline = $4, last_event_at = $5, stream_version = $2 WHERE case_id = $1 AND stream_version < $2`,
        [data.caseId, event.streamVersion, data.limitDays, data.deadline, at],
      );
      return;
    }
    case 'DisciplinaryCaseDecided': {
      const data = event.data as unknown as CaseDecidedData;
      await tx.query(
        `UPDATE rm_disciplinary_case SET status = 'decided', decided_form = $3, warning_count = $4, last_event_at = $5, stream_version = $2, decided_on = $6
         WHERE case_id = $1 AND stream_version < $2`,
        [data.caseId, event.streamVersion, data.form, data.warnings.length, at, data.document.date],
      );
      return;
    }
    default:
      return;
  }
}

async function step(tx: ProjectionTransaction, event: StoredEvent, status: 'under_review' | 'withdrawn'): Promise<void> {
  await tx.query(`UPDATE rm_disciplinary_case SET status = $3, last_event_at = $4, stream_version = $2 WHERE case_id = $1 AND stream_version < $2`, [
    (event.data as { caseId: string }).caseId,
    event.streamVersion,
    status,
    event.metadata.occurredAt,
  ]);
}
