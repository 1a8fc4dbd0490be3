import { parseCheckpoint } from './checkpoint';
import { formatSignatureLine } from './note-format';
import { signEd25519, verifyEd25519 } from './note-keys';
import type { NoteSigner, NoteVerifier } from './note-keys';

/**
 * Witness cosignatures, cosignature/v1 of https://c2sp.org/tlog-cosignature (the Ed25519 type). A witness
 * that has verified a checkpoint consistent with every earlier one it saw of the log states so by signing
 *
 *     cosignature/v1\n
 *     time <POSIX seconds, decimal, no leading zero>\n
 *     <the checkpoint body, final newline included>
 *
 * with its Ed25519 key. Its signature line is `— <witness name> <base64(key id || 8-byte big-endian
 * timestamp || 64-byte signature)>`, the key id being SHA-256(name || 0x0A || 0x04 || public key)[:4]
 * (a `cosignature/v1` key of `note-keys.ts`). Appended to the checkpoint's signed note, it lets clients
 * require a quorum of witnesses before trusting the checkpoint (no split view).
 */

/** The largest timestamp tlog-cosignature allows (2^63 - 1) is beyond a safe integer: this is the bound here. */
const MAX_TIMESTAMP = Number.MAX_SAFE_INTEGER;
const SIGNATURE_SIZE = 8 + 64;

/** The message a cosignature/v1 signs: the header line, the time line, then the note text. */
export function cosignatureMessage(text: string, timestamp: number): Buffer {
  assertTimestamp(timestamp);
  return Buffer.from(`cosignature/v1\ntime ${timestamp}\n${text}`, 'utf8');
}

/**
 * The witness's cosignature line of a checkpoint at `timestamp` (POSIX seconds), newline included, ready
 * to append to the checkpoint's signed note or to return from a witness's add-checkpoint endpoint. Throws
 * a NoteError (`malformed-checkpoint`) when `body` is not a checkpoint body, a TypeError when the signer is
 * not a cosignature/v1 key, a RangeError for a timestamp that is not a non-negative safe integer.
 */
export function cosignCheckpoint(body: string, witness: NoteSigner, timestamp: number): string {
  if (witness.type !== 'cosignature/v1') throw new TypeError(`a cosignature needs a cosignature/v1 key, not ${witness.type}`);
  assertTimestamp(timestamp);
  parseCheckpoint(body);
  const signature = Buffer.alloc(SIGNATURE_SIZE);
  signature.writeBigUInt64BE(BigInt(timestamp), 0);
  signEd25519(witness, cosignatureMessage(body, timestamp)).copy(signature, 8);
  return formatSignatureLine(witness.name, witness.keyId, signature);
}

/**
 * Verifies the signature bytes of a cosignature/v1 line (after the key id) over a note text: the timestamp
 * it carries when valid, undefined when not (wrong length, timestamp out of range, bad signature).
 */
export function verifyCosignature(verifier: NoteVerifier, text: string, signature: Uint8Array): number | undefined {
  if (verifier.type !== 'cosignature/v1' || signature.length !== SIGNATURE_SIZE) return undefined;
  const bytes = Buffer.from(signature);
  const timestamp = bytes.readBigUInt64BE(0);
  if (timestamp > BigInt(MAX_TIMESTAMP)) return undefined;
  const time = Number(timestamp);
  return verifyEd25519(verifier, cosignatureMessage(text, time), bytes.subarray(8)) ? time : undefined;
}

function assertTimestamp(timestamp: number): void {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0 || timestamp > MAX_TIMESTAMP) {
    throw new RangeError(`a cosignature timestamp is a non-negative safe integer of seconds, got ${String(timestamp)}`);
  }
}
