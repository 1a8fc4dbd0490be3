import { createHash, createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { formatCheckpoint, parseCheckpoint } from './checkpoint';
import type { Checkpoint } from './checkpoint';
import { openCheckpoint, signCheckpoint } from './checkpoint-note';
import { cosignCheckpoint, cosignatureMessage, verifyCosignature } from './cosignature';
import { hashLeaf } from './merkle-hash';
import { NoteError } from './note-errors';
import type { NoteErrorCode } from './note-errors';
import { generateNoteKey } from './note-keys';
import { appendSignatureLines, openNote, parseNote, signNote } from './signed-note';

function refusal(action: () => unknown): NoteErrorCode | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof NoteError) return error.code;
    throw error;
  }
  return undefined;
}

// The example checkpoint of https://c2sp.org/tlog-checkpoint and https://c2sp.org/tlog-cosignature, with the
// log's signature and a witness's cosignature (their public keys are not published, so only the structure is
// checked: the cosignature's key id, its timestamp, which the specification's example message gives as
// `time 1679315147`, and its length).
const specBody = 'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';
const specNote =
  specBody +
  '\n' +
  '— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n' +
  '— witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n';

const log = generateNoteKey('log.example.gov.vn/trach-nhiem');
const witness = generateNoteKey('witness.example.vn/w1', 'cosignature/v1');
const checkpoint: Checkpoint = { origin: log.verifier.name, size: 1234, rootHash: hashLeaf(Buffer.from('root')), extensions: [] };

describe('checkpoints (C2SP tlog-checkpoint)', () => {
  it('parses the specification example', () => {
    const parsed = parseCheckpoint(parseNote(specNote).text);
    expect(parsed.origin).toBe('example.com/behind-the-sofa');
    expect(parsed.size).toBe(20852163);
    expect(parsed.rootHash.toString('base64')).toBe('CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=');
    expect(parsed.extensions).toEqual([]);
    expect(formatCheckpoint(parsed)).toBe(specBody);
    const [logLine, witnessLine] = parseNote(specNote).signatures;
    expect(logLine?.signature).toHaveLength(64);
    expect(witnessLine?.keyId).toBe(0x8d66cf3f);
    expect(witnessLine?.signature).toHaveLength(8 + 64);
    expect(witnessLine?.signature.readBigUInt64BE(0)).toBe(1679315147n);
  });

  it('formats and parses back, extension lines included', () => {
    const withExtensions = { ...checkpoint, extensions: ['— extension one', 'two'] };
    const body = formatCheckpoint(withExtensions);
    expect(body).toBe(`${checkpoint.origin}\n1234\n${checkpoint.rootHash.toString('base64')}\n— extension one\ntwo\n`);
    expect(parseCheckpoint(body)).toEqual(withExtensions);
    expect(parseCheckpoint(formatCheckpoint({ ...checkpoint, size: 0 })).size).toBe(0);
  });

  const root = checkpoint.rootHash.toString('base64');
  it.each([
    ['two lines', `o\n5\n`],
    ['no final newline', `o\n5\n${root}`],
    ['an empty origin', `\n5\n${root}\n`],
    ['a leading zero', `o\n05\n${root}\n`],
    ['a negative size', `o\n-5\n${root}\n`],
    ['a size with a sign', `o\n+5\n${root}\n`],
    ['a size beyond 2^53 - 1', `o\n9007199254740992\n${root}\n`],
    ['a root of 31 bytes', `o\n5\n${checkpoint.rootHash.subarray(1).toString('base64')}\n`],
    ['a root in URL-safe base64', `o\n5\n${checkpoint.rootHash.toString('base64url')}\n`],
    ['an empty extension line', `o\n5\n${root}\n\n`],
    ['a control character', `o\t\n5\n${root}\n`],
  ])('refuses a body with %s', (_case, body) => {
    expect(refusal(() => parseCheckpoint(body))).toBe('malformed-checkpoint');
  });

  it('refuses to format what it could not parse', () => {
    expect(refusal(() => formatCheckpoint({ ...checkpoint, origin: 'two\nlines' }))).toBe('malformed-checkpoint');
    expect(refusal(() => formatCheckpoint({ ...checkpoint, size: -1 }))).toBe('malformed-checkpoint');
    expect(refusal(() => formatCheckpoint({ ...checkpoint, rootHash: Buffer.alloc(31) }))).toBe('malformed-checkpoint');
    expect(refusal(() => formatCheckpoint({ ...checkpoint, extensions: [''] }))).toBe('malformed-checkpoint');
  });
});

