import { afterEach, describe, expect, it } from '@jest/globals';
import type { Projection } from './projection';
import { ProjectorRuntime } from './projector-runtime';
import type { RebuildProgress } from './rebuild-progress';
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

describe('rebuilding projections from the log', () => {
  let fixture: ProjectorFixture;
  afterEach(() => fixture.dispose());

  function runtimeFor(projections: Projection[], onRebuildProgress?: (p: RebuildProgress) => void): ProjectorRuntime {
    return fixture.runtime(projections, { batchSize: 4, ...(onRebuildProgress ? { onRebuildProgress } : {}) });
  }

  async function untilLive(runtime: ProjectorRuntime): Promise<void> {
    await waitFor(
      () => runtime.status(),
      (all) => all.every((s) => s.state === 'live' && s.lag.events === 0 && !s.rebuilding),
      'live',
    );
  }

  async function someHistory(): Promise<void> {
    for (let i = 0; i < 5; i++) {
      await appendTo(fixture.store, 'task', 3 + i);
      await appendTo(fixture.store, 'unit', 2, i % 2 ? 'TaskReassigned' : 'UnitRenamed');
    }
  }

  it('gives byte-identical tables when rebuilt twice, and the same as the live-built ones', async () => {
    const projections = () => [streamTypeCountProjection(), eventJournalProjection()];
    fixture = await openProjectorDatabase(projections());
    await someHistory();
    const runtime = runtimeFor(projections());
    await runtime.start();
    await untilLive(runtime);
    const built = await dumpTables(fixture.pool, TABLES);

    const progress: RebuildProgress[] = [];
    const reports = await runtime.rebuild(undefined, (p) => progress.push(p));
    const first = await dumpTables(fixture.pool, TABLES);
    await runtime.rebuild(['event_journal', 'stream_type_counts']);
    const second = await dumpTables(fixture.pool, TABLES);

    expect(first).toBe(built);
    expect(second).toBe(first);
    expect(first).toContain('-- event_journal (35 rows)');
    expect(first.split('\n')[1]).toMatch(/^\{"stream_type":"task","events":25,/);
    const log = await readLog(fixture.store);
    expect(reports.map((r) => [r.projection, r.eventsDone, r.done, r.etaSeconds])).toEqual([
      ['stream_type_counts', log.length, true, 0],
      ['event_journal', log.length, true, 0],
    ]);
    const counted = progress.filter((p) => p.projection === 'stream_type_counts').map((p) => p.eventsDone);
    expect(counted).toEqual([4, 8, 12, 16, 20, 24, 28, 32, 35]);
    expect(progress.every((p) => p.totalEstimate >= log.length)).toBe(true);
  });

  it('resumes live delivery after a rebuild of a running projection', async () => {
    const counts = streamTypeCountProjection();
    fixture = await openProjectorDatabase([counts]);
    await someHistory();
    const runtime = runtimeFor([counts]);
    await runtime.start();
    await untilLive(runtime);
    await fixture.pool.query(`UPDATE stream_type_counts SET events = 999`);

    await runtime.rebuild(['stream_type_counts']);
    expect(await countsOf(fixture.pool)).toEqual({ task: 25, unit: 4 });
    await appendTo(fixture.store, 'person', 2);
    await waitFor(
      () => countsOf(fixture.pool),
      (c) => c.person === 2,
      'live delivery after the rebuild',
    );
    expect(await countsOf(fixture.pool)).toEqual({ person: 2, task: 25, unit: 4 });
  });

  it('rebuilds a projection at start when its version changed, and only then', async () => {
    fixture = await openProjectorDatabase([streamTypeCountProjection()]);
    await someHistory();
    const v1 = runtimeFor([streamTypeCountProjection({ version: 1 })]);
    await v1.start();
    await untilLive(v1);
    await v1.stop();
    expect(await countsOf(fixture.pool)).toEqual({ task: 25, unit: 4 });

    const progress: RebuildProgress[] = [];
    const v2 = runtimeFor([streamTypeCountProjection({ version: 2 })], (p) => progress.push(p));
    await v2.start();
    await untilLive(v2);
    await v2.stop();
    expect(await countsOf(fixture.pool)).toEqual({ 'task/TaskCommented': 25, 'unit/TaskReassigned': 4 });
    expect(await storedCheckpoint(fixture.pool, 'stream_type_counts')).toMatchObject({ version: 2 });
    expect(progress[progress.length - 1]).toMatchObject({ projection: 'stream_type_counts', eventsDone: 35, done: true });

    const marker = `INSERT INTO stream_type_counts VALUES ('marker', 1, now(), 'kept unless rebuilt')`;
    await fixture.pool.query(marker);
    const progressAgain: RebuildProgress[] = [];
    const v2again = runtimeFor([streamTypeCountProjection({ version: 2 })], (p) => progressAgain.push(p));
    await v2again.start();
    await untilLive(v2again);
    expect(progressAgain).toEqual([]);
    expect(await countsOf(fixture.pool)).toMatchObject({ marker: 1, 'task/TaskCommented': 25 });
  });
});
