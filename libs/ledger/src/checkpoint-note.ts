import { formatCheckpoint, parseCheckpoint } from './checkpoint';
import type { Checkpoint } from './checkpoint';
import { NoteError } from './note-errors';
import type { NoteSigner, NoteVerifier } from './note-keys';
import { openNote, signNote } from './signed-note';
import type { OpenedNote, VerifiedSignature } from './signed-note';

/** A witness's verified cosignature of a checkpoint. */
export type VerifiedCosignature = Extract<VerifiedSignature, { kind: 'cosignature' }>;

/** A checkpoint signed by its log, with the cosignatures of the known witnesses that verified. */
export interface OpenedCheckpoint {
  readonly checkpoint: Checkpoint;
  /** The checkpoint body, as signed. */
  readonly text: string;
  readonly cosignatures: readonly VerifiedCosignature[];
  /** The opened note: every verified and unverified signature. */
  readonly note: OpenedNote;
}

/** The log's signed note of a checkpoint. */
export function signCheckpoint(checkpoint: Checkpoint, logSigner: NoteSigner): string {
  return signNote(formatCheckpoint(checkpoint), logSigner);
}

/**
 * Opens a signed checkpoint as a client, a verifier or a witness must: the log's own signature must be
 * there and valid (cosignatures alone do not make a checkpoint), the text must be a checkpoint of the
 * expected origin (by default the log key's name, as tlog-checkpoint recommends), and the cosignatures of
 * the known witnesses are verified and returned with their times (whether enough witnesses cosigned is the
 * caller's policy). Throws a NoteError: those of `openNote`, `missing-log-signature`, `malformed-checkpoint`
 * or `wrong-origin`.
 */
export function openCheckpoint(
  note: string | Uint8Array,
  keys: { readonly log: NoteVerifier; readonly witnesses?: readonly NoteVerifier[]; readonly origin?: string },
): OpenedCheckpoint {
  const { log, witnesses = [], origin = log.name } = keys;
  if (log.type !== 'ed25519') throw new TypeError(`a log signs its checkpoints with an ed25519 key, not ${log.type}`);
  const opened = openNote(note, [log, ...witnesses]);
  const signedByLog = opened.verified.some(
    ({ kind, verifier }) =>
      kind === 'signature' && verifier.name === log.name && verifier.keyId === log.keyId && verifier.publicKey.equals(log.publicKey),
  );
  if (!signedByLog) throw new NoteError('missing-log-signature', `the checkpoint is not signed by the log key ${log.name}`);
  const checkpoint = parseCheckpoint(opened.text);
  if (checkpoint.origin !== origin) {
    throw new NoteError('wrong-origin', `the checkpoint is of ${JSON.stringify(checkpoint.origin)}, not ${JSON.stringify(origin)}`);
  }
  const cosignatures = opened.verified.filter((signature): signature is VerifiedCosignature => signature.kind === 'cosignature');
  return { checkpoint, text: opened.text, cosignatures, note: opened };
}
