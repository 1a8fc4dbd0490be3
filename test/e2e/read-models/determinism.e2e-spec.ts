import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Pool } from 'pg';
import { dumpTables } from '@lib/projector';
import type { EventStore } from '@lib/event-store';
import { EVENT_STORE, PG_POOL, ProjectorService } from '../../../apps/api/src/testing';
import { TASK_CUSTODY_PROJECTION, TASK_CUSTODY_TABLES, taskCustodyProjection } from '@lib/read-models/task-custody';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { at, ScenarioClient } from '../scenarios/scenario-client';
import { ReadModelClient } from './read-model-client';
import { playDelegatedS1, playReassignedS3 } from './read-model-stories';

// The task_custody rows are a function of the log: the live, incremental rows equal a rebuild's, two
// rebuilds are byte for byte the same, and a restart from the checkpoint or a second application of
// the same events leaves them as they were.
const { chairman, giang, tnmtHead: minh } = city;

describe('read model task_custody — deterministic and exactly once', () => {
  let t: TestApp;
  let pool: Pool;
  let projector: ProjectorService;
  let live: string;

  beforeAll(async () => {
    t = await startTestApp();
    pool = t.app.get<Pool>(PG_POOL);
    projector = t.app.get(ProjectorService);
    const api = new ScenarioClient(t);
    const rm = new ReadModelClient(t);
    const s1 = await playDelegatedS1(api);
    const s3 = await playReassignedS3(api);
    await api.act(minh, s3, 'completion', { result: 'Đã trả lời', occurredAt: at('2026-03-30', '16:00') }, ['TaskCompleted']);
    await rm.caughtUp(s1, 5, chairman);
    await rm.caughtUp(s3, 4, giang);
    live = await dumpTables(pool, TASK_CUSTODY_TABLES);
  });
  afterAll(() => t.close());

  it('holds rows for both tasks, their parties and hand-offs (S1: assignment, delegation, transfer, return; S3: assignment, return, reassignment)', () => {
    expect(live.split('\n').filter((line) => line.startsWith('--'))).toEqual([
      '-- rm_task (2 rows)',
      '-- rm_task_party (11 rows)',
      '-- rm_handover (7 rows)',
    ]);
  });

  it('two rebuilds through the runtime give the same dump byte for byte, equal to the rows kept live', async () => {
    await projector.runtime.rebuild([TASK_CUSTODY_PROJECTION]);
    const first = await dumpTables(pool, TASK_CUSTODY_TABLES);
    await projector.runtime.rebuild([TASK_CUSTODY_PROJECTION]);
    const second = await dumpTables(pool, TASK_CUSTODY_TABLES);
    expect(second).toBe(first);
    expect(first).toBe(live);
  });

  it('a restart of the runtime from its checkpoint applies nothing twice: the rows are unchanged', async () => {
    await projector.runtime.stop();
    await projector.runtime.start();
    const until = Date.now() + 10_000;
    let state = '';
    while (state !== 'live' && Date.now() < until) {
      state = (await projector.status()).find((status) => status.name === TASK_CUSTODY_PROJECTION)!.state;
      if (state !== 'live') await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(state).toBe('live');
    expect(await dumpTables(pool, TASK_CUSTODY_TABLES)).toBe(live);
  });

  it('applying the same events again (whole log, then one by one) leaves the rows as they were', async () => {
    const events = await t.app.get<EventStore>(EVENT_STORE).readAll({ limit: 1000, categories: ['task'] });
    expect(events).toHaveLength(9);
    const projection = taskCustodyProjection();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const tx = {
        query: async <Row>(sql: string, params?: ReadonlyArray<unknown>) =>
          (await client.query(sql, params ? [...params] : [])).rows as Row[],
      };
      await projection.apply(events, tx);
      for (const event of events) await projection.apply([event], tx);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    expect(await dumpTables(pool, TASK_CUSTODY_TABLES)).toBe(live);
  });
});
