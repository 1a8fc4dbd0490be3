import { afterEach, describe, expect, it } from '@jest/globals';
import type { StoredEvent } from '@lib/event-store';
import type { Projection } from './projection';
import { ProjectorRuntime, type ProjectionStatus } from './projector-runtime';
import { eventJournalProjection, streamTypeCountProjection } from './testing/example.projections';
import {
  appendTo,
  countsOf,
  openProjectorDatabase,
  readLog,
  storedCheckpoint,
  waitFor,
  type ProjectorFixture,
} from './testing/projector-fixture';

describe('ProjectorRuntime', () => {
  let fixture: ProjectorFixture;
  afterEach(() => fixture.dispose());

  async function open(...projections: Projection[]): Promise<ProjectorFixture> {
    fixture = await openProjectorDatabase(projections);
    return fixture;
  }

  function runtimeFor(projections: Projection[], options: { batchSize?: number; now?: () => Date } = {}): ProjectorRuntime {
    return fixture.runtime(projections, options);
  }

  async function statusOf(runtime: ProjectorRuntime, name: string): Promise<ProjectionStatus> {
    return (await runtime.status()).find((s) => s.name === name)!;
  }

  it('catches up on the existing log in batches, then applies new events live', async () => {
    const projection = streamTypeCountProjection();
    const { pool, store } = await open(projection);
    await appendTo(store, 'task', 5);
    await appendTo(store, 'unit', 2, 'TaskReassigned');
    await appendTo(store, 'unit', 1, 'UnitRenamed');
    const runtime = runtimeFor([projection], { batchSize: 3 });

    await runtime.start();
    await waitFor(
      () => countsOf(pool),
      (c) => c.unit === 2 && c.task === 5,
      'catch-up',
    );
    const caughtUp = await waitFor(
      () => statusOf(runtime, 'stream_type_counts'),
      (s) => s.state === 'live',
      'live state',
    );
    const log = await readLog(store);
    expect(caughtUp).toMatchObject({
      version: 1,
      checkpoint: log[log.length - 1]!.checkpoint,
      lastGlobalPosition: log[log.length - 1]!.globalPosition,
      lag: { events: 0, seconds: 0 },
      failure: null,
    });

    const live = await appendTo(store, 'task', 4);
    await waitFor(
      () => countsOf(pool),
      (c) => c.task === 9,
      'live delivery',
    );
    expect(await countsOf(pool)).toEqual({ task: 9, unit: 2 });
    const after = await waitFor(
      () => statusOf(runtime, 'stream_type_counts'),
      (s) => s.lastGlobalPosition === live[3]!.globalPosition,
      'checkpoint',
    );
    expect(after).toMatchObject({ state: 'live', checkpoint: live[3]!.checkpoint, lag: { events: 0 } });
    const { rows } = await pool.query('SELECT last_event_id, last_occurred_at FROM stream_type_counts WHERE stream_type = $1', ['task']);
    expect(rows[0]).toEqual({ last_event_id: live[3]!.id, last_occurred_at: new Date(live[3]!.metadata.occurredAt) });
  });

  it('stops a projection that throws, with the event id, while the other projections go on', async () => {
    let poisoned: StoredEvent | undefined;
    const failing = eventJournalProjection({
      beforeEvent: (event) => {
        if (event.id === poisoned?.id) throw new Error('dữ liệu không hợp lệ');
      },
    });
    const healthy = streamTypeCountProjection();
    const { pool, store } = await open(failing, healthy);
    const before = await appendTo(store, 'task', 3);
    const stream = await appendTo(store, 'unit', 3);
    poisoned = stream[1]!;
    let now = new Date();
    const runtime = runtimeFor([failing, healthy], { batchSize: 100, now: () => now });

    await runtime.start();
    const failed = await waitFor(
      () => statusOf(runtime, 'event_journal'),
      (s) => s.state === 'failed',
      'failed state',
    );
    const lastGood = stream[0]!;
    now = new Date(Date.parse(lastGood.recordedAt) + 42_000);
    expect({ ...(await statusOf(runtime, 'event_journal')), transientError: null }).toMatchObject({
      state: 'failed',
      failure: { eventId: poisoned.id, message: 'dữ liệu không hợp lệ' },
      checkpoint: lastGood.checkpoint,
      lastGlobalPosition: lastGood.globalPosition,
      lag: { events: 2, seconds: 42 },
    });
    expect(failed.failure?.eventId).toBe(poisoned.id);
    const journal = await pool.query<{ event_id: string }>('SELECT event_id FROM event_journal ORDER BY seq');
    expect(journal.rows.map((r) => r.event_id)).toEqual([...before, lastGood].map((e) => e.id));
    // The worker reports `failed` at once and records the failure in its checkpoint row just after.
    const stored = await waitFor(
      () => storedCheckpoint(pool, 'event_journal'),
      (row) => row?.failed_event_id !== null,
      'the failure recorded',
    );
    expect(stored).toMatchObject({ failed_event_id: poisoned.id, failure: 'dữ liệu không hợp lệ' });

    await appendTo(store, 'task', 2);
    await waitFor(
      () => countsOf(pool),
      (c) => c.task === 5 && c.unit === 3,
      'the healthy projection to go on',
    );
    expect(await statusOf(runtime, 'stream_type_counts')).toMatchObject({ state: 'live', failure: null });
    expect((await statusOf(runtime, 'event_journal')).state).toBe('failed');
    expect((await pool.query('SELECT count(*)::int AS n FROM event_journal')).rows[0]).toEqual({ n: 4 });
  });

  it('stop() waits for the batch in flight, which commits with its checkpoint', async () => {
    let entered = false;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const projection = streamTypeCountProjection({
      beforeEvent: async () => {
        entered = true;
        await gate;
      },
    });
    const { pool, store } = await open(projection);
    const events = await appendTo(store, 'task', 7);
    const runtime = runtimeFor([projection], { batchSize: 4 });

    await runtime.start();
    await waitFor(
      async () => entered,
      (e) => e,
      'the first batch to begin',
    );
    let stopped = false;
    const stopping = runtime.stop().then(() => (stopped = true));
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);

    release();
    await stopping;
    expect(await countsOf(pool)).toEqual({ task: 4 });
    expect(await storedCheckpoint(pool, 'stream_type_counts')).toMatchObject({ checkpoint: events[3]!.checkpoint });
    expect((await statusOf(runtime, 'stream_type_counts')).state).toBe('stopped');

    const resumed = runtimeFor([projection], { batchSize: 4 });
    await resumed.start();
    await waitFor(
      () => countsOf(pool),
      (c) => c.task === 7,
      'the rest after a restart',
    );
    expect(await countsOf(pool)).toEqual({ task: 7 });
  });
});
