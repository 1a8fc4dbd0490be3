import { HASH_SIZE } from './merkle-hash';
import { decodeBase64, SIGNATURE_LINE_PREFIX } from './note-format';

/**
 * The texts of https://c2sp.org/tlog-witness's `add-checkpoint` call, which a log (the client) and a witness
 * (the server) exchange over HTTP. Pure: building and parsing bodies only; the decision is `witnessCheck`.
 *
 *     POST <submission prefix>/add-checkpoint
 *
 *     old <size of the last checkpoint the witness cosigned, decimal, no leading zero>\n
 *     <consistency proof hash, base64>\n      (zero to 63 lines, none when old is 0)
 *     \n
 *     <the signed checkpoint note>
 *
 * Answers: 200 with the cosignature lines (`— <witness> <base64>\n`…); 409 Conflict with a `text/x.tlog.size`
 * body `<size>\n` naming the size the witness last cosigned when `old` is not it (or when the log signed two
 * roots for that size); 422 when the proof does not verify; 403 when no signature of a known key verifies; 404
 * for an unknown origin; 400 for a malformed body or an `old` above the checkpoint's size.
 */

/** The path of the call under the witness's submission prefix. */
export const ADD_CHECKPOINT_PATH = '/add-checkpoint';
/** The content type of a 409 answer's body. */
export const TREE_SIZE_CONTENT_TYPE = 'text/x.tlog.size';
/** Most consistency proof lines a request may carry (the proof of two trees below 2^63 is shorter). */
export const MAX_CONSISTENCY_PROOF_LINES = 63;

/** An add-checkpoint request: the size the witness is believed to have cosigned, the proof from it, the checkpoint. */
export interface AddCheckpointRequest {
  readonly oldSize: number;
  readonly consistencyProof: readonly Uint8Array[];
  /** The signed checkpoint note, as the log signed it (other signature lines may follow). */
  readonly checkpoint: string;
}

/**
 * Why a body is not an add-checkpoint request (each is a 400):
 * - `malformed-old-size`: the first line is not `old <decimal without a leading zero>`;
 * - `malformed-proof`: a proof line is not the base64 of a 32-byte hash;
 * - `too-many-proof-lines`: more than MAX_CONSISTENCY_PROOF_LINES proof lines;
 * - `missing-checkpoint`: no blank line after the proof, or nothing after it.
 */
export type WitnessProtocolErrorCode = 'malformed-old-size' | 'malformed-proof' | 'too-many-proof-lines' | 'missing-checkpoint';

export class WitnessProtocolError extends Error {
  override readonly name = 'WitnessProtocolError';

  constructor(
    readonly code: WitnessProtocolErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The request body. Throws a RangeError for an old size that is not a safe non-negative integer or a proof too long. */
export function formatAddCheckpointRequest(request: AddCheckpointRequest): string {
  const { oldSize, consistencyProof, checkpoint } = request;
  if (!Number.isSafeInteger(oldSize) || oldSize < 0) throw new RangeError(`the old size is a non-negative safe integer, got ${oldSize}`);
  if (consistencyProof.length > MAX_CONSISTENCY_PROOF_LINES)
    throw new RangeError(`a consistency proof has at most ${MAX_CONSISTENCY_PROOF_LINES} hashes`);
  const proof = consistencyProof.map((hash) => `${Buffer.from(hash).toString('base64')}\n`).join('');
  return `old ${oldSize}\n${proof}\n${checkpoint}`;
}

/** Parses a request body; the checkpoint note is returned as it came (its checks are `witnessCheck`'s). Throws a WitnessProtocolError. */
export function parseAddCheckpointRequest(body: string): AddCheckpointRequest {
  const firstEnd = body.indexOf('\n');
  const oldLine = firstEnd < 0 ? body : body.slice(0, firstEnd);
  const oldMatch = /^old (0|[1-9][0-9]*)$/.exec(oldLine);
  const oldSize = oldMatch ? Number(oldMatch[1]) : NaN;
  if (firstEnd < 0 || !Number.isSafeInteger(oldSize))
    throw new WitnessProtocolError('malformed-old-size', 'the first line is not "old <tree size>"');
  const consistencyProof: Buffer[] = [];
  let at = firstEnd + 1;
  for (;;) {
    const end = body.indexOf('\n', at);
    if (end < 0) throw new WitnessProtocolError('missing-checkpoint', 'no blank line between the proof and the checkpoint');
    const line = body.slice(at, end);
    at = end + 1;
    if (line === '') break;
    if (consistencyProof.length === MAX_CONSISTENCY_PROOF_LINES)
      throw new WitnessProtocolError('too-many-proof-lines', `more than ${MAX_CONSISTENCY_PROOF_LINES} consistency proof lines`);
    const hash = decodeBase64(line);
    if (!hash || hash.length !== HASH_SIZE)
      throw new WitnessProtocolError('malformed-proof', `consistency proof line ${consistencyProof.length + 1} is not a base64 hash`);
    consistencyProof.push(hash);
  }
  const checkpoint = body.slice(at);
  if (checkpoint === '') throw new WitnessProtocolError('missing-checkpoint', 'no checkpoint after the blank line');
  return { oldSize, consistencyProof, checkpoint };
}

/** A 409 answer's body: the size, then a newline. */
export function formatTreeSize(size: number): string {
  return `${size}\n`;
}

/** The size in a 409 answer's body, or undefined when the body is not `<decimal>\n`. */
export function parseTreeSize(body: string): number | undefined {
  const match = /^(0|[1-9][0-9]*)\n$/.exec(body);
  const size = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(size) ? size : undefined;
}

/**
 * The signature lines of a 200 answer, each with its newline, ready for `appendSignatureLines`; undefined when
 * the body is not one or more lines each starting with `— ` and ending in a newline. Whose they are and
 * whether they verify is for the caller to check against the witness's key.
 */
export function parseCosignatureLines(body: string): string[] | undefined {
  if (body === '' || !body.endsWith('\n')) return undefined;
  const lines = body
    .slice(0, -1)
    .split('\n')
    .map((line) => `${line}\n`);
  return lines.every((line) => line.startsWith(SIGNATURE_LINE_PREFIX)) ? lines : undefined;
}
