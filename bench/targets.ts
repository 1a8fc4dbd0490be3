import { getPostgreSQLEventStore, readMessagesBatch, type PostgresEventStore as EmmettStore } from '@event-driven-io/emmett-postgresql';
import { Pool, types, type CustomTypesConfig } from 'pg';
import { runMigrations } from '@lib/database';
import { benchPool } from './database';
import { eventStoreMigrations, PostgresEventStore, type NewEvent } from '@lib/event-store';

/** Appends batches to one stream, tracking the expected version as a real writer would. */
export type Appender = (batch: NewEvent[]) => Promise<void>;

/** One store on a pool of `max` connections. A pool per measurement keeps the server under max_connections. */
export interface Connected {
  appender(streamId: string): Appender;
  /** Appends a batch to a stream whatever its version (the province loads a unit's stream in two appends). */
  appendAny(streamId: string, batch: NewEvent[]): Promise<void>;
  /** Reads the whole log from the start in pages; returns how many events it saw. */
  readAll(pageSize: number): Promise<number>;
  /** Reads one stream whole, in order; returns how many events it holds. */
  readStream(streamId: string): Promise<number>;
  /**
   * Reads several streams whole, stream by stream, eight at a time (one `stream_id = ANY` query on the floor was
   * planned as a scan of the whole table at 1 M events).
   */
  readStreams(streamIds: readonly string[]): Promise<number>;
  /** Waits until every transaction open now has ended, so a log read sees all that was appended. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export interface Target {
  readonly name: string;
  connect(max: number): Promise<Connected>;
}

/**
 * Emmett's driver layer (dumbo) replaces pg's process-wide parsers for int8, json and jsonb when it opens
 * a pool. Ours and the floor keep the stock parsers, captured here before any Emmett pool exists, so each
 * side is measured with the parsing it ships with.
 */
const STOCK_PARSERS = new Map([20, 114, 3802].map((oid) => [oid, types.getTypeParser(oid, 'text')] as const));
const stockTypes: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    (format ?? 'text') === 'text' && STOCK_PARSERS.has(oid)
      ? STOCK_PARSERS.get(oid)!
      : types.getTypeParser(oid, format as 'text')) as CustomTypesConfig['getTypeParser'],
};

function stockPool(url: string, max: number): Pool {
  return benchPool({ connectionString: url, max, types: stockTypes });
}

/** Ours: `PostgresEventStore.appendToStream` (one statement, the `append_to_stream` function) and `readAll`. */
export async function ourStore(name: string, url: string, notify: boolean | 'coalesced'): Promise<Target> {
  const setup = stockPool(url, 1);
  await runMigrations(setup, eventStoreMigrations).finally(() => setup.end());
  return { name, connect: async (max) => connectOurs(stockPool(url, max), notify) };
}

function connectOurs(pool: Pool, notify: boolean | 'coalesced'): Connected {
  const store = new PostgresEventStore(pool, { notify });
  return {
    appender(streamId) {
      let expected: number | 'no_stream' = 'no_stream';
      return async (batch) => {
        const result = await store.appendToStream(streamId, batch, { expectedVersion: expected });
        expected = result.nextExpectedVersion;
      };
    },
    async readAll(pageSize) {
      let after: string | undefined;
      let count = 0;
      for (;;) {
        const page = await store.readAll({ after, limit: pageSize });
        if (page.length === 0) return count;
        count += page.length;
        after = page[page.length - 1]!.checkpoint;
      }
    },
    appendAny: async (streamId, batch) => {
      await store.appendToStream(streamId, batch, { expectedVersion: 'any' });
    },
    readStream: async (streamId) => (await store.readStream(streamId)).length,
    readStreams(streamIds) {
      return eightAtATime(streamIds, async (streamId) => (await store.readStream(streamId)).length);
    },
    settle: () => store.awaitVisibility(60_000),
    close: () => pool.end(),
  };
}

/**
 * The floor: what PostgreSQL costs for the same rows with nothing of an event store around them —
 * the same columns and types, an identity primary key, no other index, no trigger, no function,
 * no version check. One autocommit statement per batch (VALUES for one row, unnest for several).
 */
export async function rawFloor(url: string): Promise<Target> {
  const setup = stockPool(url, 1);
  await setup.query(`
    CREATE TABLE plain_events (
      global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      event_id        uuid NOT NULL,
      stream_id       text NOT NULL,
      stream_version  integer NOT NULL,
      event_type      text NOT NULL,
      data            jsonb NOT NULL,
      metadata        jsonb NOT NULL,
      occurred_at     timestamptz NOT NULL,
      recorded_at     timestamptz NOT NULL DEFAULT now()
    )`);
  await setup.end();
  return { name: 'floor (raw pg INSERT)', connect: async (max) => connectFloor(stockPool(url, max)) };
}

