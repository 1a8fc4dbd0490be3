import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Pool } from 'pg';
import { runMigrations } from '@lib/database';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { describeEventStoreConformance, visibleInLog } from '../testing/event-store.conformance';
import { aStreamId, anEvent, someEvents } from '../testing/event-fixtures';
import type { StoredEvent } from '../stored-event';
import { eventStoreMigrations } from './event-store.migrations';
import { APPENDED_CHANNEL, PostgresEventStore } from './postgres-event-store';

const MAX_EVENT_BYTES = 64 * 1024;

async function openStore(prefix: string): Promise<{ db: TestDatabase; pool: Pool; store: PostgresEventStore }> {
  const db = await createTestDatabase(prefix);
  const pool = new Pool({ connectionString: db.url, max: 10 });
  await runMigrations(pool, eventStoreMigrations);
  return { db, pool, store: new PostgresEventStore(pool, { maxEventBytes: MAX_EVENT_BYTES }) };
}

describeEventStoreConformance('PostgreSQL', async () => {
  const { db, pool, store } = await openStore('es_conf');
  return {
    store,
    maxEventBytes: MAX_EVENT_BYTES,
    dispose: async () => {
      await pool.end();
      await db.drop();
    },
  };
});

describe('PostgreSQL event store specifics', () => {
  let db: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  beforeAll(async () => ({ db, pool, store } = await openStore('es_pg')));
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  describe('the events table is append-only in the database itself', () => {
    let streamId: string;
    beforeAll(async () => {
      streamId = aStreamId();
      await store.appendToStream(streamId, someEvents(2), { expectedVersion: 'no_stream' });
    });
    it.each([
      ['UPDATE', `UPDATE events SET data = '{}'::jsonb WHERE stream_id = $1`],
      ['DELETE', `DELETE FROM events WHERE stream_id = $1`],
    ])('rejects %s', async (operation, sql) => {
      await expect(pool.query(sql, [streamId])).rejects.toMatchObject({ code: 'EV003', message: expect.stringContaining(operation) });
      expect(await store.readStream(streamId)).toHaveLength(2);
    });
    it('rejects TRUNCATE', async () => {
      await expect(pool.query('TRUNCATE events')).rejects.toMatchObject({ code: 'EV003', message: expect.stringContaining('TRUNCATE') });
      expect(await store.readStream(streamId)).toHaveLength(2);
    });
  });

  it('appends a batch of N events in one round trip', async () => {
    const spy = jest.spyOn(pool, 'query');
    try {
      await store.appendToStream(aStreamId(), someEvents(25), { expectedVersion: 'no_stream' });
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  describe('a transaction that commits after later ones (out-of-order commit)', () => {
    it('holds the reader back until it commits, then delivers every event exactly once, in log order', async () => {
      const streamA = aStreamId();
      const streamHeld = aStreamId();
      const streamB = aStreamId();
      const start = await readToEnd(store);
      const [a] = someEvents(1);
      await store.appendToStream(streamA, [a!], { expectedVersion: 'no_stream' });
      await visibleInLog(store, start.checkpoint, a!.id);
      const ours = new Set([streamA, streamHeld, streamB]);

      const subscription = store.subscribe({ after: start.checkpoint, pollIntervalMs: 50 });
      const delivered: StoredEvent[] = [];
      const consuming = (async () => {
        for await (const event of subscription) if (ours.has(event.streamId)) delivered.push(event);
      })();

      const held = await pool.connect();
      const heldEvent = anEvent('TaskTransferred', { toUnitId: 'so-tn-mt' });
      try {
        await held.query('BEGIN');
        await held.query(
          `SELECT * FROM append_to_stream($1, -1, $2::uuid[], $3::text[], $4::jsonb[], $5::jsonb[], $6::timestamptz[], true)`,
          [
            streamHeld,
            [heldEvent.id],
            [heldEvent.type],
            [JSON.stringify(heldEvent.data)],
            [JSON.stringify(heldEvent.metadata)],
            [heldEvent.metadata.occurredAt],
          ],
        );
        const later = someEvents(2);
        await store.appendToStream(streamB, later, { expectedVersion: 'no_stream' });

        const whileHeld = (await store.readAll({ after: start.checkpoint, limit: 100 })).filter((e) => ours.has(e.streamId));
        expect(whileHeld.map((e) => e.id)).toEqual([a!.id]);
        await sleep(300);
        expect(delivered.map((e) => e.id)).toEqual([a!.id]);

        await held.query('COMMIT');
        const expectedOrder = [a!.id, heldEvent.id, ...later.map((e) => e.id)];
        await waitFor(() => delivered.length >= expectedOrder.length, 3000);
        await sleep(200);
        expect(delivered.map((e) => e.id)).toEqual(expectedOrder);
        const resumed = (await store.readAll({ after: whileHeld[0]!.checkpoint, limit: 100 })).filter((e) => ours.has(e.streamId));
        expect(resumed.map((e) => e.id)).toEqual(expectedOrder.slice(1));
      } finally {
        held.release();
        await subscription.close();
        await consuming;
      }
    });
  });

  it('awaitVisibility waits for transactions open at the call, then every earlier commit is readable', async () => {
    const start = await readToEnd(store);
    const held = await pool.connect();
    const event = anEvent();
    const streamId = aStreamId();
    try {
      await held.query('BEGIN');
      await held.query('SELECT pg_current_xact_id()');
      await store.appendToStream(streamId, [event], { expectedVersion: 'no_stream' });
      let settled = false;
      const waiting = store.awaitVisibility(5000).then(() => (settled = true));
      await sleep(150);
      expect(settled).toBe(false);
      await held.query('COMMIT');
      await waiting;
      const read = (await store.readAll({ after: start.checkpoint, limit: 1000 })).map((e) => e.id);
      expect(read).toContain(event.id);
    } finally {
      held.release();
    }
  });

  it('delivers live events by polling when NOTIFY is switched off', async () => {
    const quiet = new PostgresEventStore(pool, { notify: false });
    const start = await readToEnd(quiet);
    const subscription = quiet.subscribe({ after: start.checkpoint, pollIntervalMs: 50 });
    const events = someEvents(2);
    const streamId = aStreamId();
    const received: string[] = [];
    const consuming = (async () => {
      for await (const event of subscription) {
        if (event.streamId !== streamId) continue;
        received.push(event.id);
        if (received.length === events.length) await subscription.close();
      }
    })();
    await sleep(100);
    await quiet.appendToStream(streamId, events, { expectedVersion: 'no_stream' });
    await consuming;
    expect(received).toEqual(events.map((e) => e.id));
  });

  it('coalesced NOTIFY: one notification for a burst of appends, sent after they commit, and it wakes a subscriber', async () => {
    const coalesced = new PostgresEventStore(pool, { notify: 'coalesced', notifyDelayMs: 200 });
    const listener = await pool.connect();
    let notifications = 0;
    const count = (): void => {
      notifications += 1;
    };
    listener.on('notification', count);
    await listener.query(`LISTEN ${APPENDED_CHANNEL}`);
    try {
      const start = await readToEnd(coalesced);
      // Polling alone would take a minute: only a NOTIFY can deliver these in time.
      const subscription = coalesced.subscribe({ after: start.checkpoint, pollIntervalMs: 60_000 });
      const streams = Array.from({ length: 10 }, () => aStreamId());
      const received: string[] = [];
      const consuming = (async () => {
        for await (const event of subscription) {
          if (!streams.includes(event.streamId)) continue;
          received.push(event.streamId);
          if (received.length === streams.length) await subscription.close();
        }
      })();
      await sleep(100);
      await Promise.all(streams.map((streamId) => coalesced.appendToStream(streamId, someEvents(1), { expectedVersion: 'no_stream' })));
      await Promise.race([consuming, sleep(10_000).then(() => Promise.reject(new Error('no NOTIFY woke the subscriber within 10 s')))]);
      expect([...received].sort()).toEqual([...streams].sort());
      // The subscriber's connection and this listener receive the NOTIFY independently: wait for ours too.
      for (let waited = 0; notifications === 0 && waited < 5_000; waited += 50) await sleep(50);
      await sleep(500);
      expect(notifications).toBeGreaterThanOrEqual(1);
      expect(notifications).toBeLessThan(streams.length);
    } finally {
      listener.off('notification', count);
      await listener.query(`UNLISTEN ${APPENDED_CHANNEL}`);
      listener.release();
    }
  });

  it('orders the log by transaction id as a number, not as text (99 before 100)', async () => {
    const ordered = await openStore('es_order');
    try {
      const later = anEvent();
      const earlier = anEvent();
      const insert = `INSERT INTO events (transaction_id, event_id, stream_id, stream_version, event_type, data, metadata, occurred_at)
                      VALUES ($1::xid8, $2, $3, 0, 'TaskCommented', $4, $5, now())`;
      // Below every transaction id a server has handed out past its initdb, so both rows are visible to readers
      // even on a freshly initialised server.
      await ordered.pool.query(insert, ['100', later.id, aStreamId(), later.data, later.metadata]);
      await ordered.pool.query(insert, ['99', earlier.id, aStreamId(), earlier.data, earlier.metadata]);
      const log = await ordered.store.readAll({ limit: 10 });
      expect(log.map((e) => e.id)).toEqual([earlier.id, later.id]);
      const afterFirst = await ordered.store.readAll({ after: log[0]!.checkpoint, limit: 10 });
      expect(afterFirst.map((e) => e.id)).toEqual([later.id]);
    } finally {
      await ordered.pool.end();
      await ordered.db.drop();
    }
  });

  it('keeps finding duplicates by index as the log grows, whatever plans a connection cached while it was small', async () => {
    // A connection that appended to a nearly empty log must not go on scanning the whole table on every append:
    // PL/pgSQL caches a generic plan per connection, and one made for a tiny table would be a sequential scan.
    const { db: grownDb, pool: grown } = await openStore('es_plan');
    const one = await grown.connect();
    try {
      const call = (streamId: string, count: number) => {
        const events = someEvents(count);
        return one.query(
          'SELECT * FROM append_to_stream($1, -2, $2::uuid[], $3::text[], $4::jsonb[], $5::jsonb[], $6::timestamptz[], false)',
          [
            streamId,
            events.map((e) => e.id),
            events.map((e) => e.type),
            events.map((e) => JSON.stringify(e.data)),
            events.map((e) => JSON.stringify(e.metadata)),
            events.map((e) => e.metadata.occurredAt),
          ],
        );
      };
      for (let i = 0; i < 8; i++) await call(aStreamId('tiny'), 1);
      for (let i = 0; i < 40; i++) await call(aStreamId('bulk'), 100);
      // The view counts what this connection has not yet reported, earlier transactions included: take the difference.
      const scans = async () =>
        Number(
          (await one.query<{ n: string }>("SELECT seq_scan::text AS n FROM pg_stat_xact_user_tables WHERE relname = 'events'")).rows[0]!.n,
        );
      await one.query('BEGIN');
      const before = await scans();
      for (let i = 0; i < 5; i++) await call(aStreamId('grown'), 1);
      const after = await scans();
      await one.query('COMMIT');
      expect(after - before).toBe(0);
    } finally {
      one.release();
      await grown.end();
      await grownDb.drop();
    }
  });

  describe('migrations', () => {
    it('apply once: running them again changes nothing', async () => {
      const report = await runMigrations(pool, eventStoreMigrations);
      expect(report).toEqual({ applied: [], alreadyApplied: eventStoreMigrations.length });
    });
    it('refuse to run when an applied migration was edited', async () => {
      const edited = eventStoreMigrations.map((m) => ({ ...m, sql: `${m.sql}\n-- edited` }));
      await expect(runMigrations(pool, edited)).rejects.toThrow(/was changed after it was applied/);
    });
  });
});

async function readToEnd(store: PostgresEventStore): Promise<{ checkpoint: string | undefined; count: number }> {
  let checkpoint: string | undefined;
  let count = 0;
  for (;;) {
    const page = await store.readAll({ after: checkpoint, limit: 1000 });
    if (page.length === 0) return { checkpoint, count };
    count += page.length;
    checkpoint = page[page.length - 1]!.checkpoint;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await sleep(10);
  }
}
