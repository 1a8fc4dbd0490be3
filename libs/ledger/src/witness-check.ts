import type { Checkpoint } from './checkpoint';
import { openCheckpoint } from './checkpoint-note';
import { cosignCheckpoint } from './cosignature';
import { verifyConsistency } from './merkle-verify';
import { emptyRootHash } from './merkle-hash';
import { NoteError } from './note-errors';
import type { NoteSigner, NoteVerifier } from './note-keys';

/**
 * A witness's decision on a checkpoint a log submits (the core of https://c2sp.org/tlog-witness's
 * add-checkpoint), pure: the caller loads the last tree head it cosigned for the log, calls this, and on
 * acceptance stores the new tree head *before* returning the cosignature (two concurrent submissions must
 * be serialised by the caller, e.g. by a row lock on the log's tree head).
 *
 * A witness cosigns a checkpoint only if it is signed by the log's key and is consistent with, and not
 * older than, every checkpoint it cosigned before: so no two parties can be shown different histories of
 * the log (a split view) without at least one witness refusing.
 */

/** A tree size and its root hash. */
export interface TreeHead {
  readonly size: number;
  readonly rootHash: Uint8Array;
}

export interface WitnessCheckInput {
  /** The log's checkpoint key, as configured at the witness. */
  readonly logKey: NoteVerifier;
  /** The log's origin line; by default the log key's name. */
  readonly origin?: string;
  /** The last tree head the witness cosigned for this log, or null when it has seen none. */
  readonly lastSeen: TreeHead | null;
  /** The signed checkpoint note submitted. */
  readonly checkpoint: string | Uint8Array;
  /** The consistency proof from `lastSeen.size` to the checkpoint's size (empty when lastSeen is null). */
  readonly consistencyProof: readonly Uint8Array[];
  /** The witness's own cosignature/v1 key. */
  readonly witness: NoteSigner;
  /** The time of the cosignature, POSIX seconds. */
  readonly time: number;
}

/**
 * Why a witness refuses (with tlog-witness's HTTP status for it):
 *
 * - `unverified-checkpoint`: not validly signed by the log's key, or of another origin (403);
 * - `malformed-checkpoint`: not a signed checkpoint at all (400);
 * - `older-size`: smaller than the last tree the witness cosigned (409: a witness never goes back);
 * - `conflicting-root`: the same size as the last cosigned tree with another root hash, proof that the log
 *   signed two histories (409, and worth an alarm);
 * - `inconsistent`: the consistency proof from the last cosigned tree does not verify (422).
 */
export type WitnessRefusal = 'unverified-checkpoint' | 'malformed-checkpoint' | 'older-size' | 'conflicting-root' | 'inconsistent';

export type WitnessDecision =
  | {
      readonly accepted: true;
      readonly checkpoint: Checkpoint;
      /** The cosignature line (newline included) to return and to append to the note. */
      readonly cosignature: string;
      /** The tree head to store as the last seen, before returning the cosignature. */
      readonly lastSeen: TreeHead;
    }
  | { readonly accepted: false; readonly reason: WitnessRefusal; readonly detail: string };

/** Decides whether the witness cosigns the checkpoint; see `WitnessRefusal` for the refusals. */
export function witnessCheck(input: WitnessCheckInput): WitnessDecision {
  const { logKey, origin, lastSeen, consistencyProof, witness, time } = input;
  let checkpoint: Checkpoint;
  let text: string;
  try {
    ({ checkpoint, text } = openCheckpoint(input.checkpoint, { log: logKey, ...(origin === undefined ? {} : { origin }) }));
  } catch (error) {
    if (!(error instanceof NoteError)) throw error;
    const reason =
      error.code === 'malformed-note' || error.code === 'malformed-checkpoint' ? 'malformed-checkpoint' : 'unverified-checkpoint';
    return refuse(reason, error.message);
  }
  const previous: TreeHead = lastSeen ?? { size: 0, rootHash: emptyRootHash() };
  if (checkpoint.size < previous.size) {
    return refuse('older-size', `the checkpoint's size ${checkpoint.size} is below the last cosigned size ${previous.size}`);
  }
  if (lastSeen !== null && checkpoint.size === lastSeen.size && !checkpoint.rootHash.equals(lastSeen.rootHash)) {
    return refuse('conflicting-root', `the log signed two root hashes for the tree size ${checkpoint.size}`);
  }
  const consistent = verifyConsistency(previous.size, checkpoint.size, consistencyProof, previous.rootHash, checkpoint.rootHash);
  if (!consistent.ok) return refuse('inconsistent', consistent.reason);
  return {
    accepted: true,
    checkpoint,
    cosignature: cosignCheckpoint(text, witness, time),
    lastSeen: { size: checkpoint.size, rootHash: checkpoint.rootHash },
  };
}

function refuse(reason: WitnessRefusal, detail: string): WitnessDecision {
  return { accepted: false, reason, detail };
}