/** One autocommit INSERT of a batch (VALUES for one row, unnest for several), versions from `version` on, unchecked. */
async function insertPlain(pool: Pool, streamId: string, version: number, batch: NewEvent[]): Promise<void> {
  if (batch.length === 1) {
    const event = batch[0]!;
    await pool.query(
      `INSERT INTO plain_events (event_id, stream_id, stream_version, event_type, data, metadata, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [event.id, streamId, version, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata), event.metadata.occurredAt],
    );
    return;
  }
  await pool.query(
    `INSERT INTO plain_events (event_id, stream_id, stream_version, event_type, data, metadata, occurred_at)
     SELECT i.id, $1, $2 + i.n::integer - 1, i.t, i.d, i.m, i.o
       FROM unnest($3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[], $7::timestamptz[]) WITH ORDINALITY AS i(id, t, d, m, o, n)`,
    [
      streamId,
      version,
      batch.map((e) => e.id),
      batch.map((e) => e.type),
      batch.map((e) => JSON.stringify(e.data)),
      batch.map((e) => JSON.stringify(e.metadata)),
      batch.map((e) => e.metadata.occurredAt),
    ],
  );
}

const STREAM_READ = `SELECT global_position, event_id, stream_id, stream_version, event_type, data, metadata, recorded_at
  FROM plain_events WHERE stream_id = $1 ORDER BY stream_version`;

function connectFloor(pool: Pool): Connected {
  return {
    appender(streamId) {
      let version = 0;
      return async (batch) => {
        await insertPlain(pool, streamId, version, batch);
        version += batch.length;
      };
    },
    // The floor checks no version: a second append to a stream numbers its rows from 0 again.
    appendAny: (streamId, batch) => insertPlain(pool, streamId, 0, batch),
    async readAll(pageSize) {
      let after = '0';
      let count = 0;
      for (;;) {
        const { rows } = await pool.query<{
          global_position: string;
          event_id: string;
          stream_id: string;
          stream_version: number;
          event_type: string;
          data: unknown;
          metadata: unknown;
          recorded_at: Date;
        }>(
          `SELECT global_position, event_id, stream_id, stream_version, event_type, data, metadata, recorded_at
             FROM plain_events WHERE global_position > $1 ORDER BY global_position LIMIT $2`,
          [after, pageSize],
        );
        if (rows.length === 0) return count;
        count += rows.length;
        after = rows[rows.length - 1]!.global_position;
      }
    },
    readStream: async (streamId) => (await pool.query(STREAM_READ, [streamId])).rows.length,
    readStreams(streamIds) {
      return eightAtATime(streamIds, async (streamId) => (await pool.query(STREAM_READ, [streamId])).rows.length);
    },
    settle: async () => undefined,
    close: () => pool.end(),
  };
}

/** The peer: Emmett's PostgreSQL event store, on a pg pool of the same size, schema migrated before timing. */
export async function emmett(url: string): Promise<Target> {
  const setup = benchPool({ connectionString: url, max: 1 });
  const migrator = getPostgreSQLEventStore(url, { connectionOptions: { pool: setup }, schema: { autoMigration: 'None' } });
  await migrator.schema.migrate();
  await migrator.close().catch(() => undefined);
  await setup.end().catch(() => undefined);
  return { name: 'emmett-postgresql', connect: async (max) => connectEmmett(url, benchPool({ connectionString: url, max })) };
}

function connectEmmett(url: string, pool: Pool): Connected {
  const store: EmmettStore = getPostgreSQLEventStore(url, { connectionOptions: { pool }, schema: { autoMigration: 'None' } });
  // Emmett's catch-up read takes a SQL executor; its SQL is a pre-formatted string, so the pool runs it as is.
  const execute: Parameters<typeof readMessagesBatch>[0] = {
    query: (sql) => pool.query(sql),
    batchQuery: (sqls) => Promise.all(sqls.map((sql) => pool.query(sql))),
    command: (sql) => pool.query(sql),
    batchCommand: (sqls) => Promise.all(sqls.map((sql) => pool.query(sql))),
  };
  return {
    appender(streamId) {
      let expected = 0n;
      return async (batch) => {
        const result = await store.appendToStream(
          streamId,
          batch.map((event) => ({ type: event.type, data: event.data, metadata: { messageId: event.id, ...event.metadata } })),
          { expectedStreamVersion: expected },
        );
        expected = result.nextExpectedStreamVersion;
      };
    },
    async readAll(pageSize) {
      let after = -1n;
      let count = 0;
      for (;;) {
        const batch = await readMessagesBatch(execute, { after, batchSize: pageSize });
        if (batch.messages.length === 0) return count;
        count += batch.messages.length;
        after = batch.currentGlobalPosition;
      }
    },
    appendAny: async (streamId, batch) => {
      await store.appendToStream(
        streamId,
        batch.map((event) => ({ type: event.type, data: event.data, metadata: { messageId: event.id, ...event.metadata } })),
      );
    },
    readStream: async (streamId) => (await store.readStream(streamId)).events.length,
    readStreams(streamIds) {
      return eightAtATime(streamIds, async (streamId) => (await store.readStream(streamId)).events.length);
    },
    settle: () => awaitHorizon(pool),
    async close() {
      await store.close().catch(() => undefined);
      await pool.end().catch(() => undefined);
    },
  };
}

/** Emmett reads with the same snapshot rule as ours (transaction_id < xmin): wait for the same horizon. */
async function awaitHorizon(pool: Pool): Promise<void> {
  const { rows } = await pool.query<{ horizon: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS horizon');
  for (const until = Date.now() + 60_000; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 5))) {
    const { rows: check } = await pool.query<{ visible: boolean }>(
      'SELECT pg_snapshot_xmin(pg_current_snapshot()) >= $1::xid8 AS visible',
      [rows[0]!.horizon],
    );
    if (check[0]!.visible) return;
  }
  throw new Error('a transaction on the server stayed open for 60 s; the log read would be incomplete');
}

/** For stream reads on the floor table: built after loading, untimed (the floor's inserts pay for no index). */
export async function indexFloorStreams(url: string): Promise<void> {
  const pool = stockPool(url, 1);
  try {
    await pool.query('CREATE INDEX plain_events_stream_idx ON plain_events (stream_id, stream_version)');
  } finally {
    await pool.end();
  }
}

async function eightAtATime(streamIds: readonly string[], read: (streamId: string) => Promise<number>): Promise<number> {
  let count = 0;
  for (let i = 0; i < streamIds.length; i += 8) for (const n of await Promise.all(streamIds.slice(i, i + 8).map(read))) count += n;
  return count;
}
