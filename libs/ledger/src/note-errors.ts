/**
 * Why a key string, a signed note or a checkpoint was refused. Notes, keys and checkpoints arrive from other
 * parties (an HTTP body, a configuration file), so each refusal has a stable code a caller can map to a
 * status or a log line:
 *
 * - `malformed-key`: a key string that is not `<name>+<hex id>+<base64>` (verifier) or
 *   `PRIVATE+KEY+<name>+<hex id>+<base64>` (signer) with a matching key id and a known algorithm;
 * - `malformed-note`: text that is not a signed note (C2SP signed-note's syntax);
 * - `unverified-note`: a well-formed note without any valid signature of a known key;
 * - `invalid-signature`: a signature of a known key that does not verify (the whole note is refused);
 * - `ambiguous-key`: two known keys with the same name and key id, one of which signed the note;
 * - `malformed-checkpoint`: a note text that is not a C2SP tlog-checkpoint body;
 * - `wrong-origin`: a checkpoint of another log than the one expected;
 * - `missing-log-signature`: a checkpoint that verifies, but not with the log's own key (only cosigned).
 */
export type NoteErrorCode =
  | 'malformed-key'
  | 'malformed-note'
  | 'unverified-note'
  | 'invalid-signature'
  | 'ambiguous-key'
  | 'malformed-checkpoint'
  | 'wrong-origin'
  | 'missing-log-signature';

export class NoteError extends Error {
  override readonly name = 'NoteError';

  constructor(
    readonly code: NoteErrorCode,
    message: string,
  ) {
    super(message);
  }
}
