import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { EventStore, StoredEvent } from '@lib/event-store';
import {
  formatSignerKey,
  generateNoteKey,
  hashLeaf,
  leafHashOfEvent,
  openCheckpoint,
  parseVerifierKey,
  rootOf,
  verifyConsistency,
  verifyInclusion,
} from '@lib/ledger';
import { EVENT_STORE, ProjectorService } from '../../../apps/api/src/testing';
import { apiAs } from '../../support/api-client';
import { city } from '../../support/city.fixture';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectVietnameseReasons } from '../../support/vietnamese-reasons';

const ORIGIN = 'thu-nghiem.example/trach-nhiem';
const b64 = (text: string): Buffer => Buffer.from(text, 'base64');

/** Every event of the log, in log order, as the store serves them. */
async function wholeLog(store: EventStore): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after: events.at(-1)?.checkpoint, limit: 1000 });
    if (page.length === 0) return events;
    events.push(...page);
  }
}

/**
 * The ledger over HTTP: the signed checkpoint verifies with the served key and its root is the RFC 9162 root of the
 * whole log hashed again here; an event's inclusion proof and the consistency proof between two checkpoints verify;
 * bad requests get Vietnamese reasons; the checkpoints cannot be changed by the service's role.
 */
describe('the ledger: checkpoints and proofs', () => {
  let t: TestApp;
  const { signer } = generateNoteKey(ORIGIN);
  const http = () => request(t.app.getHttpServer());
  const publish = () => t.app.get(ProjectorService).ledgerPublisher!.publishOnce();
  let first: { size: number; root: Buffer };

  beforeAll(async () => {
    t = await startTestApp({ ledgerSigningKey: formatSignerKey(signer), ledgerCheckpointMs: 0 });
    await projectionsCaughtUp(t.app);
  });
  afterAll(() => t?.close());

  it('answers 503 with Retry-After before the first checkpoint', async () => {
    const response = await http().get('/ledger/checkpoint').expect(503);
    expect(response.headers['retry-after']).toBeDefined();
    expect(response.body.detail).toContain('chưa có checkpoint');
  });

  it("serves the log's public key, and a checkpoint it verifies whose root is the root of the whole log", async () => {
    const key = (await http().get('/ledger/key').expect(200)).body as { origin: string; verifierKey: string; publicKey: string };
    expect(key.origin).toBe(ORIGIN);
    expect(key.publicKey).toBe(signer.publicKey.toString('base64'));
    expect(await publish()).not.toBeNull();
    const note = (
      await http()
        .get('/ledger/checkpoint')
        .expect(200)
        .expect('Content-Type', /text\/plain/)
    ).text;
    const opened = openCheckpoint(note, { log: parseVerifierKey(key.verifierKey) });
    const log = await wholeLog(t.app.get<EventStore>(EVENT_STORE));
    expect(opened.checkpoint.size).toBe(log.length);
    expect(opened.checkpoint.rootHash.equals(rootOf(log.map(leafHashOfEvent)))).toBe(true);
    first = { size: opened.checkpoint.size, root: opened.checkpoint.rootHash };
    // Nothing new: no new checkpoint.
    expect(await publish()).toBeNull();
  });

  it('proves that the log only grew between two checkpoints, and that a new event is in it', async () => {
    const chairman = apiAs(t.app, t.tokenFor(city.chairman));
    const created = await chairman
      .post('/tasks', {
        title: 'Kiểm tra việc cấp phép xây dựng tại phường Hải Châu',
        category: 'construction',
        source: { number: '15/UBND-TH', date: '2026-03-02' },
        assigningAuthority: { personId: city.chairman.personId, unitId: city.chairman.unitId },
        leadUnitId: 'so-xay-dung',
        deadline: { workingDays: 10 },
        occurredAt: '2026-03-02T08:00:00+07:00',
      })
      .expect(201);
    const eventId = (created.body as { events: Array<{ eventId: string }> }).events[0]!.eventId;
    await projectionsCaughtUp(t.app);
    const second = (await publish())!;
    expect(second.treeSize).toBe(first.size + 1);

    const consistency = (await http().get(`/ledger/proofs/consistency?from=${first.size}&to=${second.treeSize}`).expect(200)).body as {
      proof: string[];
    };
    expect(verifyConsistency(first.size, second.treeSize, consistency.proof.map(b64), first.root, second.rootHash)).toEqual({ ok: true });

    // Against the latest checkpoint when no size is given; the canonical encoding hashes to the leaf.
    const inclusion = (await http().get(`/ledger/proofs/inclusion?event=${eventId}`).expect(200)).body as {
      leafIndex: number;
      treeSize: number;
      leafHash: string;
      canonical: string;
      proof: string[];
    };
    expect({ index: inclusion.leafIndex, size: inclusion.treeSize }).toEqual({ index: first.size, size: second.treeSize });
    expect(hashLeaf(Buffer.from(inclusion.canonical, 'utf8')).equals(b64(inclusion.leafHash))).toBe(true);
    expect(JSON.parse(inclusion.canonical)).toMatchObject({ id: eventId, type: 'TaskAssigned' });
    const proof = inclusion.proof.map(b64);
    expect(verifyInclusion(b64(inclusion.leafHash), inclusion.leafIndex, inclusion.treeSize, proof, second.rootHash)).toEqual({ ok: true });
    expect(verifyInclusion(b64(inclusion.leafHash), inclusion.leafIndex, inclusion.treeSize, proof, first.root).ok).toBe(false);
  });

  it('refuses bad requests with Vietnamese reasons, and sizes the tree has not reached', async () => {
    const bad = [
      await http().get('/ledger/proofs/inclusion?event=khong-phai-uuid').expect(400),
      await http().get('/ledger/proofs/consistency?to=3').expect(400),
      await http().get('/ledger/proofs/consistency?from=-1&to=3').expect(400),
      await http().get('/ledger/proofs/consistency?from=5&to=3').expect(400),
    ];
    for (const response of bad) expectVietnameseReasons(response.body.errors);
    await http().get('/ledger/proofs/inclusion?event=00000000-0000-4000-8000-000000000000').expect(404);
    await http()
      .get(`/ledger/proofs/consistency?from=1&to=${first.size + 1000}`)
      .expect(404);
  });

  it("keeps the checkpoints append-only, even for the service's own role", async () => {
    const { Pool } = await import('pg');
    const service = new Pool({ connectionString: t.db.serviceUrl, max: 1 });
    try {
      await expect(service.query('UPDATE ledger_checkpoint SET note = note')).rejects.toThrow();
      await expect(service.query('DELETE FROM ledger_checkpoint')).rejects.toThrow();
    } finally {
      await service.end();
    }
  });
});

describe('the ledger without a signing key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ledgerSigningKey: undefined });
  });
  afterAll(() => t?.close());

  it('keeps no checkpoint and says why, in Vietnamese: a 404 (configuration), not an outage', async () => {
    const response = await request(t.app.getHttpServer()).get('/ledger/checkpoint').expect(404);
    expect(response.body.detail).toContain('LEDGER_SIGNING_KEY');
    expect(response.headers['retry-after']).toBeUndefined();
    await request(t.app.getHttpServer()).get('/ledger/proofs/consistency?from=0').expect(404);
    await request(t.app.getHttpServer()).get('/ledger/key').expect(404);
  });
});
