import {
  DISCIPLINARY_CASE_EVENT_TYPES,
  type CaseDecidedData,
  type CaseHandlingExtendedData,
  type CaseProposedData,
} from '@lib/domain/discipline';
import type { StoredEvent } from '@lib/event-store';
import { rowChangeProjection, type Projection, type RowChange } from '@lib/projector';
import { CASES_TABLES, casesMigrations } from './cases.tables';

export const CASES_PROJECTION = 'disciplinary_cases';
/** 2: the handling period and the decision's day (a bumped version rebuilds the rows from the log). */
const CASES_SCHEMA_VERSION = 2;
const TABLE = 'rm_disciplinary_case';

/**
 * Disciplinary cases for listing (GET /cases): one row per case, moved on by each step in stream order. Pure:
 * each event gives its row changes (`caseRowChanges`); a step changes the row only while its stored stream version
 * is below the event's, so an event applied again changes nothing.
 */
export function casesProjection(): Projection {
  return rowChangeProjection({
    name: CASES_PROJECTION,
    version: CASES_SCHEMA_VERSION,
    eventTypes: DISCIPLINARY_CASE_EVENT_TYPES,
    tables: CASES_TABLES,
    migrations: casesMigrations,
    changesFor: caseRowChanges,
  });
}

function caseRowChanges(event: StoredEvent): RowChange[] {
  const at = event.metadata.occurredAt;
  switch (event.type) {
    case 'DisciplinaryCaseProposed': {
      const data = event.data as unknown as CaseProposedData;
      // A case proposed before the handling period was kept has none.
      const handling = (data as Partial<CaseProposedData>).handling ?? null;
      return [
        {
          kind: 'insert',
          table: TABLE,
          key: { case_id: data.caseId },
          values: {
            person_id: data.personId,
            unit_id: data.unitId,
            status: 'proposed',
            proposed_form: data.proposedForm,
            finding_ids: data.findings.map((finding) => finding.findingId),
            warning_count: data.warnings.length,
            proposed_at: at,
            last_event_at: at,
            stream_version: event.streamVersion,
            handling_starts_on: handling?.startsOn ?? null,
            handling_limit_days: handling?.limitDays ?? null,
            handling_deadline: handling?.deadline ?? null,
          },
        },
      ];
    }
    case 'DisciplinaryCaseReviewStarted':
      return [step(event, { status: 'under_review' })];
    case 'DisciplinaryCaseWithdrawn':
      return [step(event, { status: 'withdrawn' })];
    case 'DisciplinaryCaseHandlingExtended': {
      const data = event.data as unknown as CaseHandlingExtendedData;
      return [step(event, { handling_limit_days: data.limitDays, handling_deadline: data.deadline })];
    }
    case 'DisciplinaryCaseDecided': {
      const data = event.data as unknown as CaseDecidedData;
      return [
        step(event, { status: 'decided', decided_form: data.form, warning_count: data.warnings.length, decided_on: data.document.date }),
      ];
    }
    default:
      return [];
  }
}

/** A later step of the case: its values, the event's time and stream version, only over an older row. */
function step(event: StoredEvent, values: Record<string, unknown>): RowChange {
  return {
    kind: 'update',
    table: TABLE,
    key: { case_id: (event.data as { caseId: string }).caseId },
    values: { ...values, last_event_at: event.metadata.occurredAt, stream_version: event.streamVersion },
    whenBelow: { stream_version: event.streamVersion },
  };
}
