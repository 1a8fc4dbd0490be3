import { describe, expect, it } from '@jest/globals';
import { signCheckpoint } from './checkpoint-note';
import { cosignCheckpoint } from './cosignature';
import { hashLeaf } from './merkle-hash';
import { generateNoteKey } from './note-keys';
import { appendSignatureLines, parseNote } from './signed-note';
import {
  formatAddCheckpointRequest,
  formatTreeSize,
  parseAddCheckpointRequest,
  parseCosignatureLines,
  parseTreeSize,
  WitnessProtocolError,
} from './witness-protocol';
import type { WitnessProtocolErrorCode } from './witness-protocol';

// The example request body of https://c2sp.org/tlog-witness, verbatim.
const specRequest =
  'old 20852014\n' +
  'PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=\n' +
  'jrJZDmY8Y7SyJE0MWLpLozkIVMSMZcD5kvuKxPC3swk=\n' +
  '5+pKlUdi2LeF/BcMHBn+Ku6yhPGNCswZZD1X/6QgPd8=\n' +
  '/6WVhPs2CwSsb5rYBH5cjHV/wSmA79abXAwhXw3Kj/0=\n' +
  '\n' +
  'example.com/behind-the-sofa\n' +
  '20852163\n' +
  'CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n' +
  '\n' +
  '— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n' +
  '— example.com/behind-the-sofa opLqBQsREYCgu6xQkYQwJr9fo45a62DN9EdmHXnZdXNqlcVGlCum2Wks+49/V6267UEjw6QUXTS5Rovnzv++qbSzm9Q=\n';

// The example response body of the same document.
const specResponse =
  '— witness.example/w1 CMp+6LWBU0anHGH5aNDTJkH/gj79sG+T6+iP2ThYN5krrDJbR1HDnucjL39QsZTSvVjyQLrdk3DXDqI5G2HgLatVs0pWh6Up69HVOw==\n' +
  '— witness.example/w1 I7rEps0pvK2UqkS2gSpVUDhrhVtQV9lgF6pRrWAvjJHjyWpW7VcE3SiOlVlbQNt64vWhO+DlkL0+UfzuOBMh9ChdMkP1vi/lCAsmlw==\n' +
  '— witness.example/w2 AWui8Sk55XjYLOijihBjhqEH6nS1ndDymE0a+6idX7pLcnoB+dhnz0854aLZgrrKbYKA7nC3HNJhm/kWl7oJlqU3rXXvpysAdyP3wQ==\n';

function refusal(body: string): WitnessProtocolErrorCode | undefined {
  try {
    parseAddCheckpointRequest(body);
  } catch (error) {
    if (error instanceof WitnessProtocolError) return error.code;
    throw error;
  }
  return undefined;
}

