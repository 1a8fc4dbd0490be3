import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Pool } from 'pg';
import request from 'supertest';
import {
  appendLeaves,
  consistencyProof,
  emptyFrontier,
  formatAddCheckpointRequest,
  formatSignerKey,
  generateNoteKey,
  hashLeaf,
  MemoryNodeStore,
  openCheckpoint,
  parseVerifierKey,
  signCheckpoint,
  treeRootHash,
  verifierOf,
} from '@lib/ledger';
import { LedgerQuery, type PublishedCheckpoint } from '@lib/read-models/ledger';
import { PG_POOL, ProjectorService } from '../../../apps/api/src/testing';
import { startWitness, type RunningWitness } from '../../../apps/witness/src/testing';
import { apiAs } from '../../support/api-client';
import { city } from '../../support/city.fixture';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { startTestApp, type TestApp } from '../../support/test-app';

const ORIGIN = 'so-noi-vu.example.gov.vn/trach-nhiem';
const INSPECTORATE = 'thanh-tra.example.gov.vn/nhan-chung';
const OFFICE = 'vp-ubnd.example.gov.vn/nhan-chung';

/**
 * Witnesses over real HTTP and the log on real PostgreSQL: two witnesses (the inspectorate's, the office's) are
 * configured in LEDGER_WITNESSES; each checkpoint the publisher signs is submitted to both, and their cosignatures
 * appear in GET /ledger/checkpoint, where a reader verifies them with the witnesses' public keys. A witness that is
 * down does not stop publishing; restarted, it remembers what it cosigned; a forged checkpoint signed with the log's
 * own key is refused and nothing is cosigned.
 */
