import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_TASK_SEED, generateDemoTasks } from '@lib/domain/demo';
import { taskStreamId } from '@lib/domain/task';
import type { EventStore } from '@lib/event-store';
import {
  DeadlineWatcher,
  DEMO_LOADED_STREAM,
  demoImportBatch,
  demoStateOf,
  EVENT_STORE,
  loadDemoOrganisation,
  loadDemoTasks,
  OrganisationReadModel,
  seedDemoTasks,
  workingDayCalendar,
} from '../../apps/api/src/testing';
import { apiAs } from '../support/api-client';
import { city } from '../support/city.fixture';
import { projectionsCaughtUp } from '../support/projections-caught-up';
import { startTestApp, type TestApp } from '../support/test-app';

const UNTIL = new Date('2026-11-20T10:00:00+07:00');

describe('the demo city loaded at first start', () => {
  let t: TestApp;
  let seeded: number;
  // Loaded as at a first start, with the deadline watcher running meanwhile (as it does in the service).
  beforeAll(async () => {
    t = await startTestApp();
    const watcher = t.app.get(DeadlineWatcher);
    let loading = true;
    const watching = (async () => {
      while (loading) {
        await watcher.runOnce(UNTIL);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    try {
      seeded = await loadDemoTasks(t.app, { kind: 'absent' }, () => undefined, { shouldStop: () => false, until: UNTIL });
    } finally {
      loading = false;
      await watching;
    }
  }, 180_000);
  afterAll(() => t.close());

  it('plays every generated task through the real command handler', async () => {
    const expected = generateDemoTasks({
      seed: DEMO_TASK_SEED,
      until: UNTIL.toISOString(),
      organisation: t.app.get(OrganisationReadModel).current,
      calendar: workingDayCalendar(),
    });
    expect(seeded).toBe(expected.length);
    const store = t.app.get<EventStore>(EVENT_STORE);
    const sample = [expected[0]!, expected[Math.floor(expected.length / 2)]!, expected[expected.length - 1]!];
    for (const task of sample) {
      const stored = await store.readStream(taskStreamId(task.taskId));
      expect(stored.map((event) => event.metadata.occurredAt)).toEqual(
        task.commands.map((command) => new Date(command.context.occurredAt).toISOString()),
      );
    }
  });

  it('is recorded as the import demo-city: a lifecycle in the log, every task event marked, none of it late in the audit trail', async () => {
    const store = t.app.get<EventStore>(EVENT_STORE);
    const lifecycle = await store.readStream('import-demo-city');
    expect(lifecycle[0]).toMatchObject({ type: 'ImportStarted', data: { batchId: 'demo-city', source: 'demo-city', taskIds: null } });
    expect(lifecycle.at(-1)).toMatchObject({ type: 'ImportFinished', data: { batchId: 'demo-city', tasks: seeded } });
    expect((await store.readStream(DEMO_LOADED_STREAM)).map((event) => event.type)).toEqual(['DemoDataLoaded']);
    const s1 = generateDemoTasks({
      seed: DEMO_TASK_SEED,
      until: UNTIL.toISOString(),
      organisation: t.app.get(OrganisationReadModel).current,
      calendar: workingDayCalendar(),
    }).find((task) => task.label === 'S1')!;
    const trail = (await apiAs(t.app, t.tokenFor(city.inspector)).get(`/audit/events?task=${s1.taskId}`).expect(200)).body.items as Array<
      Record<string, unknown>
    >;
    const loaded = trail.filter((entry) => entry['type'] !== 'DeadlineLapsed');
    expect(loaded.length).toBe(s1.commands.length);
    for (const entry of loaded)
      expect(entry).toMatchObject({ late: false, imported: true, import: { source: 'demo-city', batchId: 'demo-city' } });
  });

  it('the watcher running during the load appended no lapse among a task’s loaded history: every lapse follows the task’s last loaded event', async () => {
    const store = t.app.get<EventStore>(EVENT_STORE);
    const tasks = generateDemoTasks({
      seed: DEMO_TASK_SEED,
      until: UNTIL.toISOString(),
      organisation: t.app.get(OrganisationReadModel).current,
      calendar: workingDayCalendar(),
    });
    const interleaved: string[] = [];
    for (const task of tasks) {
      const stream = await store.readStream(taskStreamId(task.taskId));
      const firstLapse = stream.findIndex((event) => event.type === 'DeadlineLapsed');
      const lastLoaded = stream.findLastIndex((event) => event.type !== 'DeadlineLapsed');
      if (firstLapse !== -1 && firstLapse < lastLoaded) interleaved.push(task.taskId);
    }
    expect(interleaved).toEqual([]);
  });

  it('includes story S1 as scenarios.md tells it: transferred at d+2, returned at d+3, completed at d+12', async () => {
    const organisation = t.app.get(OrganisationReadModel).current;
    const s1 = generateDemoTasks({ seed: DEMO_TASK_SEED, until: UNTIL.toISOString(), organisation, calendar: workingDayCalendar() }).find(
      (task) => task.label === 'S1',
    )!;
    const trail = (await apiAs(t.app, t.tokenFor(city.chairman)).get(`/tasks/${s1.taskId}/events`).expect(200)).body.events;
    const steps = trail.map(
      (event: { type: string; metadata: { occurredAt: string } }) => `${event.type}@${event.metadata.occurredAt.slice(0, 10)}`,
    );
    expect(steps).toEqual(expect.arrayContaining(['TaskTransferred@2026-03-04', 'TaskReturned@2026-03-05', 'TaskCompleted@2026-03-18']));
  });

  it('every projection, findings included, takes the whole demo log without failing, and the watcher then records lapses it can judge', async () => {
    await projectionsCaughtUp(t.app, 60_000);
    const inspector = apiAs(t.app, t.tokenFor(city.inspector));
    const open = (await inspector.get('/findings?status=open&limit=200').expect(200)).body.items as Array<{ ruleCode: string }>;
    expect(open.some((finding) => finding.ruleCode === 'OWN_WORK_TRANSFERRED')).toBe(true);
    // The demo import has finished: nothing is deferred any more (rounds during the load may have recorded some already).
    const round = await t.app.get(DeadlineWatcher).runOnce(UNTIL);
    expect(round.tasksDeferred).toBe(0);
    const store = t.app.get<EventStore>(EVENT_STORE);
    const tasks = generateDemoTasks({
      seed: DEMO_TASK_SEED,
      until: UNTIL.toISOString(),
      organisation: t.app.get(OrganisationReadModel).current,
      calendar: workingDayCalendar(),
    });
    const streams = await Promise.all(tasks.map((task) => store.readStream(taskStreamId(task.taskId))));
    expect(streams.flat().filter((event) => event.type === 'DeadlineLapsed').length).toBeGreaterThan(0);
    await projectionsCaughtUp(t.app, 60_000);
    const again = await t.app.get(DeadlineWatcher).runOnce(UNTIL);
    expect(again.lapsesRecorded).toBe(0);
  }, 120_000);

  it('loads nothing a second time', async () => {
    expect(await seedDemoTasks(t.app, UNTIL, () => undefined)).toBe(0);
    expect(await loadDemoTasks(t.app, { kind: 'loaded' }, () => undefined, { shouldStop: () => false })).toBe(0);
  });
});

describe('the demo state at start', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { organisation: 'none' });
  });
  afterAll(() => t.close());

  it('a load stopped right after it opened the import batch is partial (resumed at the next start), not another organisation', async () => {
    const store = t.app.get<EventStore>(EVENT_STORE);
    expect(await demoStateOf(store)).toEqual({ kind: 'absent' });
    await demoImportBatch(store).open();
    expect(await demoStateOf(store)).toEqual({ kind: 'partial', startedAt: expect.any(Date) });
    expect(await loadDemoOrganisation(store, await demoStateOf(store), () => false)).toBeGreaterThan(0);
    expect((await store.readStream('import-demo-city')).map((event) => event.type)).toEqual(['ImportStarted', 'ImportResumed']);
  });
});
