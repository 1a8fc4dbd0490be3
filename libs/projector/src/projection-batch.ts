import type { Pool, PoolClient } from 'pg';
import { isTransientDatabaseError, messageOf } from '@lib/database';
import type { Checkpoint, StoredEvent } from '@lib/event-store';
import { handlerOf, type Projection, type ProjectionTransaction } from './projection';
import type { ProjectionCheckpointStore } from './projection-checkpoint.store';

export type BatchOutcome =
  | { kind: 'applied'; last: StoredEvent }
  /** The stored checkpoint was not the one the batch was read after: nothing was written. */
  | { kind: 'stale' };

/** A projection threw on this event; everything before it is committed, nothing from it on. */
export class ProjectionEventError extends Error {
  constructor(
    readonly projection: string,
    readonly eventId: string,
    cause: unknown,
  ) {
    super(`Projection ${projection} failed on event ${eventId}: ${messageOf(cause)}`, { cause });
  }
}

/**
 * A batch's commit need not wait for its WAL flush: were the server to crash before the flush, the rows and the
 * checkpoint that moved with them would both be lost, and the projection would read and apply the same events
 * again. The log itself is written by appends that keep synchronous commit.
 */
const BEGIN_BATCH = 'BEGIN; SET LOCAL synchronous_commit TO off';

/**
 * One transaction: compare-and-set the checkpoint (which also locks its row), run the projection on the
 * events it handles, commit. The rows and the checkpoint commit together or not at all.
 */
export async function applyBatch(
  pool: Pool,
  checkpoints: ProjectionCheckpointStore,
  projection: Projection,
  after: Checkpoint,
  events: ReadonlyArray<StoredEvent>,
): Promise<BatchOutcome> {
  const last = events[events.length - 1];
  if (!last) throw new Error('applyBatch needs at least one event');
  const handles = handlerOf(projection);
  const relevant = events.filter((event) => handles(event.type));
  const client = await pool.connect();
  let broken: Error | undefined;
  // A connection dropped mid-transaction is reported as an 'error' event too; unheard, it would crash the process.
  const onConnectionError = (error: Error): void => void (broken = error);
  client.on('error', onConnectionError);
  try {
    await client.query(BEGIN_BATCH);
    if (!(await checkpoints.advance(client, projection.name, projection.version, after, last))) {
      await client.query('ROLLBACK');
      return { kind: 'stale' };
    }
    if (relevant.length > 0) await projection.apply(relevant, transactionOf(client));
    await client.query('COMMIT');
    return { kind: 'applied', last };
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    if (isTransientDatabaseError(error)) broken ??= error as Error;
    throw error;
  } finally {
    client.off('error', onConnectionError);
    client.release(broken);
  }
}

/**
 * After a batch failed for a reason that is not transient, re-applies it one handled event at a time
 * (each with the unhandled events before it) to commit everything before the culprit and name it.
 * Returns the last committed outcome; throws `ProjectionEventError` when an event fails on its own.
 */
export async function applyEventByEvent(
  pool: Pool,
  checkpoints: ProjectionCheckpointStore,
  projection: Projection,
  after: Checkpoint,
  events: ReadonlyArray<StoredEvent>,
  onCommitted: (committed: ReadonlyArray<StoredEvent>) => void,
): Promise<BatchOutcome> {
  const handles = handlerOf(projection);
  let checkpoint = after;
  let outcome: BatchOutcome = { kind: 'stale' };
  let start = 0;
  for (let end = 0; end < events.length; end++) {
    const isLast = end === events.length - 1;
    if (!handles(events[end]!.type) && !isLast) continue;
    const slice = events.slice(start, end + 1);
    try {
      outcome = await applyBatch(pool, checkpoints, projection, checkpoint, slice);
    } catch (error) {
      if (isTransientDatabaseError(error)) throw error;
      throw new ProjectionEventError(projection.name, events[end]!.id, error);
    }
    if (outcome.kind === 'stale') return outcome;
    checkpoint = outcome.last.checkpoint;
    onCommitted(slice);
    start = end + 1;
  }
  return outcome;
}

function transactionOf(client: PoolClient): ProjectionTransaction {
  return {
    async query<Row>(sql: string, params?: ReadonlyArray<unknown>): Promise<Row[]> {
      const result = await client.query(sql, params === undefined ? undefined : [...params]);
      return result.rows as Row[];
    },
  };
}