describe('the add-checkpoint request (C2SP tlog-witness)', () => {
  it("parses the specification's example: old size, four proof hashes, the checkpoint with both signatures", () => {
    const request = parseAddCheckpointRequest(specRequest);
    expect(request.oldSize).toBe(20852014);
    expect(request.consistencyProof.map((hash) => Buffer.from(hash).toString('base64'))).toEqual([
      'PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=',
      'jrJZDmY8Y7SyJE0MWLpLozkIVMSMZcD5kvuKxPC3swk=',
      '5+pKlUdi2LeF/BcMHBn+Ku6yhPGNCswZZD1X/6QgPd8=',
      '/6WVhPs2CwSsb5rYBH5cjHV/wSmA79abXAwhXw3Kj/0=',
    ]);
    expect(parseNote(request.checkpoint).signatures).toHaveLength(2);
    expect(request.checkpoint.startsWith('example.com/behind-the-sofa\n20852163\n')).toBe(true);
  });

  it('writes a body that parses back to the same request, byte for byte the layout of the specification', () => {
    const request = parseAddCheckpointRequest(specRequest);
    expect(formatAddCheckpointRequest(request)).toBe(specRequest);
  });

  it('writes a first submission with old 0 and no proof line', () => {
    const log = generateNoteKey('log.example.gov.vn/trach-nhiem');
    const note = signCheckpoint({ origin: log.signer.name, size: 3, rootHash: hashLeaf(Buffer.from('r')), extensions: [] }, log.signer);
    const body = formatAddCheckpointRequest({ oldSize: 0, consistencyProof: [], checkpoint: note });
    expect(body).toBe(`old 0\n\n${note}`);
    expect(parseAddCheckpointRequest(body)).toEqual({ oldSize: 0, consistencyProof: [], checkpoint: note });
  });

  it.each<[string, string, WitnessProtocolErrorCode]>([
    ['no old line', 'example.com/log\n', 'malformed-old-size'],
    ['a leading zero', 'old 012\n\nx\n', 'malformed-old-size'],
    ['a negative size', 'old -1\n\nx\n', 'malformed-old-size'],
    ['two spaces', 'old  12\n\nx\n', 'malformed-old-size'],
    ['a size beyond 2^53', 'old 9007199254740993\n\nx\n', 'malformed-old-size'],
    ['no newline at all', 'old 12', 'malformed-old-size'],
    ['a proof line that is not base64', 'old 1\nnot base64!\n\nx\n', 'malformed-proof'],
    ['a proof line of 31 bytes', `old 1\n${Buffer.alloc(31).toString('base64')}\n\nx\n`, 'malformed-proof'],
    ['64 proof lines', `old 1\n${`${Buffer.alloc(32).toString('base64')}\n`.repeat(64)}\nx\n`, 'too-many-proof-lines'],
    ['no blank line', `old 1\n${Buffer.alloc(32).toString('base64')}\n`, 'missing-checkpoint'],
    ['nothing after the blank line', 'old 1\n\n', 'missing-checkpoint'],
  ])('refuses %s', (_, body, code) => {
    expect(refusal(body)).toBe(code);
  });

  it('accepts 63 proof lines, the most a client may send', () => {
    const body = `old 1\n${`${Buffer.alloc(32).toString('base64')}\n`.repeat(63)}\nx\n`;
    expect(parseAddCheckpointRequest(body).consistencyProof).toHaveLength(63);
  });

  it('will not write an old size that is not a size, or a proof longer than 63 hashes', () => {
    expect(() => formatAddCheckpointRequest({ oldSize: -1, consistencyProof: [], checkpoint: 'x\n' })).toThrow(RangeError);
    expect(() => formatAddCheckpointRequest({ oldSize: 1, consistencyProof: Array(64).fill(Buffer.alloc(32)), checkpoint: 'x\n' })).toThrow(
      RangeError,
    );
  });
});

describe('the answers', () => {
  it('409: a text/x.tlog.size body is the decimal size and a newline', () => {
    expect(formatTreeSize(20852014)).toBe('20852014\n');
    expect(parseTreeSize('20852014\n')).toBe(20852014);
    expect(parseTreeSize('0\n')).toBe(0);
    for (const body of ['', '12', '012\n', '-1\n', '12\n\n', ' 12\n', '9007199254740993\n']) expect(parseTreeSize(body)).toBeUndefined();
  });

  it("200: the specification's example is three cosignature lines", () => {
    const lines = parseCosignatureLines(specResponse);
    expect(lines).toHaveLength(3);
    expect(lines?.every((line) => line.startsWith('— witness.example/w') && line.endsWith('==\n'))).toBe(true);
    expect(lines?.join('')).toBe(specResponse);
  });

  it('200: a witness’s cosignature line appends to the checkpoint it was asked about', () => {
    const log = generateNoteKey('log.example.gov.vn/trach-nhiem');
    const witness = generateNoteKey('thanh-tra.example.gov.vn/nhan-chung', 'cosignature/v1');
    const body = `${log.signer.name}\n7\n${hashLeaf(Buffer.from('r')).toString('base64')}\n`;
    const note = signCheckpoint({ origin: log.signer.name, size: 7, rootHash: hashLeaf(Buffer.from('r')), extensions: [] }, log.signer);
    const lines = parseCosignatureLines(cosignCheckpoint(body, witness.signer, 1767225600));
    expect(lines).toHaveLength(1);
    expect(parseNote(appendSignatureLines(note, lines!)).signatures.map(({ name }) => name)).toEqual([
      log.signer.name,
      witness.signer.name,
    ]);
  });

  it('refuses a 200 body that is not signature lines', () => {
    for (const body of ['', 'ok\n', '— w AAAA', '— w AAAA\n\n', '— w AAAA\nnot a line\n'])
      expect(parseCosignatureLines(body)).toBeUndefined();
  });
});
