import { formatVnDateTime } from '@lib/domain/calendar';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { startTestApp, type TestApp } from '../../support/test-app';
import { city } from '../../support/city.fixture';
import { ScenarioClient, type Person, type TrailEvent } from '../scenarios/scenario-client';
import { playTasks, readers } from './access-fixture';

// The audit trail of the city task (assigned, transferred, returned, completed in March 2026, recorded
// now: every entry is late beyond the 24-hour window), its exports, and the access log that records each read.
describe('GET /audit/events: the log in log order, filtered, paged and exported; every read recorded', () => {
  let t: TestApp;
  let cityTask: string;
  let trail: TrailEvent[];
  const get = (who: Person, path: string) =>
    request(t.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${t.tokenFor(who)}`);

  beforeAll(async () => {
    t = await startTestApp();
    const api = new ScenarioClient(t);
    ({ cityTask } = await playTasks(api));
    trail = await api.trail(cityTask, city.chairman);
    await projectionsCaughtUp(t.app);
  });
  afterAll(() => t.close());

  it('a task’s events in log order, with both times, the recording official by name, and late recording flagged', async () => {
    const body = (await get(readers.cityInspector, `/audit/events?task=${cityTask}`).expect(200)).body;
    expect(body.items.map((entry: { eventId: string }) => entry.eventId)).toEqual(trail.map((event) => event.id));
    expect(body.items[1]).toMatchObject({
      type: 'TaskTransferred',
      streamId: `task-${cityTask}`,
      streamVersion: 1,
      globalPosition: trail[1]!.globalPosition,
      occurredAt: '2026-03-04T02:00:00.000Z',
      recordedAt: trail[1]!.recordedAt,
      late: true,
      actor: { personId: 'le-van-cuong', unitId: 'so-xay-dung', name: 'Lê Văn Cường' },
      onBehalfOf: null,
      data: { reason: 'Thuộc lĩnh vực đất đai' },
    });
    expect(body.nextCursor).toBeNull();
  });

  it('history loaded as an import (the demo organisation) shows its source and batch and is not late; a backdated entry recorded by hand still is', async () => {
    const byDung = (await get(readers.homeAffairs, '/audit/events?person=pham-minh-dung').expect(200)).body.items as Array<
      Record<string, unknown>
    >;
    const registered = byDung.find((entry) => entry['type'] === 'PersonRegistered')!;
    expect(registered['recordedAfterHours']).toBeGreaterThan(t.config.lateRecordingHours);
    expect(registered).toMatchObject({ late: false, imported: true, import: { source: 'demo-city', batchId: 'demo-city' } });
    const returned = byDung.find((entry) => entry['type'] === 'TaskReturned')!;
    expect(returned).toMatchObject({ late: true, imported: false, import: null });
  });

  it("the task's own trail (GET /tasks/{id}/events) marks late recording as the audit trail does, with the same window", async () => {
    const audit = (await get(readers.cityInspector, `/audit/events?task=${cityTask}`).expect(200)).body.items as Array<
      Record<string, unknown>
    >;
    const own = (await get(city.chairman, `/tasks/${cityTask}/events`).expect(200)).body.events as Array<Record<string, unknown>>;
    expect(own.map((event) => [event['id'], event['late'], event['imported'], event['recordedAfterHours']])).toEqual(
      audit.map((entry) => [entry['eventId'], entry['late'], entry['imported'], entry['recordedAfterHours']]),
    );
    expect(own.some((event) => event['late'] === true)).toBe(true);
  });

  it('pages with a cursor, filters by type, person, unit and period', async () => {
    const first = (await get(readers.cityInspector, `/audit/events?task=${cityTask}&limit=3`).expect(200)).body;
    const second = (await get(readers.cityInspector, `/audit/events?task=${cityTask}&limit=3&cursor=${first.nextCursor}`).expect(200)).body;
    expect([...first.items, ...second.items].map((entry: { eventId: string }) => entry.eventId)).toEqual(trail.map((event) => event.id));
    expect(second.nextCursor).toBeNull();
    const types = (await get(readers.cityInspector, `/audit/events?task=${cityTask}&types=TaskTransferred,TaskReturned`).expect(200)).body;
    expect(types.items.map((entry: { type: string }) => entry.type)).toEqual(['TaskTransferred', 'TaskReturned']);
    const byDung = (await get(readers.homeAffairs, '/audit/events?person=pham-minh-dung').expect(200)).body;
    // A person's trail: the organisation's record of them (registration, appointment) and what they did.
    expect(byDung.items.map((entry: { type: string }) => entry.type)).toEqual(['PersonRegistered', 'PersonAppointed', 'TaskReturned']);
    const bySoTnmt = (await get(readers.homeAffairs, '/audit/events?unit=so-tnmt&types=TaskTransferred,TaskReturned').expect(200)).body;
    expect(bySoTnmt.items.map((entry: { type: string }) => entry.type)).toEqual(['TaskTransferred', 'TaskReturned']);
    const march5 = (await get(readers.homeAffairs, `/audit/events?task=${cityTask}&from=2026-03-05&to=2026-03-05`).expect(200)).body;
    expect(march5.items.map((entry: { type: string }) => entry.type)).toEqual(['TaskReturned']);
  });

  it('exports CSV with a BOM and Vietnamese headers and names, and JSON Lines, streamed as attachments', async () => {
    const csv = await get(readers.cityInspector, `/audit/events?task=${cityTask}&format=csv`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="nhat-ky-\d{8}T\d{6}\.csv"$/);
    const bytes = csv.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(trail.length + 1);
    expect(lines[0]).toContain('Thời điểm xảy ra (occurredAt)');
    // The reports' layout: `;`-separated, times in Viet Nam's local time as dd/mm/yyyy HH:mm:ss.
    const cells = lines[2]!.split(';');
    expect(cells).toContain('Lê Văn Cường');
    expect(cells[2]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    expect(cells[2]).toBe(formatVnDateTime(trail[1]!.metadata.occurredAt));
    expect(lines[2]).toContain('"{""to"":{""unitId"":""so-tnmt""}');
    const jsonl = await get(readers.cityInspector, `/audit/events?task=${cityTask}&format=jsonl`).expect(200);
    expect(jsonl.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const entries = (jsonl.text as string)
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { eventId: string });
    expect(entries.map((entry) => entry.eventId)).toEqual(trail.map((event) => event.id));
  });

  it('refuses what it cannot answer: no subject for a non-admin, unknown parameters and malformed values, naming the field', async () => {
    const none = await get(readers.cityInspector, '/audit/events').expect(400);
    expect(none.body.errors).toEqual([
      {
        field: 'task',
        reason: 'cần chọn nhiệm vụ (task), người (person) hoặc đơn vị (unit); chỉ quản trị viên được xem toàn bộ nhật ký',
      },
    ]);
    const whole = await get(readers.admin, '/audit/events?limit=1000').expect(200);
    expect(whole.body.items.length).toBeGreaterThan(trail.length);
    for (const [query, field] of [
      ['task=T1', 'task'],
      ['task=' + cityTask + '&types=task-transferred', 'types'],
      ['task=' + cityTask + '&format=xml', 'format'],
      ['task=' + cityTask + '&cursor=abc', 'cursor'],
      ['task=' + cityTask + '&limit=0', 'limit'],
      ['task=' + cityTask + '&colour=red', 'colour'],
    ] as const) {
      const refused = await get(readers.cityInspector, `/audit/events?${query}`).expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field })]);
    }
  });

  it('every read of the audit trail is in the access log, allowed and denied alike; only an admin reads that log', async () => {
    await get(readers.sonTraInspector, `/audit/events?task=${cityTask}`).expect(403);
    await get(readers.cityInspector, `/audit/events?task=${cityTask}&types=TaskCompleted`).expect(200);
    await get(readers.cityInspector, '/admin/access-log').expect(403);
    let entries: Array<Record<string, unknown>> = [];
    for (let attempt = 0; attempt < 40; attempt++) {
      entries = (await get(readers.admin, '/admin/access-log?limit=1000').expect(200)).body.items;
      if (entries.some((entry) => entry['personId'] === readers.sonTraInspector.personId)) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(entries.find((entry) => entry['personId'] === readers.sonTraInspector.personId)).toMatchObject({
      method: 'GET',
      path: `/audit/events?task=${cityTask}`,
      status: 403,
      outcome: 'denied',
      unitId: 'ubnd-quan-son-tra',
      roles: ['inspector'],
    });
    expect(
      entries.filter((entry) => entry['personId'] === readers.cityInspector.personId && entry['status'] === 200).length,
    ).toBeGreaterThanOrEqual(5);
    expect(entries.every((entry) => String(entry['path']).startsWith('/audit/'))).toBe(true);
    const denied = (await get(readers.admin, `/admin/access-log?outcome=denied&person=${readers.sonTraInspector.personId}`).expect(200))
      .body.items;
    expect(denied).toHaveLength(1);
  });
});
