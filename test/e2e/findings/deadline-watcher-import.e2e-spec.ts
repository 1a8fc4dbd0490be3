import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import type { RuleCode } from '@lib/domain/rules';
import type { TaskCommand } from '@lib/domain/task';
import type { EventStore, ImportOrigin } from '@lib/event-store';
import { DeadlineWatcher, EVENT_STORE, ImportBatchLog, lapseEventId, TaskCommandRecorder } from '../../../apps/api/src/testing';
import { city } from '../../support/city.fixture';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { startTestApp, type TestApp } from '../../support/test-app';
import { ScenarioClient, type TrailEvent } from '../scenarios/scenario-client';

// Tasks of Sở Xây dựng assigned on Monday 2 March 2026 with a deadline at the end of 16 March, loaded as
// history from an earlier system; the watcher runs on 31 March. The service's clock can be moved forward to
// let an import fall silent.
const { chairman, cuong } = city;
const NOW = new Date('2026-03-31T02:00:00.000Z');
const FIRST_DAY_AFTER_DEADLINE = '2026-03-16T17:00:00.000Z';
const STALE_MINUTES = 30;
const wall = { offsetMs: 0 };

const lapses = (trail: TrailEvent[]): TrailEvent[] => trail.filter((event) => event.type === 'DeadlineLapsed');

function assignment(taskId: string, title: string): TaskCommand {
  return {
    type: 'AssignTask',
    data: {
      taskId,
      kind: 'task',
      title,
      category: 'construction',
      source: { number: '2128/UBND-TH', date: '2026-03-02' },
      assigningAuthority: { personId: chairman.personId, unitId: chairman.unitId },
      leadUnitId: 'so-xay-dung',
      coordinatingUnitIds: [],
      responsiblePerson: { personId: cuong.personId, unitId: cuong.unitId },
      deadline: { dueAt: FIRST_DAY_AFTER_DEADLINE },
    },
    context: {
      actor: { personId: chairman.personId, unitId: chairman.unitId, position: 'head', roles: ['office_chief'] },
      occurredAt: '2026-03-02T01:30:00.000Z',
      now: new Date().toISOString(),
    },
  };
}

