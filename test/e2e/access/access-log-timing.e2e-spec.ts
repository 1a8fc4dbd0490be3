import { randomUUID } from 'node:crypto';
import { get as httpGet, type ClientRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Pool } from 'pg';
import request from 'supertest';
import type { EventStore, NewEvent } from '@lib/event-store';
import { EVENT_STORE, PG_POOL } from '../../../apps/api/src/testing';
import { startTestApp, type TestApp } from '../../support/test-app';
import { readers } from './access-fixture';

/** Notes of ~50 kB each (an event type no projection reads): the CSV of the whole log is ~20 MB, more than
 * every buffer between server and client holds, so the export cannot end while the client is not reading. */
const NOTES = 400;
const note = (index: number): NewEvent => ({
  id: randomUUID(),
  type: 'BulkNoteRecorded',
  data: { index, text: `Ghi chú kiểm tra số ${index}: ${'nội dung dài '.repeat(4000)}` },
  metadata: {
    actor: { personId: 'quan-tri', unitId: 'van-phong-ubnd-tp' },
    commandId: randomUUID(),
    correlationId: randomUUID(),
    causationId: null,
    occurredAt: '2026-03-02T09:00:00+07:00',
    schemaVersion: 1,
  },
});

interface Listed {
  requestId: string | null;
  personId: string | null;
  method: string;
  path: string;
  status: number | null;
  outcome: string;
  startedAt: string;
  endedAt: string | null;
}

describe('the access log records a read when its answer starts, and how it ended — aborted included', () => {
  let t: TestApp;
  let port: number;
  let open: ClientRequest | undefined;
  const listed = async (query: string): Promise<Listed[]> =>
    (
      await request(t.app.getHttpServer())
        .get(`/admin/access-log?${query}`)
        .set('Authorization', `Bearer ${t.tokenFor(readers.admin)}`)
        .expect(200)
    ).body.items;
  /** Bounded poll of the access log until `found` holds (the rows are written beside the answer, not before it). */
  const eventually = async (query: string, found: (items: Listed[]) => Listed | undefined): Promise<Listed> => {
    let items: Listed[] = [];
    for (let attempt = 0; attempt < 200; attempt++) {
      items = await listed(query);
      const match = found(items);
      if (match !== undefined) return match;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`access log never showed it; last page: ${JSON.stringify(items)}`);
  };

  beforeAll(async () => {
    t = await startTestApp({}, { organisation: 'none' });
    const store = t.app.get<EventStore>(EVENT_STORE);
    for (let batch = 0; batch < NOTES / 20; batch++) {
      await store.appendToStream(
        `note-${batch}`,
        Array.from({ length: 20 }, (_, i) => note(batch * 20 + i)),
        { expectedVersion: 'no_stream' },
      );
    }
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(async () => {
    open?.destroy();
    await t.close();
  });

  it('a streamed CSV export: listed once its first bytes are out, then as aborted when the client cuts it off', async () => {
    const path = '/audit/events?format=csv&types=BulkNoteRecorded';
    // node:http directly: read the first chunk, then stop reading (the server is held back by the socket).
    const { call, response } = await new Promise<{ call: ClientRequest; response: IncomingMessage }>((resolve, reject) => {
      const call = httpGet(
        { host: '127.0.0.1', port, path, headers: { Authorization: `Bearer ${t.tokenFor(readers.admin)}` } },
        (response) => {
          response.once('data', () => {
            response.pause();
            resolve({ call, response });
          });
        },
      );
      call.on('error', reject);
      open = call;
    });
    expect(response.statusCode).toBe(200);

    const started = await eventually(`person=${readers.admin.personId}`, (items) => items.find((item) => item.path === path));
    expect(started).toMatchObject({
      method: 'GET',
      path,
      status: 200,
      outcome: 'allowed',
      endedAt: null,
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });

    call.on('error', () => undefined);
    call.destroy();
    const aborted = await eventually('outcome=aborted', (items) => items.find((item) => item.path === path));
    expect(aborted).toMatchObject({
      requestId: started.requestId,
      personId: readers.admin.personId,
      method: 'GET',
      path,
      status: 200,
      outcome: 'aborted',
      startedAt: started.startedAt,
      endedAt: expect.any(String),
    });

    // Append-only: two rows for the request, the start and the end, never an update.
    const pool = t.app.get<Pool>(PG_POOL);
    const { rows } = await pool.query<{ phase: string; outcome: string }>(
      'SELECT phase, outcome FROM access_log WHERE request_id = $1 ORDER BY id',
      [started.requestId],
    );
    expect(rows).toEqual([
      { phase: 'started', outcome: 'allowed' },
      { phase: 'ended', outcome: 'aborted' },
    ]);
  });

  it('a read answered in full: one entry with its final outcome and both times', async () => {
    const path = '/audit/events?format=json&types=BulkNoteRecorded&limit=1';
    await request(t.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${t.tokenFor(readers.admin)}`)
      .expect(200);
    await request(t.app.getHttpServer())
      .get('/audit/events?task=00000000-0000-4000-8000-000000000000')
      .set('Authorization', `Bearer ${t.tokenFor(readers.cityInspector)}`)
      .expect(404);
    const done = await eventually(`person=${readers.admin.personId}&outcome=allowed`, (items) =>
      items.find((item) => item.path === path && item.endedAt !== null),
    );
    expect(done).toMatchObject({ status: 200, outcome: 'allowed' });
    expect(Date.parse(done.endedAt!)).toBeGreaterThanOrEqual(Date.parse(done.startedAt));
    const missing = await eventually(`person=${readers.cityInspector.personId}`, (items) => items.find((item) => item.endedAt !== null));
    expect(missing).toMatchObject({ status: 404, outcome: 'not_found' });
    expect((await listed(`person=${readers.admin.personId}`)).filter((item) => item.path === path)).toHaveLength(1);
  });

  it('entries written the earlier way (one row once the answer was sent) are still listed, as ended', async () => {
    const pool = t.app.get<Pool>(PG_POOL);
    await pool.query(
      `INSERT INTO access_log (person_id, unit_id, roles, method, path, status, outcome, duration_ms) VALUES ('nguoi-doc-cu', 'so-noi-vu', '{inspector}', 'GET', '/reports/status', 200, 'allowed', 12)`,
    );
    const [entry] = await listed('person=nguoi-doc-cu');
    expect(entry).toMatchObject({ requestId: null, status: 200, outcome: 'allowed', durationMs: 12, endedAt: entry!.startedAt });
    await expect(pool.query(`UPDATE access_log SET outcome = 'error' WHERE person_id = 'nguoi-doc-cu'`)).rejects.toThrow(
      /permission denied|append-only/,
    );
  });
});
