import { verifyCosignature } from './cosignature';
import { NoteError } from './note-errors';
import { decodeBase64, formatSignatureLine, isValidKeyName, isValidNoteContent, SIGNATURE_LINE_PREFIX } from './note-format';
import { signEd25519, verifyEd25519 } from './note-keys';
import type { NoteSigner, NoteVerifier } from './note-keys';

/**
 * Signed notes, https://c2sp.org/signed-note, as golang.org/x/mod/sumdb/note reads and writes them:
 *
 *     <text, ending in a newline>
 *     <blank line>
 *     — <key name> <base64(4-byte big-endian key id || signature)>
 *     … one line per signature, each ending in a newline
 *
 * The text is everything up to and including the newline before the *last* blank line; it may contain
 * blank lines itself. The whole note is UTF-8 without ASCII control characters other than the newline. An
 * `ed25519` key signs the text's UTF-8 bytes; a `cosignature/v1` key signs them behind the cosignature/v1
 * header (see `cosignature.ts`).
 */

/** Most signature lines a note may have (Go's limit; C2SP requires accepting at least 16). */
export const MAX_NOTE_SIGNATURES = 100;

/** A signature line of a note, verified or not. */
export interface NoteSignature {
  readonly name: string;
  /** The key id the line names (its first 4 bytes), as an unsigned integer. */
  readonly keyId: number;
  /** The signature bytes after the key id. */
  readonly signature: Buffer;
  /** The line as it appears in the note, newline included. */
  readonly line: string;
}

/** A signature verified with a known key: a plain signature, or a witness's cosignature and its time. */
export type VerifiedSignature =
  | (NoteSignature & { readonly kind: 'signature'; readonly verifier: NoteVerifier })
  | (NoteSignature & { readonly kind: 'cosignature'; readonly verifier: NoteVerifier; readonly timestamp: number });

/** A note split into its text and signature lines, nothing verified. */
export interface ParsedNote {
  readonly text: string;
  readonly signatures: readonly NoteSignature[];
}

