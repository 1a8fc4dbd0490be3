import { describe, expect, it } from '@jest/globals';
import { formatVerifierKey, generateNoteKey } from '@lib/ledger';
import { parseWitnessArguments, WitnessUsageError } from './witness-arguments';

const log = formatVerifierKey(generateNoteKey('so-noi-vu.example.gov.vn/trach-nhiem').verifier);
const other = formatVerifierKey(generateNoteKey('khac.example.gov.vn/log').verifier);

describe('the witness command line', () => {
  it('takes one or more --log keys, and defaults the rest', () => {
    expect(parseWitnessArguments(['--log', log])).toMatchObject({
      logs: [{ name: 'so-noi-vu.example.gov.vn/trach-nhiem', type: 'ed25519' }],
      name: undefined,
      port: 3100,
      host: '127.0.0.1',
      stateDir: '.witness',
    });
    const parsed = parseWitnessArguments([
      `--log=${log}`,
      '--log',
      other,
      '--name',
      'thanh-tra.example/w',
      '--port',
      '0',
      '--state',
      '/tmp/w',
    ]);
    expect(parsed).toMatchObject({ name: 'thanh-tra.example/w', port: 0, stateDir: '/tmp/w' });
    expect(parsed !== 'help' && parsed.logs.map(({ name }) => name)).toEqual([
      'so-noi-vu.example.gov.vn/trach-nhiem',
      'khac.example.gov.vn/log',
    ]);
    expect(parseWitnessArguments(['--help'])).toBe('help');
  });

  it.each([
    [[], 'Cần ít nhất một --log'],
    [['--log'], '--log cần một giá trị.'],
    [['--log', 'not-a-key'], '--log not-a-key: không phải khóa kiểm tra'],
    [['--log', formatVerifierKey(generateNoteKey('w.example/w', 'cosignature/v1').verifier)], 'sổ cái ký checkpoint bằng khóa Ed25519'],
    [['--log', log, '--log', log], 'được nêu hai lần'],
    [['--log', log, '--port', '65536'], '--port 65536: cổng là số nguyên từ 0 đến 65535.'],
    [['--log', log, '--port', '-1'], '--port -1: cổng là số nguyên'],
    [['--log', log, '--verbose'], 'Không hiểu tham số --verbose.'],
  ])('refuses %j in Vietnamese', (argv, message) => {
    expect(() => parseWitnessArguments(argv)).toThrow(WitnessUsageError);
    expect(() => parseWitnessArguments(argv)).toThrow(message);
  });
});
