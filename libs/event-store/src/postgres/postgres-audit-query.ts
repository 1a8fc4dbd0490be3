import type { Pool } from 'pg';
import type { Checkpoint, StoredEvent } from '../stored-event';
import { decodeCheckpoint } from './postgres-checkpoint';
import { EVENT_COLUMNS, toStoredEvent, type EventRow } from './postgres-event-row';

/** What the audit trail asks of the log: any combination narrows, none lists the whole log. */
export interface AuditFilter {
  streamIds?: readonly string[];
  /** Events recorded by or for the person, or naming them anywhere in their data. */
  personId?: string;
  /** Events recorded by an official of the unit, or naming it anywhere in their data. */
  unitId?: string;
  /** On `occurredAt`: from inclusive, to exclusive (ISO instants). */
  occurredFrom?: string;
  occurredTo?: string;
  types?: readonly string[];
  after?: Checkpoint;
  limit: number;
}

const MAX_LIMIT = 5000;

/**
 * The audit trail's read of the PostgreSQL log, in log order (transaction id, then position) and only up
 * to what every reader can already see (`pg_snapshot_xmin`), so a cursor never passes an event still
 * being committed. Person and unit match on the recording official and on any value of the event data.
 */
export class PostgresAuditQuery {
  constructor(private readonly pool: Pool) {}

  async read(filter: AuditFilter): Promise<StoredEvent[]> {
    const after = decodeCheckpoint(filter.after);
    const params: unknown[] = [after.transactionId, after.globalPosition, Math.max(1, Math.min(MAX_LIMIT, Math.trunc(filter.limit)))];
    const where: string[] = [];
    const bind = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.streamIds !== undefined) where.push(`stream_id = ANY(${bind([...filter.streamIds])}::text[])`);
    if (filter.personId !== undefined) {
      const person = bind(filter.personId);
      where.push(
        `(metadata->'actor'->>'personId' = ${person} OR metadata->'onBehalfOf'->>'personId' = ${person}
          OR jsonb_path_exists(data, 'strict $.** ? (@ == $v)', jsonb_build_object('v', ${person}::text)))`,
      );
    }
    if (filter.unitId !== undefined) {
      const unit = bind(filter.unitId);
      where.push(
        `(metadata->'actor'->>'unitId' = ${unit} OR metadata->'onBehalfOf'->>'unitId' = ${unit}
          OR jsonb_path_exists(data, 'strict $.** ? (@ == $v)', jsonb_build_object('v', ${unit}::text)))`,
      );
    }
    if (filter.occurredFrom !== undefined) where.push(`occurred_at >= ${bind(filter.occurredFrom)}::timestamptz`);
    if (filter.occurredTo !== undefined) where.push(`occurred_at < ${bind(filter.occurredTo)}::timestamptz`);
    if (filter.types !== undefined) where.push(`event_type = ANY(${bind([...filter.types])}::text[])`);
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
        WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
          AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
          ${where.map((condition) => `AND ${condition}`).join('\n          ')}
        ORDER BY events.transaction_id, events.global_position
        LIMIT $3`,
      params,
    );
    return rows.map(toStoredEvent);
  }
}
