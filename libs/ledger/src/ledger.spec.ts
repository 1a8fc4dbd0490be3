import { describe, expect, it } from '@jest/globals';
import {
  appendLeaves,
  appendSignatureLines,
  consistencyProof,
  formatSignerKey,
  formatVerifierKey,
  generateNoteKey,
  inclusionProof,
  leafHashOfEvent,
  MemoryNodeStore,
  openCheckpoint,
  parseSignerKey,
  parseVerifierKey,
  readFrontier,
  signCheckpoint,
  verifyConsistency,
  verifyInclusion,
  witnessCheck,
} from './index';
import type { LedgerEvent, TreeHead } from './index';

// The library end to end, through its public entry point, as the writer, a witness and an offline verifier
// will use it: events become leaves, the writer appends and signs checkpoints, the witness cosigns them, and a
// client holding only public keys checks an event and the log's growth.

const origin = 'trach-nhiem.example.gov.vn/log';

function event(position: number, title = `Văn bản số ${position}/UBND`): LedgerEvent {
  return {
    globalPosition: position + 1,
    id: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
    streamId: `task-${position % 4}`,
    streamVersion: Math.floor(position / 4),
    type: 'TaskAssigned',
    data: { title, dueDays: 10 },
    metadata: { actor: { personId: 'p-1', unitId: 'u-1' }, occurredAt: '2026-03-02T02:00:00.000Z' },
    recordedAt: `2026-03-02T02:00:${String(position % 60).padStart(2, '0')}.000Z`,
  };
}

describe('@lib/ledger end to end', () => {
  // Keys as they would be configured: secret key strings at the writer and the witness, public ones everywhere.
  const logKey = formatSignerKey(generateNoteKey(origin).signer);
  const witnessKey = formatSignerKey(generateNoteKey('witness.example.vn/w1', 'cosignature/v1').signer);
  const logPublic = formatVerifierKey(parseSignerKey(logKey));
  const witnessPublic = formatVerifierKey(parseSignerKey(witnessKey));

  const events = Array.from({ length: 25 }, (_, i) => event(i));
  const nodes = new MemoryNodeStore();

  /** The writer: appends a batch after the stored tree and signs a checkpoint of the new tree. */
  async function writeBatch(size: number, batch: readonly LedgerEvent[]): Promise<string> {
    const frontier = await readFrontier(nodes.readNodes, size);
    const result = appendLeaves(frontier, batch.map(leafHashOfEvent));
    nodes.put(result.nodes);
    return signCheckpoint({ origin, size: result.frontier.size, rootHash: result.rootHash, extensions: [] }, parseSignerKey(logKey));
  }

  /** The witness: cosigns when consistent with what it saw last. */
  let witnessLastSeen: TreeHead | null = null;
  async function witnessCosign(note: string, size: number): Promise<string> {
    const decision = witnessCheck({
      logKey: parseVerifierKey(logPublic),
      lastSeen: witnessLastSeen,
      checkpoint: note,
      consistencyProof: await consistencyProof(nodes.readNodes, witnessLastSeen?.size ?? 0, size),
      witness: parseSignerKey(witnessKey),
      time: 1772416800,
    });
    if (!decision.accepted) throw new Error(decision.detail);
    witnessLastSeen = decision.lastSeen;
    return appendSignatureLines(note, decision.cosignature);
  }

  it('proves an event and the growth of the log to a client holding only public keys', async () => {
    const first = await witnessCosign(await writeBatch(0, events.slice(0, 10)), 10);
    const second = await witnessCosign(await writeBatch(10, events.slice(10)), 25);

    // The client trusts the log and the witness keys, and requires the witness's cosignature.
    const keys = { log: parseVerifierKey(logPublic), witnesses: [parseVerifierKey(witnessPublic)] };
    const older = openCheckpoint(first, keys);
    const newer = openCheckpoint(second, keys);
    expect(newer.cosignatures).toHaveLength(1);
    expect(newer.checkpoint.size).toBe(25);

    // Event 17 is in the log the checkpoint commits to; a changed copy of it is not.
    const proof = await inclusionProof(nodes.readNodes, 17, 25);
    expect(verifyInclusion(leafHashOfEvent(events[17] as LedgerEvent), 17, 25, proof, newer.checkpoint.rootHash)).toEqual({ ok: true });
    const altered = event(17, 'Văn bản số 17/UBND (sửa)');
    expect(verifyInclusion(leafHashOfEvent(altered), 17, 25, proof, newer.checkpoint.rootHash).ok).toBe(false);

    // The newer checkpoint extends the older one.
    const growth = await consistencyProof(nodes.readNodes, 10, 25);
    expect(verifyConsistency(10, 25, growth, older.checkpoint.rootHash, newer.checkpoint.rootHash)).toEqual({ ok: true });
  });
});
