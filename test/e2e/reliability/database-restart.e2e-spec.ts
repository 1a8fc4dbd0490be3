import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import request from 'supertest';
import { apiAs, type ApiClient } from '../../support/api-client';
import { city } from '../../support/city.fixture';
import { eventsPerKey, resend, runCommentLoad } from '../../support/command-load';
import { startPrivateCluster, type PrivateCluster } from '../../support/private-cluster';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { startTestApp, type TestApp } from '../../support/test-app';
import { reliabilityAdmin, assignmentTo } from './reliability-fixture';

/** Reads served from the log, the read models (pg and TypeORM) and the reports, asked while the database is down. */
const READS_DURING_OUTAGE = (taskId: string): string[] => [
  `/tasks/${taskId}/custody`,
  `/tasks/${taskId}/responsibility`,
  '/findings?limit=5',
  '/audit/events?unit=so-xay-dung&limit=5',
  '/audit/events?unit=so-xay-dung&format=csv',
  '/reports/units/so-xay-dung?from=2026-01-01&to=2026-12-31',
  '/reports/status?unit=ubnd-tp',
  '/handover-network?from=2026-01-01&to=2026-12-31',
];

describe('the database restarted under load', () => {
  let cluster: PrivateCluster;
  let t: TestApp;
  let binh: ApiClient;
  let chairman: ApiClient;
  let taskIds: string[];

  beforeAll(async () => {
    cluster = await startPrivateCluster();
    t = await startTestApp({ deadlineWatchMs: 200, databaseAcquireTimeoutMs: 1_000 }, { database: cluster.database });
    binh = apiAs(t.app, t.tokenFor(city.binh));
    chairman = apiAs(t.app, t.tokenFor(city.chairman));
    taskIds = [];
    for (let n = 1; n <= 3; n++)
      taskIds.push((await chairman.post('/tasks', assignmentTo('so-xay-dung', n)).expect(201)).body.taskId as string);
  }, 60_000);
  afterAll(async () => {
    await t?.app.close();
    await cluster?.destroy();
  });

  it('answers 503 with Retry-After while it is down, never 500, and resumes every follower without a restart of the service', async () => {
    const outage: Record<string, { status: number; retryAfter?: string; detail?: string }> = {};
    const restart = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await cluster.stop();
      const down = async (path: string, send: () => request.Test): Promise<void> => {
        const answer = await send();
        outage[path] = { status: answer.status, retryAfter: answer.headers['retry-after'], detail: answer.body?.detail };
      };
      await down('GET /tasks', () => binh.get('/tasks?limit=1'));
      await down('GET /tasks/{id}', () => binh.get(`/tasks/${taskIds[0]}`));
      await down('POST /tasks', () => chairman.post('/tasks', assignmentTo('so-xay-dung', 99)));
      await down('GET /health', () => request(t.app.getHttpServer()).get('/health'));
      const inspector = apiAs(t.app, t.tokenFor(city.inspector));
      for (const path of READS_DURING_OUTAGE(taskIds[0]!)) await down(`GET ${path}`, () => inspector.get(path));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await cluster.start();
    })();
    const load = await runCommentLoad(binh, { writers: 8, durationMs: 7_000, taskIds });
    await restart;

    for (const path of [
      'GET /tasks',
      'GET /tasks/{id}',
      'POST /tasks',
      'GET /health',
      ...READS_DURING_OUTAGE(taskIds[0]!).map((p) => `GET ${p}`),
    ]) {
      expect([path, outage[path]!.status, outage[path]!.retryAfter]).toEqual([path, 503, expect.stringMatching(/^\d+$/)]);
    }
    expect(outage['GET /tasks']!.detail).toContain('thử lại');
    expect(outage['POST /tasks']!.detail).toContain('Idempotency-Key');
    expect([...load.statuses.keys()].filter((status) => status >= 500 && status !== 503)).toEqual([]);
    expect(load.unexpected).toEqual([]);
    expect(load.statuses.get(503) ?? 0).toBeGreaterThan(0);

    // Every command sent again with its key lands exactly once.
    const everyKey = new Map([...load.acknowledged, ...load.pending]);
    const resent = await resend(binh, everyKey);
    expect([...resent.final.values()].filter((status) => status !== 201)).toEqual([]);
    expect(resent.meanwhile.filter((answer) => !answer.retryable)).toEqual([]);
    const owner = new Client({ connectionString: cluster.database.url });
    await owner.connect();
    try {
      const perKey = await eventsPerKey(owner, everyKey.keys());
      expect([...everyKey.keys()].filter((key) => perKey.get(key) !== 1)).toEqual([]);
    } finally {
      await owner.end();
    }

    // An organisation change made after the restart is used by the very next command.
    const adminApi = apiAs(t.app, t.tokenFor(reliabilityAdmin));
    await adminApi
      .post('/org/units', {
        unitId: 'to-sau-khoi-dong-lai',
        name: 'Tổ công tác sau khởi động lại',
        kind: 'office',
        parentUnitId: 'so-xay-dung',
        validFrom: '2026-01-01',
      })
      .expect(201);
    await chairman.post('/tasks', assignmentTo('to-sau-khoi-dong-lai', 100)).expect(201);

    // The followers resumed by themselves: organisation live, projections caught up, the deadline watcher watching.
    await projectionsCaughtUp(t.app, 30_000);
    const until = Date.now() + 10_000;
    let health = await request(t.app.getHttpServer())
      .get('/health')
      .set('Authorization', `Bearer ${t.tokenFor(reliabilityAdmin)}`);
    while (health.body.deadlineWatcher?.state !== 'watching' && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      health = await request(t.app.getHttpServer())
        .get('/health')
        .set('Authorization', `Bearer ${t.tokenFor(reliabilityAdmin)}`);
    }
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({
      status: 'ok',
      organisation: { state: 'live' },
      deadlineWatcher: { state: 'watching' },
      projections: { failed: [] },
    });
  }, 150_000);
});
