import { HASH_SIZE } from './merkle-hash';
import { NoteError } from './note-errors';
import { decodeBase64, isValidNoteContent } from './note-format';

/**
 * Checkpoints, https://c2sp.org/tlog-checkpoint: the text of the signed note by which a log commits to its
 * tree at a size.
 *
 *     <origin>\n
 *     <tree size, decimal, no leading zero>\n
 *     <root hash, standard base64 of 32 bytes>\n
 *     <extension line>\n   (zero or more, each non-empty)
 *
 * The origin names the log (e.g. `example.gov.vn/trach-nhiem/log`); the log's key name should equal it.
 */
export interface Checkpoint {
  readonly origin: string;
  /** The number of leaves; at most 2^53 - 1 here (larger sizes are refused as malformed). */
  readonly size: number;
  /** The RFC 9162 root hash of the tree of `size` leaves. */
  readonly rootHash: Buffer;
  /** Extension lines, without their newlines. Opaque; not recommended by the specification. */
  readonly extensions: readonly string[];
}

/** The checkpoint body (note text). Throws a NoteError (`malformed-checkpoint`) for a field it cannot hold. */
export function formatCheckpoint(checkpoint: Checkpoint): string {
  const { origin, size, rootHash, extensions = [] } = checkpoint;
  if (typeof origin !== 'string' || !isLine(origin)) throw malformed('the origin is one non-empty line');
  if (!Number.isSafeInteger(size) || size < 0) throw malformed('the tree size is a non-negative safe integer');
  if (!(rootHash instanceof Uint8Array) || rootHash.length !== HASH_SIZE) throw malformed(`the root hash is ${HASH_SIZE} bytes`);
  if (!extensions.every((line) => typeof line === 'string' && isLine(line))) throw malformed('an extension is one non-empty line');
  const lines = [origin, String(size), Buffer.from(rootHash).toString('base64'), ...extensions];
  return lines.map((line) => `${line}\n`).join('');
}

/**
 * Parses a checkpoint body (the text of an opened note). Throws a NoteError (`malformed-checkpoint`) unless
 * it is at least three lines, each ending in a newline and non-empty, the second a tree size in decimal
 * without a leading zero (below 2^53), the third strict base64 of a 32-byte hash.
 */
export function parseCheckpoint(body: string): Checkpoint {
  if (typeof body !== 'string' || !body.endsWith('\n') || !isValidNoteContent(body))
    throw malformed('a checkpoint is lines ending in a newline');
  const lines = body.slice(0, -1).split('\n');
  const [origin, sizeText, rootText, ...extensions] = lines;
  if (lines.length < 3 || lines.some((line) => line === '')) throw malformed('a checkpoint has at least three lines, none empty');
  if (!sizeText || !/^(0|[1-9][0-9]*)$/.test(sizeText)) throw malformed('the tree size is a decimal number without a leading zero');
  const size = Number(sizeText);
  if (!Number.isSafeInteger(size)) throw malformed('the tree size is beyond 2^53 - 1');
  const rootHash = decodeBase64(rootText ?? '');
  if (!rootHash || rootHash.length !== HASH_SIZE) throw malformed(`the root hash is base64 of ${HASH_SIZE} bytes`);
  return { origin: origin as string, size, rootHash, extensions };
}

function isLine(text: string): boolean {
  return text !== '' && !text.includes('\n') && isValidNoteContent(text);
}

function malformed(detail: string): NoteError {
  return new NoteError('malformed-checkpoint', `malformed checkpoint: ${detail}`);
}
