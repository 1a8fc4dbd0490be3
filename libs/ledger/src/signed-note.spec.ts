import { describe, expect, it } from '@jest/globals';
import { NoteError } from './note-errors';
import type { NoteErrorCode } from './note-errors';
import { formatSignerKey, formatVerifierKey, generateNoteKey, noteKeyId, parseSignerKey, parseVerifierKey, verifierOf } from './note-keys';
import { appendSignatureLines, openNote, parseNote, signNote } from './signed-note';

// Known answers from golang.org/x/mod/sumdb/note, the reference implementation of C2SP signed-note: the
// PeterNeumann and EnochRoot keys, the note text and signature lines of its documentation and of note_test.go
// (TestNewVerifier, TestNewSigner, TestSign, TestOpen). Ed25519 signatures are deterministic (RFC 8032), so
// signing the text with the PeterNeumann key must give Go's note byte for byte.
const peterVerifierKey = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const peterSignerKey = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const enochVerifierKey = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
const text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const peterSig = '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const enochSig = '— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';

const peter = parseVerifierKey(peterVerifierKey);
const enoch = parseVerifierKey(enochVerifierKey);

/** The NoteError code `action` throws with, or undefined when it does not throw. */
function refusal(action: () => unknown): NoteErrorCode | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof NoteError) return error.code;
    throw error;
  }
  return undefined;
}

/** Go's `s[:at] + insert + s[at:]` on the UTF-8 bytes of a string. */
function insertAtByte(line: string, at: number, insert: string): string {
  const bytes = Buffer.from(line, 'utf8');
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(insert), bytes.subarray(at)]).toString('utf8');
}

describe('note keys: Go sumdb/note vectors', () => {
  it('parses the PeterNeumann verifier and signer keys, and writes them back identically', () => {
    expect(peter).toMatchObject({ name: 'PeterNeumann', keyId: 0xc74f20a3, type: 'ed25519' });
    expect(peter.publicKey).toHaveLength(32);
    const signer = parseSignerKey(peterSignerKey);
    expect(signer.publicKey).toEqual(peter.publicKey);
    expect(verifierOf(signer)).toEqual(peter);
    expect(formatVerifierKey(peter)).toBe(peterVerifierKey);
    expect(formatSignerKey(signer)).toBe(peterSignerKey);
    expect(noteKeyId('PeterNeumann', 'ed25519', peter.publicKey)).toBe(0xc74f20a3);
    expect(enoch).toMatchObject({ name: 'EnochRoot', keyId: 0xaf0cfe78 });
  });

  it.each([
    ['verifier', peterVerifierKey, parseVerifierKey],
    ['signer', peterSignerKey, parseSignerKey],
  ])('refuses every proper substring and every one-byte change of the %s key (TestNewVerifier, TestNewSigner)', (_kind, key, parse) => {
    const accepted: string[] = [];
    for (let i = 0; i <= key.length; i++) {
      for (let j = i + 1; j <= key.length; j++) {
        if (i === 0 && j === key.length) continue;
        if (refusal(() => parse(key.slice(i, j))) !== 'malformed-key') accepted.push(key.slice(i, j));
      }
    }
    for (let i = 0; i < key.length; i++) {
      const changed = key.slice(0, i) + String.fromCharCode(key.charCodeAt(i) + 1) + key.slice(i + 1);
      if (refusal(() => parse(changed)) !== 'malformed-key') accepted.push(changed);
    }
    expect(accepted).toEqual([]);
  });

  it('refuses a key of the wrong length or an unknown algorithm even with a matching key id (TestNewVerifier)', () => {
    expect(refusal(() => parseVerifierKey('PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=='))).toBe(
      'malformed-key',
    );
    expect(refusal(() => parseVerifierKey('PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'))).toBe('malformed-key');
  });

  it('generates keys whose strings round-trip and whose ids follow the type', () => {
    const { signer, verifier } = generateNoteKey('so-noi-vu.example.gov.vn/log');
    expect(parseVerifierKey(formatVerifierKey(verifier))).toEqual(verifier);
    expect(parseSignerKey(formatSignerKey(signer))).toEqual(signer);
    const witness = generateNoteKey('witness.example.vn/w1', 'cosignature/v1');
    const witnessKey = formatVerifierKey(witness.verifier);
    expect(witnessKey).toMatch(/^witness\.example\.vn\/w1\+[0-9a-f]{8}\+B/);
    expect(parseVerifierKey(witnessKey)).toEqual(witness.verifier);
    expect(witness.verifier.keyId).toBe(noteKeyId('witness.example.vn/w1', 'cosignature/v1', witness.verifier.publicKey));
    expect(witness.verifier.keyId).not.toBe(noteKeyId('witness.example.vn/w1', 'ed25519', witness.verifier.publicKey));
  });

  it.each(['', 'has space', 'has+plus', 'tab\there', 'nbsp\u00a0here', 'ideographic\u3000space', 'lone\ud800'])(
    'refuses the key name %j',
    (name) => {
      expect(refusal(() => generateNoteKey(name))).toBe('malformed-key');
    },
  );
});

