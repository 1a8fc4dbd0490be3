import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_TASK_SEED, generateDemoTasks } from '@lib/domain/demo';
import { taskStreamId } from '@lib/domain/task';
import type { EventStore } from '@lib/event-store';
import { workingDayCalendar } from '../../apps/api/src/calendar/calendar.provider';
import { seedDemoTasks } from '../../apps/api/src/demo/demo-tasks.seeder';
import { EVENT_STORE } from '../../apps/api/src/event-store/event-store.module';
import { DeadlineWatcher } from '../../apps/api/src/findings/deadline-watcher.service';
import { OrganisationReadModel } from '../../apps/api/src/org/organisation.read-model';
import { apiAs } from '../support/api-client';
import { city } from '../support/city.fixture';
import { projectionsCaughtUp } from '../support/projections-caught-up';
import { startTestApp, type TestApp } from '../support/test-app';

const UNTIL = new Date('2026-11-20T10:00:00+07:00');

describe('the demo city loaded at first start', () => {
  let t: TestApp;
  let seeded: number;
  beforeAll(async () => {
    t = await startTestApp();
    seeded = await seedDemoTasks(t.app, UNTIL, () => undefined);
  }, 120_000);
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
      expect(stored.map((event) => event.metadata.occurredAt)).toEqual(task.commands.map((command) => new Date(command.context.occurredAt).toISOString()));
    }
  });

  it('includes story S1 as scenarios.md tells it: transferred at d+2, returned at d+3, completed at d+12', async () => {
    const organisation = t.app.get(OrganisationReadModel).current;
    const s1 = generateDemoTasks({ seed: DEMO_TASK_SEED, until: UNTIL.toISOString(), organisation, calendar: workingDayCalendar() }).find((task) => task.label === 'S1')!;
    const trail = (await apiAs(t.app, t.tokenFor(city.chairman)).get(`/tasks/${s1.taskId}/events`).expect(200)).body.events;
    const steps = trail.map((event: { type: string; metadata: { occurredAt: string } }) => `${event.type}@${event.metadata.occurredAt.slice(0, 10)}`);
    expect(steps).toEqual(expect.arrayContaining(['TaskTransferred@2026-03-04', 'TaskReturned@2026-03-05', 'TaskCompleted@2026-03-18']));
  });

  it('every projection, findings included, takes the whole demo log without failing, and the watcher then records lapses it can judge', async () => {
    await projectionsCaughtUp(t.app, 60_000);
    const inspector = apiAs(t.app, t.tokenFor(city.inspector));
    const open = (await inspector.get('/findings?status=open&limit=200').expect(200)).body.items as Array<{ ruleCode: string }>;
    expect(open.some((finding) => finding.ruleCode === 'OWN_WORK_TRANSFERRED')).toBe(true);
    const round = await t.app.get(DeadlineWatcher).runOnce(UNTIL);
    expect(round.lapsesRecorded).toBeGreaterThan(0);
    await projectionsCaughtUp(t.app, 60_000);
    const again = await t.app.get(DeadlineWatcher).runOnce(UNTIL);
    expect(again.lapsesRecorded).toBe(0);
  }, 120_000);

  it('loads nothing a second time', async () => {
    expect(await seedDemoTasks(t.app, UNTIL, () => undefined)).toBe(0);
  });
});
