import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect } from '@jest/globals';
import { Pool } from 'pg';
import { runMigrations } from '@lib/database';
import type { StoredEvent } from '@lib/event-store';
import { createTestDatabase } from '../../../../test/support/test-database';
import { handlerOf, type Projection, type ProjectionTransaction } from '../projection';
import { dumpTables } from '../table-dump';

/** What a domain story records: the type, the data and the metadata the projections read. */
export interface RecordedEventLike {
  type: string;
  data: object;
  metadata: {
    eventId: string;
    occurredAt: string;
    actor: { personId: string; unitId: string };
    onBehalfOf?: { personId: string; unitId: string };
  };
}

let position = 0;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A fixed uuid for a story's readable event id (`t1-3`), as the log stores ids as uuids. */
export function uuidOfEventId(eventId: string): string {
  if (UUID.test(eventId)) return eventId;
  const hex = createHash('sha256').update(eventId).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Replaces every string equal to a known event id (an entry's `originalEventId`...) by its uuid. */
function withUuids(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => withUuids(item, ids));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withUuids(item, ids)]));
  return value;
}

/**
 * A stream's recorded events as the log would return them: versions from 0, increasing global positions,
 * readable story ids turned into uuids (and so every reference to them in the data).
 */
export function storedEventsOf(streamId: string, events: ReadonlyArray<RecordedEventLike>): StoredEvent[] {
  const ids = new Map(events.map((event) => [event.metadata.eventId, uuidOfEventId(event.metadata.eventId)]));
  return events.map((event, streamVersion) => {
    position += 1;
    const id = uuidOfEventId(event.metadata.eventId);
    return {
      id,
      type: event.type,
      data: withUuids(event.data, ids) as Record<string, unknown>,
      metadata: {
        actor: event.metadata.actor,
        ...(event.metadata.onBehalfOf ? { onBehalfOf: event.metadata.onBehalfOf } : {}),
        commandId: id,
        correlationId: id,
        causationId: null,
        occurredAt: event.metadata.occurredAt,
        schemaVersion: 1,
      },
      streamId,
      streamVersion,
      globalPosition: position,
      checkpoint: String(position).padStart(20, '0'),
      recordedAt: event.metadata.occurredAt,
    };
  });
}

/**
 * A given-events / then-rows harness for one projection on a fresh PostgreSQL database holding only its tables:
 *
 *   await spec.givenEvents(events).thenRows('SELECT … ORDER BY …', [ …expected rows… ]);
 *
 * `thenRows` empties the projection's tables, applies the events in one batch (as the runtime does, in a
 * transaction) and compares the query's rows with the expected ones. Then it checks the projection's contract
 * on the same events: applied twice, they change nothing; applied one batch per event, they leave the same
 * rows (batch boundaries carry no meaning).
 */
export interface ProjectionSpec {
  givenEvents(events: ReadonlyArray<StoredEvent>): {
    thenRows(sql: string, expected: ReadonlyArray<Record<string, unknown>>): Promise<void>;
  };
  /** Rows of `sql` after applying `events` once (no checks): for assertions `thenRows` cannot express. */
  rowsAfter(events: ReadonlyArray<StoredEvent>, sql: string): Promise<Record<string, unknown>[]>;
  dispose(): Promise<void>;
}

export async function openProjectionSpec(projection: Projection): Promise<ProjectionSpec> {
  const db = await createTestDatabase('rm');
  const pool = new Pool({ connectionString: db.url, max: 2 });
  pool.on('error', () => undefined);
  await runMigrations(pool, projection.migrations);
  const handles = handlerOf(projection);

  const reset = async (): Promise<void> => {
    await pool.query(`TRUNCATE ${projection.tables.map((table) => `"${table}"`).join(', ')}`);
  };
  const apply = async (events: ReadonlyArray<StoredEvent>): Promise<void> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const tx: ProjectionTransaction = { query: async (sql, params) => (await client.query(sql, params as unknown[])).rows };
      await projection.apply(
        events.filter((event) => handles(event.type)),
        tx,
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const rowsOf = async (sql: string): Promise<Record<string, unknown>[]> => (await pool.query(sql)).rows;

  return {
    givenEvents: (events) => ({
      async thenRows(sql, expected) {
        await reset();
        await apply(events);
        expect(await rowsOf(sql)).toEqual(expected);
        const once = await dumpTables(pool, projection.tables);

        await apply(events);
        expect(await dumpTables(pool, projection.tables)).toBe(once); // the same events applied twice change nothing

        await reset();
        for (const event of events) await apply([event]);
        expect(await dumpTables(pool, projection.tables)).toBe(once); // one batch per event: the same rows
      },
    }),
    async rowsAfter(events, sql) {
      await reset();
      await apply(events);
      return rowsOf(sql);
    },
    async dispose() {
      await pool.end();
      await db.drop();
    },
  };
}

/**
 * The spec of one projection for a whole spec file: opened before its tests, disposed after them.
 *
 *   const spec = projectionSpecFor(casesProjection());
 *   it('…', () => spec.givenEvents(events).thenRows(sql, rows));
 */
export function projectionSpecFor(projection: Projection): Omit<ProjectionSpec, 'dispose'> {
  let opened: ProjectionSpec | undefined;
  beforeAll(async () => {
    opened = await openProjectionSpec(projection);
  });
  afterAll(async () => {
    await opened?.dispose();
  });
  const current = (): ProjectionSpec => {
    if (opened === undefined) throw new Error(`the spec of ${projection.name} is used outside a test`);
    return opened;
  };
  return {
    givenEvents: (events) => current().givenEvents(events),
    rowsAfter: (events, sql) => current().rowsAfter(events, sql),
  };
}
