import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import request from 'supertest';
import { formatSignerKey, formatVerifierKey, generateNoteKey } from '@lib/ledger';
import { LedgerVerifier, type LedgerSql } from '@lib/read-models/ledger';
import { LedgerWatch, ProjectorService, runVerifyLedger } from '../../../apps/api/src/testing';
import { apiAs } from '../../support/api-client';
import { city } from '../../support/city.fixture';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { startTestApp, type TestApp } from '../../support/test-app';

const ORIGIN = 'kiem-tra.example/trach-nhiem';
const admin = { personId: 'quan-tri', unitId: 'ubnd-tp', roles: ['admin' as const] };

/** The log as its owner sees it: the only role that can turn the append-only triggers off. */
function ownerSql(pool: Pool): LedgerSql {
  return { query: async (sql, params) => (await pool.query(sql, params ? [...params] : undefined)).rows };
}

/** What an intruder with the owner's password can do: turn the triggers off, change the log, turn them on again. */
async function tamper(pool: Pool, sql: string, params: unknown[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('ALTER TABLE events DISABLE TRIGGER USER');
    const { rowCount } = await client.query(sql, params);
    expect(rowCount).toBe(1);
    await client.query('ALTER TABLE events ENABLE TRIGGER USER');
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

function captured(): { io: { out(t: string): void; err(t: string): void }; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { out: (t) => (out += t), err: (t) => (err += t) }, out: () => out, err: () => err };
}

async function createTask(t: TestApp, title: string): Promise<string> {
  const created = await apiAs(t.app, t.tokenFor(city.chairman))
    .post('/tasks', {
      title,
      category: 'construction',
      source: { number: '15/UBND-TH', date: '2026-03-02' },
      assigningAuthority: { personId: city.chairman.personId, unitId: city.chairman.unitId },
      leadUnitId: 'so-xay-dung',
      deadline: { workingDays: 10 },
      occurredAt: '2026-03-02T08:00:00+07:00',
    })
    .expect(201);
  return (created.body as { events: Array<{ eventId: string }> }).events[0]!.eventId;
}

async function health(t: TestApp, status: number): Promise<Record<string, unknown>> {
  const response = await request(t.app.getHttpServer())
    .get('/health')
    .set('Authorization', `Bearer ${t.tokenFor(admin)}`)
    .expect(status);
  return response.body as Record<string, unknown>;
}

async function started(): Promise<{ t: TestApp; owner: Pool; key: string; verifier: ReturnType<typeof generateNoteKey>['verifier'] }> {
  const { signer, verifier } = generateNoteKey(ORIGIN);
  const t = await startTestApp({ ledgerSigningKey: formatSignerKey(signer), ledgerCheckpointMs: 0 });
  const owner = new Pool({ connectionString: t.db.url, max: 2 });
  return { t, owner, key: formatVerifierKey(verifier), verifier };
}

describe('npm run verify and /health: an event edited behind the triggers', () => {
  let t: TestApp;
  let owner: Pool;
  let key: string;
  let verifier: ReturnType<typeof generateNoteKey>['verifier'];
  let eventId: string;
  let logSize: number;

  beforeAll(async () => {
    ({ t, owner, key, verifier } = await started());
    await projectionsCaughtUp(t.app);
    await t.app.get(ProjectorService).ledgerPublisher!.publishOnce();
    eventId = await createTask(t, 'Kiểm tra hồ sơ cấp phép xây dựng tại phường Hải Châu');
    await projectionsCaughtUp(t.app);
    logSize = (await t.app.get(ProjectorService).ledgerPublisher!.publishOnce())!.treeSize;
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  it('finds the intact log intact: every event against its leaf, both checkpoints against their signatures and roots', async () => {
    const report = await new LedgerVerifier(ownerSql(owner), { verifier, pageSize: 7 }).run('log');
    expect(report).toMatchObject({
      intact: true,
      eventsChecked: logSize,
      verifiedUpTo: { leafIndex: logSize - 1 },
      treeSize: logSize,
      behind: 0,
      checkpointsChecked: 2,
      signaturesChecked: true,
      eventMismatch: null,
      checkpointMismatch: null,
      treeMismatch: null,
    });

    const cli = captured();
    expect(await runVerifyLedger(['--key', key], { DATABASE_URL: t.db.serviceUrl }, cli.io)).toBe(0);
    expect(cli.out()).toMatch(new RegExp(`^Sổ cái toàn vẹn: ${logSize} sự kiện, 2 checkpoint khớp chữ ký và gốc cây\\.`));
    // Without a key (DATABASE_URL and no signing key configured): the roots are checked, and the verdict says the signatures were not.
    const keyless = captured();
    expect(await runVerifyLedger([], { DATABASE_URL: t.db.serviceUrl }, keyless.io)).toBe(0);
    expect(keyless.out()).toContain('khớp gốc cây (chữ ký chưa được kiểm tra)');
    expect(keyless.err()).toContain('KHÔNG kiểm tra chữ ký');

    await t.app.get(LedgerWatch).runOnce();
    const body = await health(t, 200);
    expect(body).toMatchObject({
      status: 'ok',
      ledger: {
        status: 'up',
        state: 'verified',
        signing: true,
        signaturesChecked: true,
        verifiedUpTo: { leafIndex: logSize - 1 },
        treeSize: logSize,
        latestCheckpoint: { treeSize: logSize, publishedAt: expect.any(String) },
      },
    });
  });

  it('names the edited event, from the verifier, the command line and /health', async () => {
    const [{ leaf_index: leafIndex, global_position: position, stream_id: streamId }] = (
      await owner.query<{ leaf_index: string; global_position: string; stream_id: string }>(
        'SELECT l.leaf_index, e.global_position, e.stream_id FROM ledger_leaf l JOIN events e USING (event_id) WHERE event_id = $1',
        [eventId],
      )
    ).rows as [{ leaf_index: string; global_position: string; stream_id: string }];
    await tamper(owner, `UPDATE events SET data = data || '{"title": "Một nhiệm vụ khác"}'::jsonb WHERE event_id = $1`, [eventId]);

    const report = await new LedgerVerifier(ownerSql(owner), { verifier }).run('log');
    expect(report.intact).toBe(false);
    expect(report.eventMismatch).toMatchObject({
      kind: 'altered',
      leafIndex: Number(leafIndex),
      event: { id: eventId, globalPosition: Number(position), streamId, type: 'TaskAssigned' },
    });
    expect(report.alteredEvents).toBe(1);
    // The first checkpoint came before the event; the second signs it, and no longer matches the log.
    expect(report.checkpointMismatch).toMatchObject({ kind: 'root', treeSize: logSize });
    expect(report.checkpointMismatches).toBe(1);

    const cli = captured();
    expect(await runVerifyLedger([`--key=${key}`], { DATABASE_URL: t.db.serviceUrl }, cli.io)).toBe(1);
    expect(cli.out()).toContain(
      `PHÁT HIỆN SAI LỆCH: sự kiện ${eventId} (vị trí ${position}, luồng ${streamId}, loại TaskAssigned) không còn khớp với lá số ${leafIndex} đã băm`,
    );
    expect(cli.out()).toContain(`checkpoint kích thước ${logSize}`);

    // The periodic check had already passed this event: its sweep over the older events finds the edit.
    await t.app.get(LedgerWatch).runOnce();
    const body = await health(t, 503);
    expect(body).toMatchObject({
      status: 'degraded',
      ledger: { status: 'down', state: 'mismatch', mismatch: { event: { kind: 'altered', event: { id: eventId } } } },
    });
    expect((body.ledger as { mismatch: { message: string } }).mismatch.message).toContain(eventId);
    const anonymous = await request(t.app.getHttpServer()).get('/health').expect(503);
    expect(anonymous.body).toEqual({ status: 'down' });
    expect(anonymous.headers['retry-after']).toMatch(/^\d+$/);
  });
});

describe('npm run verify and /health: an event deleted behind the triggers', () => {
  let t: TestApp;
  let owner: Pool;
  let key: string;
  let verifier: ReturnType<typeof generateNoteKey>['verifier'];
  let logSize: number;

  beforeAll(async () => {
    ({ t, owner, key, verifier } = await started());
    await createTask(t, 'Rà soát thủ tục đất đai quý I');
    await projectionsCaughtUp(t.app);
    logSize = (await t.app.get(ProjectorService).ledgerPublisher!.publishOnce())!.treeSize;
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  it('names the leaf whose event is gone, and the periodic check turns /health degraded', async () => {
    const middle = Math.floor(logSize / 2);
    const [victim] = (
      await owner.query<{ event_id: string; global_position: string }>(
        'SELECT event_id, global_position FROM ledger_leaf WHERE leaf_index = $1',
        [middle],
      )
    ).rows;
    await tamper(owner, 'DELETE FROM events WHERE event_id = $1', [victim!.event_id]);

    const report = await new LedgerVerifier(ownerSql(owner), { verifier }).run('log');
    expect(report.eventMismatch).toEqual({
      kind: 'missing',
      leafIndex: middle,
      eventId: victim!.event_id,
      globalPosition: Number(victim!.global_position),
    });
    expect(report.verifiedUpTo).toMatchObject({ leafIndex: middle - 1 });

    const cli = captured();
    expect(await runVerifyLedger(['--key', key], { DATABASE_URL: t.db.serviceUrl }, cli.io)).toBe(1);
    expect(cli.out()).toContain(`PHÁT HIỆN SAI LỆCH: lá số ${middle} ghi sự kiện ${victim!.event_id}`);
    expect(cli.out()).toContain('đã bị xóa');

    await t.app.get(LedgerWatch).runOnce();
    const body = await health(t, 503);
    expect(body).toMatchObject({
      status: 'degraded',
      ledger: { status: 'down', mismatch: { event: { kind: 'missing', leafIndex: middle, eventId: victim!.event_id } } },
    });
  });

  it('still finds the deletion once the tree is rebuilt from the shortened log: the signed checkpoint counts more events', async () => {
    await t.app.get(ProjectorService).runtime.rebuild(['ledger']);
    const report = await new LedgerVerifier(ownerSql(owner), { verifier }).run('log');
    expect(report.eventMismatch).toBeNull();
    expect(report.checkpointMismatch).toMatchObject({ kind: 'beyond-log', treeSize: logSize, logSize: logSize - 1 });
    const cli = captured();
    expect(await runVerifyLedger(['--key', key], { DATABASE_URL: t.db.serviceUrl }, cli.io)).toBe(1);
    expect(cli.out()).toMatch(/PHÁT HIỆN SAI LỆCH: checkpoint kích thước \d+ .*nhật ký chỉ còn/);
  });
});

describe('the verifier: an event inserted into, or moved within, the log order', () => {
  let t: TestApp;
  let owner: Pool;
  let verifier: ReturnType<typeof generateNoteKey>['verifier'];
  const verify = () => new LedgerVerifier(ownerSql(owner), { verifier, pageSize: 50 }).run('log');
  const leaf = async (index: number) =>
    (
      await owner.query<{ event_id: string; transaction_id: string }>(
        'SELECT l.event_id, e.transaction_id::text FROM ledger_leaf l JOIN events e USING (event_id) WHERE l.leaf_index = $1',
        [index],
      )
    ).rows[0]!;

  beforeAll(async () => {
    ({ t, owner, verifier } = await started());
    await projectionsCaughtUp(t.app);
    await t.app.get(ProjectorService).ledgerPublisher!.publishOnce();
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  it('names an event slipped in among old ones (an old transaction id) as inserted, at the place it took', async () => {
    const old = await leaf(10);
    const forged = '0f0f0f0f-0000-4000-8000-000000000001';
    await owner.query(
      `INSERT INTO events (transaction_id, event_id, stream_id, stream_version, event_type, data, metadata, occurred_at)
       VALUES ($1::xid8, $2, 'task-gia-mao', 0, 'TaskAssigned', '{}', '{}', now())`,
      [old.transaction_id, forged],
    );
    const [{ place }] = (
      await owner.query<{ place: string }>(
        `SELECT count(*) AS place FROM events WHERE (transaction_id, global_position) < (SELECT transaction_id, global_position FROM events WHERE event_id = $1)`,
        [forged],
      )
    ).rows as [{ place: string }];
    const report = await verify();
    expect(report.eventMismatch).toMatchObject({
      kind: 'inserted',
      leafIndex: Number(place),
      event: { id: forged, streamId: 'task-gia-mao', type: 'TaskAssigned' },
      treeEventId: (await leaf(Number(place))).event_id,
    });
    await tamper(owner, 'DELETE FROM events WHERE event_id = $1', [forged]);
    expect((await verify()).intact).toBe(true);
  });

  it('names an event moved later in the log order', async () => {
    const moved = await leaf(5);
    const last = await leaf((await verify()).treeSize - 1);
    await tamper(owner, 'UPDATE events SET transaction_id = $2::xid8 WHERE event_id = $1', [moved.event_id, last.transaction_id]);
    const next = await leaf(6);
    const report = await verify();
    expect(report.eventMismatch).toMatchObject({
      kind: 'moved',
      leafIndex: 5,
      event: { id: next.event_id },
      treeEventId: moved.event_id,
      eventLeafIndex: 6,
    });
    expect(report.intact).toBe(false);
  });
});

describe('npm run verify: usage and configuration', () => {
  it('explains itself with exit code 2, in Vietnamese', async () => {
    const bad = captured();
    expect(await runVerifyLedger(['--khong-co'], { DATABASE_URL: 'postgres://127.0.0.1:1/x' }, bad.io)).toBe(2);
    expect(bad.err()).toContain('đối số không hỗ trợ');
    const badKey = captured();
    expect(await runVerifyLedger(['--key', 'khong-phai-khoa'], { DATABASE_URL: 'postgres://127.0.0.1:1/x' }, badKey.io)).toBe(2);
    expect(badKey.err()).toContain('khóa xác minh không dùng được');
    const nowhere = captured();
    expect(await runVerifyLedger([], { DATA_DIR: '/nonexistent/ro-trach-nhiem' }, nowhere.io)).toBe(2);
    expect(nowhere.err()).toContain('cần DATABASE_URL');
  });
});