describe('signNote: Go sumdb/note vectors', () => {
  it('signs the text with the PeterNeumann key exactly as Go does (TestSign)', () => {
    expect(signNote(text, parseSignerKey(peterSignerKey))).toBe(`${text}\n${peterSig}`);
  });

  it.each([
    ['text without a final newline', 'abc'],
    ['an empty text', ''],
    ['a control character', 'a\u0001b\n'],
    ['a carriage return', 'a\r\n'],
  ])('refuses %s', (_case, bad) => {
    expect(refusal(() => signNote(bad, parseSignerKey(peterSignerKey)))).toBe('malformed-note');
  });

  it('refuses to sign with a cosignature key', () => {
    expect(() => signNote(text, generateNoteKey('w', 'cosignature/v1').signer)).toThrow(TypeError);
  });
});

describe('openNote: Go sumdb/note vectors (TestOpen)', () => {
  it('verifies the signature of the known key and keeps the unknown one aside', () => {
    const opened = openNote(text + '\n' + peterSig + enochSig, [peter]);
    expect(opened.text).toBe(text);
    expect(opened.verified.map(({ name, keyId, kind }) => ({ name, keyId, kind }))).toEqual([
      { name: 'PeterNeumann', keyId: 0xc74f20a3, kind: 'signature' },
    ]);
    expect(opened.unverified.map(({ name, keyId, line }) => ({ name, keyId, line }))).toEqual([
      { name: 'EnochRoot', keyId: 0xaf0cfe78, line: enochSig },
    ]);
  });

  it('verifies both signatures with both keys', () => {
    const opened = openNote(text + '\n' + peterSig + enochSig, [peter, enoch]);
    expect(opened.verified.map(({ name }) => name)).toEqual(['PeterNeumann', 'EnochRoot']);
    expect(opened.unverified).toEqual([]);
  });

  it('refuses a note without a signature of a known key', () => {
    expect(refusal(() => openNote(text + '\n' + peterSig + enochSig, []))).toBe('unverified-note');
  });

  it('refuses a note signed by a key known twice, but not when that key did not sign', () => {
    expect(refusal(() => openNote(text + '\n' + enochSig, [enoch, peter, enoch]))).toBe('ambiguous-key');
    expect(openNote(text + '\n' + peterSig, [enoch, peter, enoch]).verified).toHaveLength(1);
  });

  it('refuses more than 100 signatures, verified or not', () => {
    expect(refusal(() => openNote(text + '\n' + peterSig.repeat(101), [peter]))).toBe('malformed-note');
    expect(refusal(() => openNote(text + '\n' + peterSig.repeat(101), []))).toBe('malformed-note');
    expect(openNote(text + '\n' + peterSig.repeat(100), [peter]).verified).toHaveLength(1);
  });

  it('refuses the whole note when a known key signature is invalid', () => {
    expect(refusal(() => openNote(text + '\n' + insertAtByte(peterSig, 60, 'ABCD'), [peter]))).toBe('invalid-signature');
  });

  it('keeps one verified signature per key, and each distinct unknown line once', () => {
    const enochABCD = insertAtByte(enochSig, 60, 'ABCD');
    const opened = openNote(text + '\n' + peterSig + peterSig + enochSig + enochSig + enochABCD, [peter]);
    expect(opened.verified.map(({ name }) => name)).toEqual(['PeterNeumann']);
    expect(opened.unverified.map(({ line }) => line)).toEqual([enochSig, enochABCD]);
  });

  it.each([
    ['the text alone', text],
    ['no signature after the blank line', text + '\n'],
    ['a signature line without its newline', text + '\n' + peterSig.slice(0, -1)],
    ['a control character', '\u0001' + text + '\n' + peterSig],
    [
      'a name with a space',
      text + '\n' + '— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=',
    ],
    ['a line after the signatures', text + '\n' + peterSig + 'Unexpected line.\n'],
    ['a hyphen for the em dash', text + '\n' + peterSig.replace('—', '-')],
    ['a signature of 4 bytes', text + '\n' + '— PeterNeumann x08gow==\n'],
    ['signature base64 with a stray bit', text + '\n' + peterSig.replace('AM=', 'AN=')],
  ])('refuses a malformed note: %s', (_case, note) => {
    expect(refusal(() => openNote(note, [peter]))).toBe('malformed-note');
  });

  it('reads a note given as bytes, and refuses bytes that are not UTF-8', () => {
    expect(openNote(Buffer.from(text + '\n' + peterSig), [peter]).text).toBe(text);
    const invalid = Buffer.concat([Buffer.from([0xff]), Buffer.from(text + '\n' + peterSig)]);
    expect(refusal(() => openNote(invalid, [peter]))).toBe('malformed-note');
    // A byte-order mark is text like any other: signed over, so kept (and here it breaks the signature).
    expect(refusal(() => openNote(Buffer.from('\ufeff' + text + '\n' + peterSig), [peter]))).toBe('invalid-signature');
  });
});

