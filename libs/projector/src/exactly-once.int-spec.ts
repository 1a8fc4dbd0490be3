import { afterEach, describe, expect, it } from '@jest/globals';
import type { StoredEvent } from '@lib/event-store';
import { applyBatch } from './projection-batch';
import { ProjectionCheckpointStore } from './projection-checkpoint.store';
import type { Projection } from './projection';
import { ProjectorRuntime } from './projector-runtime';
import { dumpTables } from './table-dump';
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

const TABLES = ['stream_type_counts', 'event_journal'];

describe('every event is applied exactly once', () => {
  let fixture: ProjectorFixture;
  afterEach(() => fixture.dispose());

  function runtimeFor(projections: Projection[], batchSize = 5): ProjectorRuntime {
    return fixture.runtime(projections, { batchSize, retryDelayMs: { initial: 10, max: 50 } });
  }

  async function untilLive(runtime: ProjectorRuntime): Promise<void> {
    await waitFor(
      () => runtime.status(),
      (all) => all.every((s) => s.state === 'live' && s.lag.events === 0),
      'every projection live',
    );
  }

  it('a projection that throws on the 3rd event of a batch keeps the 2 before it; after a restart every event counts once', async () => {
    let events: StoredEvent[] = [];
    const crashing = streamTypeCountProjection({
      beforeEvent: (event) => {
        if (event.id === events[7]?.id) throw new Error('process crashed');
      },
    });
    fixture = await openProjectorDatabase([crashing]);
    events = await appendTo(fixture.store, 'task', 12);
    const first = runtimeFor([crashing]);
    await first.start();
    await waitFor(
      () => first.status(),
      ([s]) => s!.state === 'failed',
      'the crash',
    );
    expect(await countsOf(fixture.pool)).toEqual({ task: 7 });
    expect(await storedCheckpoint(fixture.pool, 'stream_type_counts')).toMatchObject({
      checkpoint: events[6]!.checkpoint,
      failed_event_id: events[7]!.id,
    });
    await first.stop();

    const restarted = runtimeFor([streamTypeCountProjection()]);
    await restarted.start();
    await untilLive(restarted);
    expect(await countsOf(fixture.pool)).toEqual({ task: 12 });
    expect(await storedCheckpoint(fixture.pool, 'stream_type_counts')).toMatchObject({
      checkpoint: events[11]!.checkpoint,
      failed_event_id: null,
    });
  });

  it('a connection killed mid-batch rolls the whole batch back; the retry applies it once', async () => {
    const calls: string[] = [];
    let killed = false;
    const dying = streamTypeCountProjection({
      beforeEvent: async (event, tx) => {
        calls.push(event.id);
        if (!killed && calls.length === 8) {
          killed = true;
          await tx.query('SELECT pg_terminate_backend(pg_backend_pid())');
        }
      },
    });
    const journal = eventJournalProjection();
    fixture = await openProjectorDatabase([dying, journal]);
    const events = await appendTo(fixture.store, 'task', 12);
    const runtime = runtimeFor([dying, journal]);
    await runtime.start();
    await untilLive(runtime);

    expect(killed).toBe(true);
    expect(calls.filter((id) => id === events[5]!.id)).toHaveLength(2);
    expect(calls.filter((id) => id === events[0]!.id)).toHaveLength(1);
    expect(await countsOf(fixture.pool)).toEqual({ task: 12 });
    const status = await runtime.status();
    expect(status.map((s) => [s.name, s.state, s.checkpoint, s.transientError])).toEqual([
      ['stream_type_counts', 'live', events[11]!.checkpoint, null],
      ['event_journal', 'live', events[11]!.checkpoint, null],
    ]);
  });

  it('applying the same events again from an older checkpoint is refused and changes nothing', async () => {
    const counts = streamTypeCountProjection();
    fixture = await openProjectorDatabase([counts]);
    await appendTo(fixture.store, 'task', 6);
    await appendTo(fixture.store, 'unit', 3);
    const runtime = runtimeFor([counts]);
    await runtime.start();
    await untilLive(runtime);
    await runtime.stop();
    const before = await dumpTables(fixture.pool, ['stream_type_counts', 'projection_checkpoints']);
    const log = await readLog(fixture.store);
    const checkpoints = new ProjectionCheckpointStore(fixture.pool);

    expect(await applyBatch(fixture.pool, checkpoints, counts, '', log)).toEqual({ kind: 'stale' });
    expect(await applyBatch(fixture.pool, checkpoints, counts, log[3]!.checkpoint, log.slice(4))).toEqual({ kind: 'stale' });
    expect(await dumpTables(fixture.pool, ['stream_type_counts', 'projection_checkpoints'])).toBe(before);

    const again = runtimeFor([counts]);
    await again.start();
    await untilLive(again);
    expect(await dumpTables(fixture.pool, ['stream_type_counts', 'projection_checkpoints'])).toBe(before);
    expect(await countsOf(fixture.pool)).toEqual({ task: 6, unit: 3 });
  });

  it('two runtimes running the same projections at once apply each event once between them', async () => {
    const projections = () => [streamTypeCountProjection(), eventJournalProjection()];
    fixture = await openProjectorDatabase(projections());
    for (let i = 0; i < 6; i++) await appendTo(fixture.store, i % 2 ? 'task' : 'unit', 7);
    const [a, b] = [runtimeFor(projections(), 2), runtimeFor(projections(), 3)];
    await Promise.all([a.start(), b.start()]);
    await appendTo(fixture.store, 'person', 5);
    await Promise.all([untilLive(a), untilLive(b)]);

    expect(await countsOf(fixture.pool)).toEqual({ person: 5, task: 21, unit: 21 });
    const journal = await fixture.pool.query<{ n: number; distinct_events: number }>(
      'SELECT count(*)::int AS n, count(DISTINCT event_id)::int AS distinct_events FROM event_journal',
    );
    expect(journal.rows[0]).toEqual({ n: 47, distinct_events: 47 });
    expect((await a.status()).map((s) => s.failure)).toEqual([null, null]);
    expect(await dumpTables(fixture.pool, TABLES)).toContain('-- event_journal (47 rows)');
  });
});
