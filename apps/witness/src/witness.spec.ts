import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import {
  appendLeaves,
  appendSignatureLines,
  consistencyProof,
  emptyFrontier,
  formatAddCheckpointRequest,
  formatSignerKey,
  generateNoteKey,
  hashLeaf,
  MemoryNodeStore,
  openCheckpoint,
  parseCosignatureLines,
  signCheckpoint,
  treeRootHash,
  type NoteVerifier,
} from '@lib/ledger';
import { startWitness, type RunningWitness } from './witness-app';
import { WITNESS_KEY_FILE } from './witness-key';
import { REFUSED_DIR } from './witness-service';
import { WITNESS_STATE_FILE, WitnessStateError } from './witness-state';

const origin = 'so-noi-vu.example.gov.vn/trach-nhiem';
const log = generateNoteKey(origin);

/** A log in memory: `leaves(n)` of its history, its signed checkpoints and proofs. */
function memoryLog(label: string, size = 64) {
  const store = new MemoryNodeStore();
  store.put(
    appendLeaves(
      emptyFrontier(),
      Array.from({ length: size }, (_, i) => hashLeaf(Buffer.from(`${label} ${i}`))),
    ).nodes,
  );
  return {
    root: (n: number) => treeRootHash(store.readNodes, n),
    checkpoint: async (n: number, signer = log.signer) =>
      signCheckpoint({ origin, size: n, rootHash: await treeRootHash(store.readNodes, n), extensions: [] }, signer),
    proof: (from: number, to: number) => (from === 0 ? Promise.resolve([]) : consistencyProof(store.readNodes, from, to)),
  };
}
const history = memoryLog('event');

const dirs: string[] = [];
const running: RunningWitness[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((witness) => witness.close()));
});
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function stateDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'witness-'));
  dirs.push(dir);
  return dir;
}

async function start(dir: string, options: { logs?: NoteVerifier[]; name?: string; lines?: string[] } = {}): Promise<RunningWitness> {
  const witness = await startWitness({
    logs: options.logs ?? [log.verifier],
    stateDir: dir,
    name: options.name,
    host: '127.0.0.1',
    port: 0,
    log: (line) => options.lines?.push(line),
  });
  running.push(witness);
  return witness;
}

interface Answer {
  status: number;
  type: string | null;
  body: string;
}

