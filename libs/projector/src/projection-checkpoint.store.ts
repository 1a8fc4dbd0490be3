import type { Pool, PoolClient } from 'pg';
import type { Checkpoint, StoredEvent } from '@lib/event-store';
import { quoteName } from './row-change';

export interface StoredProjectionCheckpoint {
  name: string;
  version: number;
  checkpoint: Checkpoint;
  lastGlobalPosition: number | null;
  lastRecordedAt: string | null;
  failure: { eventId: string | null; message: string; at: string } | null;
  updatedAt: string;
}

interface CheckpointRow {
  name: string;
  version: number;
  checkpoint: string;
  last_global_position: string | null;
  last_recorded_at: Date | null;
  failed_event_id: string | null;
  failure: string | null;
  failed_at: Date | null;
  updated_at: Date;
}

const COLUMNS = 'name, version, checkpoint, last_global_position, last_recorded_at, failed_event_id, failure, failed_at, updated_at';

/**
 * The `projection_checkpoints` table. `advance` is a compare-and-set taken at the start of a batch
 * transaction: it locks the row, so two runners of one projection serialise, and it only succeeds when
 * the stored checkpoint is the one the batch was read after — a batch can never be applied twice.
 */
export class ProjectionCheckpointStore {
  constructor(private readonly pool: Pool) {}

  async loadAll(): Promise<Map<string, StoredProjectionCheckpoint>> {
    const { rows } = await this.pool.query<CheckpointRow>(`SELECT ${COLUMNS} FROM projection_checkpoints`);
    return new Map(rows.map((row) => [row.name, fromRow(row)]));
  }

  async load(name: string): Promise<StoredProjectionCheckpoint | undefined> {
    const { rows } = await this.pool.query<CheckpointRow>(`SELECT ${COLUMNS} FROM projection_checkpoints WHERE name = $1`, [name]);
    return rows[0] && fromRow(rows[0]);
  }

  /** Inside the batch transaction, before the projection runs. False: someone else moved the checkpoint. */
  async advance(client: PoolClient, name: string, version: number, expected: Checkpoint, last: StoredEvent): Promise<boolean> {
    const result = await client.query(
      `UPDATE projection_checkpoints
          SET checkpoint = $4, last_global_position = $5, last_recorded_at = $6,
              failed_event_id = NULL, failure = NULL, failed_at = NULL, updated_at = now()
        WHERE name = $1 AND version = $2 AND checkpoint = $3`,
      [name, version, expected, last.checkpoint, last.globalPosition, last.recordedAt],
    );
    return result.rowCount === 1;
  }

  /**
   * Empties the projection's tables and puts its checkpoint back to the start of the log, atomically.
   * With `onlyIfNotAt`, does so only when no checkpoint exists or it is stored at another version: of several
   * processes starting a bumped projection together, one rebuilds and the others resume its work.
   */
  async reset(name: string, version: number, tables: ReadonlyArray<string>, options: { onlyIfNotAt?: number } = {}): Promise<boolean> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    const onConnectionError = (error: Error): void => void (broken = error);
    client.on('error', onConnectionError);
    try {
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('projection_checkpoints:' || $1))`, [name]);
      if (options.onlyIfNotAt !== undefined) {
        const { rows } = await client.query<{ version: number }>('SELECT version FROM projection_checkpoints WHERE name = $1', [name]);
        if (rows[0]?.version === options.onlyIfNotAt) {
          await client.query('COMMIT');
          return false;
        }
      }
      await client.query(
        `INSERT INTO projection_checkpoints AS p (name, version, checkpoint) VALUES ($1, $2, '')
         ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, checkpoint = '', last_global_position = NULL,
           last_recorded_at = NULL, failed_event_id = NULL, failure = NULL, failed_at = NULL, updated_at = now()`,
        [name, version],
      );
      if (tables.length > 0) await client.query(`TRUNCATE ${tables.map(quoteName).join(', ')} RESTART IDENTITY`);
      await client.query('COMMIT');
      return true;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.off('error', onConnectionError);
      client.release(broken);
    }
  }

  async recordFailure(name: string, eventId: string | null, message: string): Promise<void> {
    await this.pool.query(
      'UPDATE projection_checkpoints SET failed_event_id = $2, failure = $3, failed_at = now(), updated_at = now() WHERE name = $1',
      [name, eventId, message],
    );
  }
}

function fromRow(row: CheckpointRow): StoredProjectionCheckpoint {
  return {
    name: row.name,
    version: row.version,
    checkpoint: row.checkpoint,
    lastGlobalPosition: row.last_global_position === null ? null : Number(row.last_global_position),
    lastRecordedAt: row.last_recorded_at?.toISOString() ?? null,
    failure:
      row.failure === null
        ? null
        : { eventId: row.failed_event_id, message: row.failure, at: (row.failed_at ?? row.updated_at).toISOString() },
    updatedAt: row.updated_at.toISOString(),
  };
}