describe('witness cosignatures (C2SP tlog-cosignature, cosignature/v1)', () => {
  const body = formatCheckpoint(checkpoint);

  it('signs the documented message, with the documented key id and line layout', () => {
    const line = cosignCheckpoint(body, witness.signer, 1679315147);
    const match = /^— (\S+) (\S+)\n$/.exec(line);
    expect(match?.[1]).toBe('witness.example.vn/w1');
    const bytes = Buffer.from(match?.[2] ?? '', 'base64');
    expect(bytes).toHaveLength(4 + 8 + 64);
    // Key id: SHA-256(name || 0x0A || 0x04 || public key)[:4], checked here without the library.
    const id = createHash('sha256')
      .update(Buffer.concat([Buffer.from('witness.example.vn/w1\n'), Buffer.from([0x04]), witness.verifier.publicKey]))
      .digest()
      .subarray(0, 4);
    expect(bytes.subarray(0, 4)).toEqual(id);
    expect(bytes.readBigUInt64BE(4)).toBe(1679315147n);
    // The signed message, built by hand as the specification writes it.
    const message = Buffer.from(`cosignature/v1\ntime 1679315147\n${body}`);
    expect(cosignatureMessage(body, 1679315147)).toEqual(message);
    const publicKey = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: witness.verifier.publicKey.toString('base64url') },
      format: 'jwk',
    });
    expect(verify(null, message, publicKey, bytes.subarray(12))).toBe(true);
  });

  it('is verified by openNote as a cosignature with its time, apart from the log signature', () => {
    const note = appendSignatureLines(signCheckpoint(checkpoint, log.signer), cosignCheckpoint(body, witness.signer, 1700000000));
    const opened = openNote(note, [log.verifier, witness.verifier]);
    expect(
      opened.verified.map((signature) => [signature.kind, signature.name, 'timestamp' in signature ? signature.timestamp : null]),
    ).toEqual([
      ['signature', log.verifier.name, null],
      ['cosignature', witness.verifier.name, 1700000000],
    ]);
  });

  it('refuses a cosignature whose time was changed, or made over another checkpoint', () => {
    const line = cosignCheckpoint(body, witness.signer, 1700000000);
    const bytes = Buffer.from(line.slice(2 + witness.verifier.name.length + 1, -1), 'base64');
    expect(verifyCosignature(witness.verifier, body, bytes.subarray(4))).toBe(1700000000);
    bytes.writeBigUInt64BE(1700000001n, 4);
    expect(verifyCosignature(witness.verifier, body, bytes.subarray(4))).toBeUndefined();
    const retimed = `${witness.verifier.name} ${bytes.toString('base64')}`;
    const note = `${signCheckpoint(checkpoint, log.signer)}— ${retimed}\n`;
    expect(refusal(() => openNote(note, [log.verifier, witness.verifier]))).toBe('invalid-signature');
    const moved = `${signCheckpoint({ ...checkpoint, size: 1235 }, log.signer)}${line}`;
    expect(refusal(() => openNote(moved, [log.verifier, witness.verifier]))).toBe('invalid-signature');
    expect(openNote(moved, [log.verifier]).unverified).toHaveLength(1);
  });

  it('refuses a cosignature key of the wrong type, a bad time, a body that is not a checkpoint', () => {
    expect(() => cosignCheckpoint(body, log.signer, 1)).toThrow(TypeError);
    expect(() => cosignCheckpoint(body, witness.signer, -1)).toThrow(RangeError);
    expect(() => cosignCheckpoint(body, witness.signer, 1.5)).toThrow(RangeError);
    expect(refusal(() => cosignCheckpoint('not a checkpoint\n', witness.signer, 1))).toBe('malformed-checkpoint');
  });
});

describe('openCheckpoint', () => {
  const note = signCheckpoint(checkpoint, log.signer);

  it('returns the checkpoint and the verified cosignatures', () => {
    const cosigned = appendSignatureLines(note, cosignCheckpoint(formatCheckpoint(checkpoint), witness.signer, 42));
    const opened = openCheckpoint(cosigned, { log: log.verifier, witnesses: [witness.verifier] });
    expect(opened.checkpoint).toEqual(checkpoint);
    expect(opened.cosignatures.map(({ name, timestamp }) => [name, timestamp])).toEqual([[witness.verifier.name, 42]]);
    expect(openCheckpoint(cosigned, { log: log.verifier }).cosignatures).toEqual([]);
  });

  it('requires the log signature: cosignatures alone do not make a checkpoint', () => {
    const onlyCosigned = `${formatCheckpoint(checkpoint)}\n${cosignCheckpoint(formatCheckpoint(checkpoint), witness.signer, 42)}`;
    expect(refusal(() => openCheckpoint(onlyCosigned, { log: log.verifier, witnesses: [witness.verifier] }))).toBe('missing-log-signature');
    expect(refusal(() => openCheckpoint(onlyCosigned, { log: log.verifier }))).toBe('unverified-note');
  });

  it('refuses a checkpoint of another origin, and a signed note that is not a checkpoint', () => {
    const foreign = signCheckpoint({ ...checkpoint, origin: 'other.example/log' }, log.signer);
    expect(refusal(() => openCheckpoint(foreign, { log: log.verifier }))).toBe('wrong-origin');
    expect(openCheckpoint(foreign, { log: log.verifier, origin: 'other.example/log' }).checkpoint.origin).toBe('other.example/log');
    expect(refusal(() => openCheckpoint(signNote('hello\n', log.signer), { log: log.verifier }))).toBe('malformed-checkpoint');
  });
});