/** A note whose text is vouched for by at least one known key. */
export interface OpenedNote {
  readonly text: string;
  /** The valid signatures of known keys, in note order, one per key. */
  readonly verified: readonly VerifiedSignature[];
  /** The signatures of unknown keys, in note order, identical lines once. */
  readonly unverified: readonly NoteSignature[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Splits a note into its text and signature lines, checking the syntax only. Throws a NoteError
 * (`malformed-note`) when the note is not valid UTF-8, has a control character other than the newline, has
 * no blank line followed by signature lines, a signature line that is not `— <valid key name> <base64 of at
 * least 5 bytes>`, anything after the signatures, or more than `MAX_NOTE_SIGNATURES` signature lines.
 */
export function parseNote(note: string | Uint8Array): ParsedNote {
  const text = decodeNote(note);
  const split = text.lastIndexOf('\n\n');
  if (split < 0) throw malformed('no blank line before the signatures');
  const block = text.slice(split + 2);
  if (block === '' || !block.endsWith('\n')) throw malformed('the signatures must be lines ending in a newline');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_NOTE_SIGNATURES) throw malformed(`more than ${MAX_NOTE_SIGNATURES} signatures`);
  return { text: text.slice(0, split + 1), signatures: lines.map(parseSignatureLine) };
}

/**
 * Signs `text` with each signer (an `ed25519` key; a witness cosigns with `cosignCheckpoint`) and returns the
 * signed note. Throws a NoteError (`malformed-note`) when the text does not end in a newline or has a control
 * character other than the newline, a TypeError when a signer is not an `ed25519` key.
 */
export function signNote(text: string, signers: NoteSigner | readonly NoteSigner[]): string {
  if (typeof text !== 'string' || !text.endsWith('\n') || !isValidNoteContent(text)) {
    throw malformed('a note text ends in a newline and has no control character other than the newline');
  }
  const list: readonly NoteSigner[] = Array.isArray(signers) ? signers : [signers as NoteSigner];
  if (list.length === 0) throw new TypeError('a note needs at least one signer');
  const message = Buffer.from(text, 'utf8');
  const lines = list.map((signer) => {
    if (signer.type !== 'ed25519')
      throw new TypeError(`signNote signs with ed25519 keys, not ${signer.type}; cosign with cosignCheckpoint`);
    if (!isValidKeyName(signer.name)) throw new TypeError(`invalid key name ${JSON.stringify(signer.name)}`);
    return formatSignatureLine(signer.name, signer.keyId, signEd25519(signer, message));
  });
  return `${text}\n${lines.join('')}`;
}

/**
 * Opens a signed note with the keys the caller trusts, as C2SP signed-note and Go's `note.Open` do: a line
 * whose name and key id match no known key is ignored (kept in `unverified`); a line of a known key must
 * verify, or the whole note is refused (`invalid-signature`); further lines of a key already seen are
 * skipped; and at least one signature of a known key must verify (`unverified-note`). Throws a NoteError
 * with those codes, `malformed-note` (see `parseNote`), or `ambiguous-key` when two of the known keys share
 * the name and key id of a line.
 *
 * Which keys vouch for the note is the caller's to judge from `verified`: a checkpoint, for instance, needs
 * its log's signature, not only cosignatures (`openCheckpoint` checks that).
 */
export function openNote(note: string | Uint8Array, verifiers: readonly NoteVerifier[]): OpenedNote {
  const { text, signatures } = parseNote(note);
  const message = Buffer.from(text, 'utf8');
  const verified: VerifiedSignature[] = [];
  const unverified: NoteSignature[] = [];
  const seenKeys = new Set<string>();
  const seenLines = new Set<string>();
  for (const signature of signatures) {
    const known = verifiers.filter((verifier) => verifier.name === signature.name && verifier.keyId === signature.keyId);
    if (known.length === 0) {
      if (!seenLines.has(signature.line)) unverified.push(signature);
      seenLines.add(signature.line);
      continue;
    }
    const keyName = `${signature.name}+${signature.keyId.toString(16).padStart(8, '0')}`;
    if (known.length > 1) throw new NoteError('ambiguous-key', `ambiguous key ${keyName}`);
    if (seenKeys.has(keyName)) continue;
    seenKeys.add(keyName);
    const verifier = known[0] as NoteVerifier;
    switch (verifier.type) {
      case 'ed25519':
        if (!verifyEd25519(verifier, message, signature.signature)) throw invalidSignature(keyName);
        verified.push({ ...signature, kind: 'signature', verifier });
        break;
      case 'cosignature/v1': {
        const timestamp = verifyCosignature(verifier, text, signature.signature);
        if (timestamp === undefined) throw invalidSignature(keyName);
        verified.push({ ...signature, kind: 'cosignature', verifier, timestamp });
        break;
      }
    }
  }
  if (verified.length === 0) throw new NoteError('unverified-note', 'the note has no verifiable signature of a known key');
  return { text, verified, unverified };
}

/**
 * Adds signature lines (such as witnesses' cosignatures) to a signed note, skipping lines it already has.
 * Throws a NoteError (`malformed-note`) when the note or a line is malformed.
 */
export function appendSignatureLines(note: string, lines: string | readonly string[]): string {
  const present = new Set(parseNote(note).signatures.map((signature) => signature.line));
  const added = (typeof lines === 'string' ? [lines] : lines).filter((line) => {
    if (typeof line !== 'string' || !line.endsWith('\n') || line.slice(0, -1).includes('\n'))
      throw malformed('a signature line is one line ending in a newline');
    if (present.has(line)) return false;
    present.add(line);
    return true;
  });
  const result = note + added.join('');
  parseNote(result);
  return result;
}

function decodeNote(note: string | Uint8Array): string {
  let text: string;
  if (typeof note === 'string') {
    text = note;
  } else {
    try {
      text = utf8.decode(note);
    } catch {
      throw malformed('the note is not valid UTF-8');
    }
  }
  if (!isValidNoteContent(text)) throw malformed('the note has a control character other than the newline, or an unpaired surrogate');
  return text;
}

function parseSignatureLine(line: string): NoteSignature {
  if (!line.startsWith(SIGNATURE_LINE_PREFIX)) throw malformed('a signature line starts with an em dash and a space');
  const rest = line.slice(SIGNATURE_LINE_PREFIX.length);
  const space = rest.indexOf(' ');
  const name = space < 0 ? rest : rest.slice(0, space);
  const bytes = space < 0 ? undefined : decodeBase64(rest.slice(space + 1));
  if (!isValidKeyName(name) || !bytes || bytes.length < 5) throw malformed('a signature line is — <key name> <base64 signature>');
  return { name, keyId: bytes.readUInt32BE(0), signature: bytes.subarray(4), line: `${line}\n` };
}

function malformed(detail: string): NoteError {
  return new NoteError('malformed-note', `malformed note: ${detail}`);
}

function invalidSignature(keyName: string): NoteError {
  return new NoteError('invalid-signature', `invalid signature for key ${keyName}`);
}