describe('witnesses cosign the ledger’s checkpoints', () => {
  const { signer } = generateNoteKey(ORIGIN);
  const log = verifierOf(signer);
  const dirs = { inspectorate: mkdtempSync(join(tmpdir(), 'witness-tt-')), office: mkdtempSync(join(tmpdir(), 'witness-vp-')) };
  const witnessLines: string[] = [];
  let inspectorate: RunningWitness;
  let office: RunningWitness;
  let t: TestApp;
  let tasks = 0;

  const startInspectorate = (port: number) =>
    startWitness({
      logs: [log],
      stateDir: dirs.inspectorate,
      name: INSPECTORATE,
      host: '127.0.0.1',
      port,
      log: (line) => witnessLines.push(line),
    });
  const http = () => request(t.app.getHttpServer());
  const publish = async (): Promise<PublishedCheckpoint> => {
    const published = await t.app.get(ProjectorService).ledgerPublisher!.publishOnce();
    if (!published) throw new Error('no checkpoint published');
    return published;
  };
  const servedCheckpoint = async () => (await http().get('/ledger/checkpoint').expect(200)).text;
  /** The served checkpoint, opened by a reader who trusts the log's served key and both witnesses' printed keys. */
  const readerOpens = async () => {
    const { verifierKey } = (await http().get('/ledger/key').expect(200)).body as { verifierKey: string };
    return openCheckpoint(await servedCheckpoint(), {
      log: parseVerifierKey(verifierKey),
      witnesses: [parseVerifierKey(inspectorate.verifierKey), parseVerifierKey(office.verifierKey)],
    });
  };
  const cosigners = (opened: Awaited<ReturnType<typeof readerOpens>>) => opened.cosignatures.map(({ verifier }) => verifier.name).sort();
  /** One more event in the log, hashed into the tree. */
  async function grow(): Promise<void> {
    tasks++;
    await apiAs(t.app, t.tokenFor(city.chairman))
      .post('/tasks', {
        title: `Rà soát hồ sơ đất đai đợt ${tasks}`,
        category: 'construction',
        source: { number: `${20 + tasks}/UBND-TH`, date: '2026-03-02' },
        assigningAuthority: { personId: city.chairman.personId, unitId: city.chairman.unitId },
        leadUnitId: 'so-xay-dung',
        deadline: { workingDays: 10 },
        occurredAt: '2026-03-02T08:00:00+07:00',
      })
      .expect(201);
    await projectionsCaughtUp(t.app);
  }
  const cosignatureRows = async () =>
    (
      await t.app
        .get<Pool>(PG_POOL)
        .query<{ tree_size: string; witness: string }>('SELECT tree_size, witness FROM ledger_cosignature ORDER BY 1, 2')
    ).rows;

  beforeAll(async () => {
    inspectorate = await startInspectorate(0);
    office = await startWitness({ logs: [log], stateDir: dirs.office, name: OFFICE, host: '127.0.0.1', port: 0, log: () => undefined });
    t = await startTestApp({
      ledgerSigningKey: formatSignerKey(signer),
      ledgerCheckpointMs: 0,
      ledgerWitnesses: [
        { url: inspectorate.url, key: inspectorate.verifier },
        { url: office.url, key: office.verifier },
      ],
    });
    await projectionsCaughtUp(t.app);
  });
  afterAll(async () => {
    await t?.close();
    await inspectorate?.close();
    await office?.close();
    Object.values(dirs).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  let first: PublishedCheckpoint;
  let second: PublishedCheckpoint;

  it('both witnesses cosign the first checkpoint, one of them after telling the log (409) the size it had already cosigned', async () => {
    // The office's witness already cosigned a smaller tree of this log (submitted by another instance of it, say).
    const ledger = new LedgerQuery({
      query: async (sql, params) => (await t.app.get<Pool>(PG_POOL).query(sql, params ? [...params] : [])).rows,
    });
    const head = await ledger.head();
    expect(head.size).toBeGreaterThan(3);
    const earlier = signCheckpoint({ origin: ORIGIN, size: 3, rootHash: await ledger.rootHash(3), extensions: [] }, signer);
    const seeded = await fetch(`${office.url}/add-checkpoint`, {
      method: 'POST',
      body: formatAddCheckpointRequest({ oldSize: 0, consistencyProof: [], checkpoint: earlier }),
    });
    expect(seeded.status).toBe(200);

    first = await publish();
    const opened = await readerOpens();
    expect(opened.checkpoint.size).toBe(first.treeSize);
    expect(cosigners(opened)).toEqual([INSPECTORATE, OFFICE]);
    expect(office.state.get(ORIGIN)?.size).toBe(first.treeSize);
  });

  it('both cosign the second checkpoint, from the first: the tree the witnesses hold is the log’s', async () => {
    await grow();
    second = await publish();
    expect(second.treeSize).toBe(first.treeSize + 1);
    const opened = await readerOpens();
    expect(opened.checkpoint.size).toBe(second.treeSize);
    expect(cosigners(opened)).toEqual([INSPECTORATE, OFFICE]);
    for (const witness of [inspectorate, office]) {
      expect(witness.state.get(ORIGIN)).toMatchObject({ size: second.treeSize, rootHash: second.rootHash });
    }
    expect((await cosignatureRows()).map((row) => Number(row.tree_size))).toEqual([
      first.treeSize,
      first.treeSize,
      second.treeSize,
      second.treeSize,
    ]);
    // The witnesses' cosignatures are rows of an append-only table, named by the witness's key.
    expect((await cosignatureRows()).map((row) => row.witness)).toContain(inspectorate.verifierKey);
  });

  it('a witness that is down does not stop publishing; restarted, it remembers what it cosigned and cosigns the next', async () => {
    const port = inspectorate.port;
    await inspectorate.close();
    await grow();
    const third = await publish();
    expect(third.treeSize).toBe(second.treeSize + 1);
    let opened = await readerOpens();
    expect(opened.checkpoint.size).toBe(third.treeSize);
    expect(cosigners(opened)).toEqual([OFFICE]);

    inspectorate = await startInspectorate(port);
    expect(inspectorate.keyCreated).toBe(false);
    expect(inspectorate.state.get(ORIGIN)).toMatchObject({ size: second.treeSize, rootHash: second.rootHash });
    await grow();
    const fourth = await publish();
    opened = await readerOpens();
    expect(opened.checkpoint.size).toBe(fourth.treeSize);
    expect(cosigners(opened)).toEqual([INSPECTORATE, OFFICE]);
    expect(inspectorate.state.get(ORIGIN)?.size).toBe(fourth.treeSize);
  });

  it('refuses checkpoints signed with the log’s own key that do not extend what it cosigned, and cosigns nothing', async () => {
    const before = { state: inspectorate.state.get(ORIGIN)!, rows: await cosignatureRows() };
    const size = before.state.size;
    const submit = async (oldSize: number, proof: Buffer[], checkpoint: string) => {
      const response = await fetch(`${inspectorate.url}/add-checkpoint`, {
        method: 'POST',
        body: formatAddCheckpointRequest({ oldSize, consistencyProof: proof, checkpoint }),
      });
      return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
    };

    // A tree over other leaves, larger, with a consistency proof that holds within that other tree.
    const other = new MemoryNodeStore();
    other.put(
      appendLeaves(
        emptyFrontier(),
        Array.from({ length: size + 5 }, (_, i) => hashLeaf(Buffer.from(`sự kiện bị sửa ${i}`))),
      ).nodes,
    );
    const forged = signCheckpoint(
      { origin: ORIGIN, size: size + 5, rootHash: await treeRootHash(other.readNodes, size + 5), extensions: [] },
      signer,
    );
    const inconsistent = await submit(size, await consistencyProof(other.readNodes, size, size + 5), forged);
    expect(inconsistent.status).toBe(422);
    expect(inconsistent.body).toContain('không nối tiếp cây đã ký');

    // Another root for the size it cosigned: the log showing two histories.
    const split = signCheckpoint({ origin: ORIGIN, size, rootHash: await treeRootHash(other.readNodes, size), extensions: [] }, signer);
    expect(await submit(size, [], split)).toEqual({ status: 409, type: 'text/x.tlog.size', body: `${size}\n` });

    // A smaller tree, even the log's own genuine earlier checkpoint.
    expect((await submit(size, [], first.note)).status).toBe(400);
    expect(await submit(first.treeSize, [], first.note)).toMatchObject({ status: 409, body: `${size}\n` });

    expect(inspectorate.state.get(ORIGIN)).toEqual(before.state);
    expect(await cosignatureRows()).toEqual(before.rows);
    expect(witnessLines.some((line) => line.startsWith('Từ chối checkpoint') && line.includes('CẢNH BÁO'))).toBe(true);
  });
});
