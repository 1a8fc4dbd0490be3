import type { EventMetadata, StoredEvent } from '../stored-event';
import { encodeCheckpoint } from './postgres-checkpoint';

export interface EventRow {
  global_position: string;
  transaction_id: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  event_type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  recorded_at: Date;
}

/**
 * `transaction_id` is selected as text under its own name; ORDER BY must therefore name the table's
 * column (`events.transaction_id`), or PostgreSQL would sort by the text alias ("1000" < "999").
 */
export const EVENT_COLUMNS =
  'global_position, transaction_id::text AS transaction_id, event_id, stream_id, stream_version, event_type, data, metadata, recorded_at';

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: row.event_id,
    type: row.event_type,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    globalPosition: Number(row.global_position),
    checkpoint: encodeCheckpoint({ transactionId: row.transaction_id, globalPosition: row.global_position }),
    recordedAt: row.recorded_at.toISOString(),
  };
}
