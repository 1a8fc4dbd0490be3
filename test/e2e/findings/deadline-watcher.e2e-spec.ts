import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEADLINE_WATCHER_ACTOR, DeadlineWatcher } from '../../../apps/api/src/testing';
import { city } from '../../support/city.fixture';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { startTestApp, type TestApp } from '../../support/test-app';
import { s1Assignment } from '../scenarios/s1-story';
import { at, ScenarioClient, type TrailEvent } from '../scenarios/scenario-client';
import { FindingsClient } from './findings-client';

// Tasks of Sở Xây dựng assigned on Monday 2 March 2026, 10 working days (due at the end of 16 March),
// Lê Văn Cường responsible. Nothing more is recorded on the idle ones; the watcher runs on 31 March.
const { chairman, cuong, inspector } = city;
const NOW = new Date('2026-03-31T02:00:00.000Z');
const FIRST_DAY_AFTER_DEADLINE = '2026-03-16T17:00:00.000Z';

const lapses = (trail: TrailEvent[]): TrailEvent[] => trail.filter((event) => event.type === 'DeadlineLapsed');

describe('deadline watcher: explicit, idempotent lapse events on the task stream', () => {
  let t: TestApp;
  let api: ScenarioClient;
  let http: FindingsClient;
  let watcher: DeadlineWatcher;
  const assign = (title: string) => api.assign(chairman, s1Assignment(title));

  beforeAll(async () => {
    t = await startTestApp();
    api = new ScenarioClient(t);
    http = new FindingsClient(t);
    watcher = t.app.get(DeadlineWatcher);
  });
  afterAll(() => t.close());

  it('an idle task past its deadline gets one lapse at the first instant after it, naming the rules, by the watcher, recorded late', async () => {
    const idle = await assign('Kiểm tra công trình nhà ở riêng lẻ số 12 đường Lê Duẩn');
    await projectionsCaughtUp(t.app);
    expect(await http.statusesOf(idle, inspector)).toEqual({});
    const round = await watcher.runOnce(NOW);
    expect(round.lapsesRecorded).toBeGreaterThanOrEqual(1);
    const recorded = lapses(await api.trail(idle, chairman));
    expect(recorded[0]).toMatchObject({
      type: 'DeadlineLapsed',
      data: { taskId: idle, lapseAt: FIRST_DAY_AFTER_DEADLINE, ruleCodes: ['OVERDUE_HOLD', 'STALLED'] },
      metadata: { actor: { ...DEADLINE_WATCHER_ACTOR }, occurredAt: FIRST_DAY_AFTER_DEADLINE },
    });
    for (const event of recorded) {
      expect(Date.parse(event.metadata.occurredAt)).toBeLessThanOrEqual(NOW.getTime());
      expect(Date.parse(event.recordedAt)).toBeGreaterThan(Date.parse(event.metadata.occurredAt));
    }
    expect(new Set(recorded.map((event) => (event.data as { lapseAt: string }).lapseAt)).size).toBe(recorded.length);
    const found = await http.get(`/findings?task=${idle}`, inspector);
    expect(found['items'].map((item: Record<string, string>) => [item['ruleCode'], item['at']]).sort()).toEqual([
      ['OVERDUE_HOLD', FIRST_DAY_AFTER_DEADLINE],
      ['STALLED', FIRST_DAY_AFTER_DEADLINE],
    ]);
  });

  it('a second round appends nothing new', async () => {
    await projectionsCaughtUp(t.app);
    const again = await watcher.runOnce(NOW);
    expect(again.lapsesRecorded).toBe(0);
  });

  it('two watchers racing on the same task append each lapse once', async () => {
    const idle = await assign('Kiểm tra công trình nhà ở riêng lẻ số 14 đường Lê Duẩn');
    await projectionsCaughtUp(t.app);
    const rounds = await Promise.all([watcher.runOnce(NOW), watcher.runOnce(NOW), watcher.runOnce(NOW)]);
    const recorded = lapses(await api.trail(idle, chairman));
    expect(recorded.length).toBeGreaterThanOrEqual(1);
    expect(new Set(recorded.map((event) => event.id)).size).toBe(recorded.length);
    expect(rounds.reduce((sum, round) => sum + round.lapsesRecorded, 0)).toBe(recorded.length);
  });

  it('no lapse before its instant, and none for a task completed on time', async () => {
    const done = await assign('Báo cáo kết quả kiểm tra trật tự xây dựng tháng 3');
    await api.act(cuong, done, 'completion', { result: 'Đã báo cáo', occurredAt: at('2026-03-10', '15:00') }, ['TaskCompleted']);
    const waiting = await assign('Kiểm tra công trình nhà ở riêng lẻ số 16 đường Lê Duẩn');
    await projectionsCaughtUp(t.app);
    await watcher.runOnce(new Date('2026-03-16T16:59:00.000Z'));
    expect(lapses(await api.trail(waiting, chairman))).toEqual([]);
    await watcher.runOnce(NOW);
    expect(lapses(await api.trail(done, chairman))).toEqual([]);
    expect(await http.statusesOf(done, inspector)).toEqual({});
    expect(lapses(await api.trail(waiting, chairman)).length).toBeGreaterThanOrEqual(1);
  });
});
