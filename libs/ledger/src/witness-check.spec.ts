import { describe, expect, it } from '@jest/globals';
import { openCheckpoint, signCheckpoint } from './checkpoint-note';
import { appendLeaves, emptyFrontier } from './merkle-appender';
import { emptyRootHash, hashLeaf } from './merkle-hash';
import { MemoryNodeStore } from './merkle-nodes';
import { consistencyProof, treeRootHash } from './merkle-proofs';
import { generateNoteKey } from './note-keys';
import { appendSignatureLines, signNote } from './signed-note';
import { witnessCheck } from './witness-check';
import type { TreeHead, WitnessCheckInput, WitnessDecision } from './witness-check';

const origin = 'log.example.gov.vn/trach-nhiem';
const log = generateNoteKey(origin);
const witness = generateNoteKey('witness.example.vn/w1', 'cosignature/v1');
const store = new MemoryNodeStore();
store.put(
  appendLeaves(
    emptyFrontier(),
    Array.from({ length: 40 }, (_, i) => hashLeaf(Buffer.from(`event ${i}`))),
  ).nodes,
);

/** The log's signed checkpoint of its first `size` leaves. */
async function signedAt(size: number): Promise<string> {
  return signCheckpoint({ origin, size, rootHash: await treeRootHash(store.readNodes, size), extensions: [] }, log.signer);
}

async function submit(lastSeen: TreeHead | null, size: number, overrides: Partial<WitnessCheckInput> = {}): Promise<WitnessDecision> {
  return witnessCheck({
    logKey: log.verifier,
    lastSeen,
    checkpoint: await signedAt(size),
    consistencyProof: overrides.consistencyProof ?? (await consistencyProof(store.readNodes, lastSeen?.size ?? 0, size)),
    witness: witness.signer,
    time: 1767225600,
    ...overrides,
  });
}

describe('witnessCheck', () => {
  it('cosigns a first checkpoint, then each consistent larger one, and says what to remember', async () => {
    const first = await submit(null, 5);
    if (!first.accepted) throw new Error(first.detail);
    expect(first.lastSeen).toEqual({ size: 5, rootHash: await treeRootHash(store.readNodes, 5) });
    const cosigned = appendSignatureLines(await signedAt(5), first.cosignature);
    const opened = openCheckpoint(cosigned, { log: log.verifier, witnesses: [witness.verifier] });
    expect(opened.cosignatures.map(({ timestamp }) => timestamp)).toEqual([1767225600]);

    const second = await submit(first.lastSeen, 23);
    expect(second).toMatchObject({ accepted: true, lastSeen: { size: 23 } });
  });

  it('cosigns the same checkpoint again (same size, same root, empty proof)', async () => {
    const head = { size: 9, rootHash: await treeRootHash(store.readNodes, 9) };
    expect(await submit(head, 9)).toMatchObject({ accepted: true, lastSeen: head });
  });

  it('cosigns the empty tree', async () => {
    expect(await submit(null, 0)).toMatchObject({ accepted: true, lastSeen: { size: 0, rootHash: emptyRootHash() } });
  });

  it('refuses a checkpoint older than the last it cosigned', async () => {
    const head = { size: 20, rootHash: await treeRootHash(store.readNodes, 20) };
    expect(await submit(head, 12, { consistencyProof: [] })).toMatchObject({ accepted: false, reason: 'older-size' });
  });

  it('refuses a second root hash for a size it cosigned: a split view', async () => {
    const forged = signCheckpoint({ origin, size: 9, rootHash: hashLeaf(Buffer.from('another history')), extensions: [] }, log.signer);
    const head = { size: 9, rootHash: await treeRootHash(store.readNodes, 9) };
    const decision = await submit(head, 9, { checkpoint: forged, consistencyProof: [] });
    expect(decision).toMatchObject({ accepted: false, reason: 'conflicting-root' });
  });

  it('refuses a checkpoint whose consistency proof fails', async () => {
    const head = { size: 7, rootHash: await treeRootHash(store.readNodes, 7) };
    const proof = await consistencyProof(store.readNodes, 7, 30);
    const tampered = proof.map((hash, i) => (i === 1 ? hashLeaf(hash) : hash));
    expect(await submit(head, 30, { consistencyProof: tampered })).toMatchObject({ accepted: false, reason: 'inconsistent' });
    const wrongSizes = await consistencyProof(store.readNodes, 8, 30);
    expect(await submit(head, 30, { consistencyProof: wrongSizes })).toMatchObject({ accepted: false, reason: 'inconsistent' });
    // A log that rewrote history: its checkpoint of 30 leaves does not extend the 7 the witness saw.
    const rewritten = signCheckpoint({ origin, size: 30, rootHash: hashLeaf(Buffer.from('rewritten')), extensions: [] }, log.signer);
    expect(await submit(head, 30, { checkpoint: rewritten, consistencyProof: proof })).toMatchObject({
      accepted: false,
      reason: 'inconsistent',
    });
    // A first checkpoint comes without a proof.
    expect(await submit(null, 30, { consistencyProof: proof })).toMatchObject({ accepted: false, reason: 'inconsistent' });
  });

  it('refuses a checkpoint not signed by the log key, or of another origin', async () => {
    const impostor = generateNoteKey(origin);
    const body = { origin, size: 5, rootHash: await treeRootHash(store.readNodes, 5), extensions: [] };
    expect(await submit(null, 5, { checkpoint: signCheckpoint(body, impostor.signer) })).toMatchObject({
      accepted: false,
      reason: 'unverified-checkpoint',
    });
    const tampered = (await signedAt(5)).replace('\n5\n', '\n6\n');
    expect(await submit(null, 5, { checkpoint: tampered })).toMatchObject({ accepted: false, reason: 'unverified-checkpoint' });
    const foreign = signCheckpoint({ ...body, origin: 'other.example/log' }, log.signer);
    expect(await submit(null, 5, { checkpoint: foreign })).toMatchObject({ accepted: false, reason: 'unverified-checkpoint' });
  });

  it('refuses what is not a signed checkpoint', async () => {
    expect(await submit(null, 5, { checkpoint: 'garbage' })).toMatchObject({ accepted: false, reason: 'malformed-checkpoint' });
    expect(await submit(null, 5, { checkpoint: signNote('not a checkpoint\n', log.signer) })).toMatchObject({
      accepted: false,
      reason: 'malformed-checkpoint',
    });
  });
});