async function post(witness: RunningWitness, body: string): Promise<Answer> {
  const response = await fetch(`${witness.url}/add-checkpoint`, { method: 'POST', body });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

/** Submits the log's checkpoint of `size` with the proof from `old` (both of `source`'s history). */
async function submit(witness: RunningWitness, old: number, size: number, source = history): Promise<Answer> {
  const body = formatAddCheckpointRequest({
    oldSize: old,
    consistencyProof: await source.proof(old, size),
    checkpoint: await source.checkpoint(size),
  });
  return post(witness, body);
}

describe('the witness over HTTP (C2SP tlog-witness add-checkpoint)', () => {
  it('cosigns a first checkpoint and each one that extends it; the cosignature verifies with its key', async () => {
    const lines: string[] = [];
    const witness = await start(stateDir(), { name: 'thanh-tra.example.gov.vn/nhan-chung', lines });
    expect(witness.verifierKey.startsWith('thanh-tra.example.gov.vn/nhan-chung+')).toBe(true);
    for (const [old, size] of [
      [0, 5],
      [5, 17],
      [17, 17],
      [17, 40],
    ] as const) {
      const answer = await submit(witness, old, size);
      expect(answer).toMatchObject({ status: 200, type: 'text/plain; charset=utf-8' });
      const cosigned = appendSignatureLines(await history.checkpoint(size), parseCosignatureLines(answer.body)!);
      const opened = openCheckpoint(cosigned, { log: log.verifier, witnesses: [witness.verifier] });
      expect(opened.cosignatures.map(({ verifier }) => verifier.name)).toEqual([witness.verifier.name]);
    }
    expect(witness.state.get(origin)).toMatchObject({ size: 40, rootHash: await history.root(40) });
    expect(lines.at(-1)).toBe(`Đã ký đồng xác nhận checkpoint 40 của ${origin} (trước đó: 17).`);
  });

  it('answers 409 with its size (text/x.tlog.size) when old is not the size it cosigned, and the log can then go on', async () => {
    const witness = await start(stateDir());
    expect((await submit(witness, 0, 10)).status).toBe(200);
    expect(await submit(witness, 0, 20)).toEqual({ status: 409, type: 'text/x.tlog.size', body: '10\n' });
    expect(await submit(witness, 7, 20)).toEqual({ status: 409, type: 'text/x.tlog.size', body: '10\n' });
    expect((await submit(witness, 10, 20)).status).toBe(200);
  });

  it('refuses a tree over other leaves signed with the log key (422), a second root for its size (409), and cosigns nothing', async () => {
    const lines: string[] = [];
    const dir = stateDir();
    const witness = await start(dir, { lines });
    expect((await submit(witness, 0, 12)).status).toBe(200);
    const before = readFileSync(join(dir, WITNESS_STATE_FILE), 'utf8');

    // Another history of 30 leaves, signed with the log's own key, with its own (valid for it) proof from 12.
    const forked = memoryLog('rewritten');
    const inconsistent = await submit(witness, 12, 30, forked);
    expect(inconsistent.status).toBe(422);
    expect(inconsistent.body).toContain('Chứng minh nhất quán từ cây 12 lá đến cây 30 lá không đúng');
    expect(inconsistent.body).not.toContain('—');

    // The same size with another root: the log signed two histories.
    const split = formatAddCheckpointRequest({ oldSize: 12, consistencyProof: [], checkpoint: await forked.checkpoint(12) });
    expect(await post(witness, split)).toEqual({ status: 409, type: 'text/x.tlog.size', body: '12\n' });

    expect(readFileSync(join(dir, WITNESS_STATE_FILE), 'utf8')).toBe(before);
    expect(witness.state.get(origin)?.size).toBe(12);
    expect(lines.some((line) => line.includes('CẢNH BÁO: sổ cái đã ký hai gốc cây khác nhau'))).toBe(true);
    // Both refused requests, which the log signed, are kept as evidence.
    expect(readdirSync(join(dir, REFUSED_DIR))).toHaveLength(2);
    // The true history still extends.
    expect((await submit(witness, 12, 13)).status).toBe(200);
  });

  it('refuses a smaller tree: 400 when old is above the checkpoint, 409 naming its size otherwise', async () => {
    const witness = await start(stateDir());
    expect((await submit(witness, 0, 25)).status).toBe(200);
    const smaller = formatAddCheckpointRequest({ oldSize: 25, consistencyProof: [], checkpoint: await history.checkpoint(20) });
    const answer = await post(witness, smaller);
    expect(answer.status).toBe(400);
    expect(answer.body).toBe('Kích thước cũ (old 25) lớn hơn kích thước của checkpoint (20).\n');
    expect(await submit(witness, 10, 20)).toMatchObject({ status: 409, body: '25\n' });
    expect(witness.state.get(origin)?.size).toBe(25);
  });

  it('403 for a checkpoint signed by another key of the same name, 404 for a log it does not follow, 400 for a malformed body', async () => {
    const witness = await start(stateDir());
    const impostor = generateNoteKey(origin);
    const forged = formatAddCheckpointRequest({
      oldSize: 0,
      consistencyProof: [],
      checkpoint: await history.checkpoint(5, impostor.signer),
    });
    const forbidden = await post(witness, forged);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toContain(`Checkpoint không có chữ ký hợp lệ của khóa sổ cái "${origin}"`);

    const stranger = generateNoteKey('other.example.gov.vn/log');
    const note = signCheckpoint(
      { origin: stranger.signer.name, size: 1, rootHash: hashLeaf(Buffer.from('x')), extensions: [] },
      stranger.signer,
    );
    const unknown = await post(witness, formatAddCheckpointRequest({ oldSize: 0, consistencyProof: [], checkpoint: note }));
    expect(unknown).toMatchObject({ status: 404, body: 'Nhân chứng này không theo dõi sổ cái "other.example.gov.vn/log".\n' });

    for (const [body, reason] of [
      ['old x\n\n', 'dòng đầu phải là "old <kích thước cây>"'],
      ['old 0\nnot-base64\n\nx\n', 'giá trị băm 32 byte'],
      ['old 0\n\nnot a note\n', 'không phải một checkpoint có chữ ký'],
    ]) {
      const answer = await post(witness, body as string);
      expect(answer.status).toBe(400);
      expect(answer.body).toContain(reason);
    }
    expect(witness.state.get(origin)).toBeNull();
  });

  it('answers 405 to another method, 404 elsewhere, 413 to a body too long, and names its key at /healthz', async () => {
    const witness = await start(stateDir());
    const get = await fetch(`${witness.url}/add-checkpoint`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await fetch(`${witness.url}/nowhere`)).status).toBe(404);
    expect((await post(witness, 'x'.repeat(70 * 1024))).status).toBe(413);
    const health = await fetch(`${witness.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.text()).toContain(witness.verifierKey);
  });

  it('serialises concurrent submissions: of two from the same size, one is cosigned and the other gets 409', async () => {
    const witness = await start(stateDir());
    expect((await submit(witness, 0, 8)).status).toBe(200);
    const answers = await Promise.all([submit(witness, 8, 30), submit(witness, 8, 20), submit(witness, 8, 50)]);
    expect(answers.map(({ status }) => status).sort()).toEqual([200, 409, 409]);
    const cosigned = answers.findIndex(({ status }) => status === 200);
    expect(witness.state.get(origin)?.size).toBe([30, 20, 50][cosigned]);
  });
});

describe('the witness across restarts', () => {
  it('keeps its key (mode 600) and its state: after a restart it still refuses a smaller or forked tree', async () => {
    const dir = stateDir();
    const first = await start(dir, { name: 'thanh-tra.example.gov.vn/nhan-chung' });
    expect((await submit(first, 0, 33)).status).toBe(200);
    await first.close();

    const again = await start(dir);
    expect(again.keyCreated).toBe(false);
    expect(again.verifierKey).toBe(first.verifierKey);
    expect(statSync(join(dir, WITNESS_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, WITNESS_STATE_FILE)).mode & 0o777).toBe(0o600);
    expect(again.state.get(origin)).toMatchObject({ size: 33, rootHash: await history.root(33) });
    expect(await submit(again, 0, 20)).toMatchObject({ status: 409, body: '33\n' });
    expect((await submit(again, 33, 40, memoryLog('forked'))).status).toBe(422);
    expect((await submit(again, 33, 40)).status).toBe(200);
  });

  it('refuses to start with a damaged state, or with a key of another name', async () => {
    const dir = stateDir();
    await (await start(dir, { name: 'a.example/w' })).close();
    await expect(start(dir, { name: 'b.example/w' })).rejects.toThrow('là khóa của nhân chứng "a.example/w", không phải "b.example/w"');
    writeFileSync(join(dir, WITNESS_STATE_FILE), '{"format":"ro-trach-nhiem/witness-state/v1","logs":{"x":{"size":-1}}}');
    await expect(start(dir)).rejects.toThrow(WitnessStateError);
    writeFileSync(join(dir, WITNESS_STATE_FILE), 'not json');
    await expect(start(dir)).rejects.toThrow('không phải JSON');
  });

  it('takes its key from WITNESS_SIGNING_KEY_FILE, which must be a cosignature/v1 key', async () => {
    const dir = stateDir();
    const key = generateNoteKey('thanh-tra.example.gov.vn/w2', 'cosignature/v1');
    writeFileSync(join(dir, 'given.key'), `${formatSignerKey(key.signer)}\n`);
    const witness = await startWitness({
      logs: [log.verifier],
      stateDir: join(dir, 'state'),
      keyFile: join(dir, 'given.key'),
      host: '127.0.0.1',
      port: 0,
      log: () => undefined,
    });
    running.push(witness);
    expect(witness.verifier.publicKey.equals(key.verifier.publicKey)).toBe(true);
    writeFileSync(join(dir, 'log.key'), formatSignerKey(log.signer));
    await expect(
      startWitness({
        logs: [log.verifier],
        stateDir: dir,
        keyFile: join(dir, 'log.key'),
        host: '127.0.0.1',
        port: 0,
        log: () => undefined,
      }),
    ).rejects.toThrow('là khóa ed25519');
  });
});