describe('deadline watcher and imported history: no lapse while the import holding the task runs', () => {
  let t: TestApp;
  let api: ScenarioClient;
  let store: EventStore;
  let watcher: DeadlineWatcher;

  const importTask = async (origin: ImportOrigin, title: string): Promise<string> => {
    const taskId = randomUUID();
    const commandId = randomUUID();
    await t.app
      .get(TaskCommandRecorder)
      .record(taskId, assignment(taskId, title), { commandId, correlationId: commandId, causationId: null, import: origin });
    return taskId;
  };
  /** A transaction left open elsewhere holds back the ordered read of the log (it never passes a running transaction). */
  const withLaggingLog = async <T>(work: () => Promise<T>): Promise<T> => {
    const other = new Client({ connectionString: t.db.url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT pg_current_xact_id()');
      return await work();
    } finally {
      await other.query('ROLLBACK').catch(() => undefined);
      await other.end();
    }
  };
  const batch = (batchId: string): ImportBatchLog =>
    new ImportBatchLog(
      store,
      { source: 'phan-mem-cu', batchId },
      { personId: 'he-thong', unitId: 'van-phong-ubnd-tp' },
      { now: () => new Date() },
    );

  beforeAll(async () => {
    t = await startTestApp({ importStaleMinutes: STALE_MINUTES }, { clock: { now: () => new Date(Date.now() + wall.offsetMs) } });
    api = new ScenarioClient(t);
    store = t.app.get<EventStore>(EVENT_STORE);
    watcher = t.app.get(DeadlineWatcher);
  });
  afterAll(() => t.close());

  it('the imported events carry the source and batch', async () => {
    const log = batch('b-carried');
    await log.open();
    const taskId = await importTask(log.origin, 'Hồ sơ nhập từ phần mềm cũ số 1');
    const [assigned] = await store.readStream(`task-${taskId}`);
    expect(assigned!.metadata.import).toEqual({ source: 'phan-mem-cu', batchId: 'b-carried' });
    await log.finish(1);
  });

  it('appends no lapse to a task while its import runs, and the lapse as of its own instant once the import finishes', async () => {
    const log = batch('b-running');
    await log.open();
    const imported = await importTask(log.origin, 'Hồ sơ nhập từ phần mềm cũ số 2');
    const recordedByHand = await api.assign(chairman, {
      title: 'Kiểm tra công trình nhà ở riêng lẻ số 20 đường Lê Duẩn',
      category: 'construction',
      source: { number: '2128/UBND-TH', date: '2026-03-02' },
      assigningAuthority: { personId: chairman.personId, unitId: chairman.unitId },
      leadUnitId: 'so-xay-dung',
      responsiblePerson: { personId: cuong.personId, unitId: cuong.unitId },
      deadline: { workingDays: 10 },
      occurredAt: '2026-03-02T01:30:00.000Z',
    });
    await projectionsCaughtUp(t.app);
    const round = await watcher.runOnce(NOW);
    expect(lapses(await api.trail(imported, chairman))).toEqual([]);
    expect(lapses(await api.trail(recordedByHand, chairman)).length).toBeGreaterThanOrEqual(1);
    expect(round.tasksDeferred).toBeGreaterThanOrEqual(1);
    await log.progress(1, 1);
    expect((await watcher.runOnce(NOW)).lapsesRecorded).toBe(0);
    expect(lapses(await api.trail(imported, chairman))).toEqual([]);

    // The finish is seen at once, even while the ordered read of the log lags behind it.
    await withLaggingLog(async () => {
      await log.finish(1);
      await watcher.runOnce(NOW);
    });
    const recorded = lapses(await api.trail(imported, chairman));
    expect(recorded[0]).toMatchObject({
      data: { taskId: imported, lapseAt: FIRST_DAY_AFTER_DEADLINE, ruleCodes: expect.arrayContaining(['STALLED']) },
      metadata: { occurredAt: FIRST_DAY_AFTER_DEADLINE },
    });
    // The id is the one the watcher would have given it on time: name-based on the task, the instant and the rules.
    const { ruleCodes } = recorded[0]!.data as { ruleCodes: RuleCode[] };
    expect(recorded[0]!.id).toBe(lapseEventId(imported, { at: FIRST_DAY_AFTER_DEADLINE, ruleCodes }));
  });

  it('a task the batch declares before writing to it waits too', async () => {
    const taskId = randomUUID();
    const log = batch('b-declared');
    await log.open([taskId]);
    const commandId = randomUUID();
    // Recorded by hand before the batch adds its history to it: it carries no import metadata.
    await t.app.get(TaskCommandRecorder).record(taskId, assignment(taskId, 'Hồ sơ bổ sung lịch sử từ phần mềm cũ'), {
      commandId,
      correlationId: commandId,
      causationId: null,
    });
    await projectionsCaughtUp(t.app);
    await watcher.runOnce(NOW);
    expect(lapses(await api.trail(taskId, chairman))).toEqual([]);
    await withLaggingLog(async () => {
      await log.finish(0);
      await watcher.runOnce(NOW);
    });
    expect(lapses(await api.trail(taskId, chairman)).length).toBeGreaterThanOrEqual(1);
  });

  it('an import silent for longer than IMPORT_STALE_MINUTES is deemed abandoned: the watcher no longer waits for it', async () => {
    const log = batch('b-abandoned');
    await log.open();
    const imported = await importTask(log.origin, 'Hồ sơ nhập từ phần mềm cũ số 3');
    await projectionsCaughtUp(t.app);
    await watcher.runOnce(NOW);
    expect(lapses(await api.trail(imported, chairman))).toEqual([]);
    wall.offsetMs = (STALE_MINUTES + 1) * 60_000;
    try {
      await watcher.runOnce(NOW);
    } finally {
      wall.offsetMs = 0;
    }
    expect(lapses(await api.trail(imported, chairman)).length).toBeGreaterThanOrEqual(1);
  });
});
