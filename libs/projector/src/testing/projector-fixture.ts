import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { runMigrations } from '@lib/database';
import { eventStoreMigrations, PostgresEventStore, type NewEvent, type StoredEvent } from '@lib/event-store';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { migrationsForProjections } from '../projector.migrations';
import type { Projection } from '../projection';
import { ProjectorRuntime, type ProjectorRuntimeOptions } from '../projector-runtime';

export interface ProjectorFixture {
  pool: Pool;
  store: PostgresEventStore;
  /** A runtime over this database (polling every 200 ms unless told otherwise), stopped by `dispose`. */
  runtime(
    projections: Projection[],
    options?: Partial<Omit<ProjectorRuntimeOptions, 'pool' | 'eventStore' | 'projections'>>,
  ): ProjectorRuntime;
  /** Stops every runtime it started, then drops the database. */
  dispose(): Promise<void>;
}

/** A fresh database with the log, the checkpoint table and the given projections' tables. */
export async function openProjectorDatabase(projections: ReadonlyArray<Projection>): Promise<ProjectorFixture> {
  const db: TestDatabase = await createTestDatabase('projector');
  const pool = new Pool({ connectionString: db.url, max: 12 });
  // As in the app (DatabaseModule): a connection killed by a test may report its end after it went back to the pool.
  pool.on('error', () => undefined);
  await runMigrations(pool, eventStoreMigrations);
  await runMigrations(pool, migrationsForProjections(projections));
  const store = new PostgresEventStore(pool);
  const runtimes: ProjectorRuntime[] = [];
  return {
    pool,
    store,
    runtime: (projections, options = {}) => {
      const runtime = new ProjectorRuntime({ pool, eventStore: store, projections, pollIntervalMs: 200, ...options });
      runtimes.push(runtime);
      return runtime;
    },
    dispose: async () => {
      for (const runtime of runtimes.splice(0)) await runtime.stop();
      await pool.end();
      await db.drop();
    },
  };
}

let clock = Date.parse('2026-03-02T02:00:00.000Z');

function anEvent(type: string, n: number): NewEvent {
  clock += 60_000;
  return {
    id: randomUUID(),
    type,
    data: { note: `Ý kiến số ${n}`, n },
    metadata: {
      actor: { personId: 'tran-thi-lan', unitId: 'so-tai-chinh' },
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: null,
      occurredAt: new Date(clock).toISOString(),
      schemaVersion: 1,
    },
  };
}

/** Appends `count` events to a new stream `<category>-<uuid>`, returning them as stored. */
export async function appendTo(store: PostgresEventStore, category: string, count: number, type = 'TaskCommented'): Promise<StoredEvent[]> {
  const streamId = `${category}-${randomUUID()}`;
  await store.appendToStream(
    streamId,
    Array.from({ length: count }, (_, n) => anEvent(type, n)),
    { expectedVersion: 'no_stream' },
  );
  return store.readStream(streamId);
}

/** The whole readable log, in log order. */
export async function readLog(store: PostgresEventStore): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  for (;;) {
    const batch = await store.readAll({ after: all[all.length - 1]?.checkpoint, limit: 1000 });
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** Polls `probe` until it returns a value `accept` likes; fails with the last value after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    last = await probe();
  }
  return last;
}

export async function countsOf(pool: Pool): Promise<Record<string, number>> {
  const { rows } = await pool.query<{ stream_type: string; events: string }>(
    'SELECT stream_type, events FROM stream_type_counts ORDER BY stream_type',
  );
  return Object.fromEntries(rows.map((row) => [row.stream_type, Number(row.events)]));
}

export async function storedCheckpoint(
  pool: Pool,
  name: string,
): Promise<{ checkpoint: string; version: number; failed_event_id: string | null; failure: string | null }> {
  const { rows } = await pool.query('SELECT checkpoint, version, failed_event_id, failure FROM projection_checkpoints WHERE name = $1', [
    name,
  ]);
  return rows[0];
}