describe('signed notes: round trips and tampering', () => {
  const log = generateNoteKey('log.example.gov.vn/trach-nhiem');
  const other = generateNoteKey('log.example.gov.vn/trach-nhiem');
  const body = 'Nhật ký trách nhiệm\n\nwith a blank line inside\n';

  it('opens what it signs, a text with a blank line and non-ASCII included', () => {
    const note = signNote(body, log.signer);
    const opened = openNote(note, [log.verifier]);
    expect(opened.text).toBe(body);
    expect(parseNote(note).text).toBe(body);
  });

  it('signs with several keys at once', () => {
    const second = generateNoteKey('mirror.example.vn');
    const opened = openNote(signNote(body, [log.signer, second.signer]), [log.verifier, second.verifier]);
    expect(opened.verified.map(({ verifier }) => verifier)).toEqual([log.verifier, second.verifier]);
  });

  it('refuses a changed text, a changed signature, or the signature of another key of the same name', () => {
    const note = signNote(body, log.signer);
    expect(refusal(() => openNote(note.replace('Nhật', 'Nhat'), [log.verifier]))).toBe('invalid-signature');
    const line = parseNote(note).signatures[0]?.line ?? '';
    const bytes = Buffer.from(line.slice(2 + log.verifier.name.length + 1, -1), 'base64');
    bytes[10] = (bytes[10] as number) ^ 1;
    const forged = `${body}\n— ${log.verifier.name} ${bytes.toString('base64')}\n`;
    expect(refusal(() => openNote(forged, [log.verifier]))).toBe('invalid-signature');
    // Same name, other key: another key id, so the line is an unknown key's and the note has no known signature.
    expect(refusal(() => openNote(signNote(body, other.signer), [log.verifier]))).toBe('unverified-note');
  });

  it('appends signature lines once, refusing a malformed one', () => {
    const note = signNote(body, log.signer);
    const extra = parseNote(signNote(body, other.signer)).signatures[0]?.line ?? '';
    const appended = appendSignatureLines(note, [extra, extra]);
    expect(appended).toBe(note + extra);
    expect(appendSignatureLines(appended, extra)).toBe(appended);
    expect(openNote(appended, [log.verifier, other.verifier]).verified).toHaveLength(2);
    expect(refusal(() => appendSignatureLines(note, 'not a signature\n'))).toBe('malformed-note');
    expect(refusal(() => appendSignatureLines(note, extra.slice(0, -1)))).toBe('malformed-note');
  });
});
