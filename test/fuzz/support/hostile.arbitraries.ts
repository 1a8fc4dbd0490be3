import fc from 'fast-check';

/** Characters that must never reach storage or a name unrefused: NUL, lone surrogates, controls, bidi, invisible. */
const UNSAFE_CHARACTERS = [
  '\u0000',
  '\u0000',
  '\u0000',
  '\ud800',
  '\ud800',
  '\udfff',
  '\u0001',
  '\u0009',
  '\u000a',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u202e',
  '\u2066',
  '\u200b',
  '\u200f',
  '\u2060',
  '\ufeff',
];

/** What PostgreSQL cannot store in text or jsonb: a tainted value holds one of these half the time. */
export const unstorableCharacter: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff'),
  fc.constantFrom(...UNSAFE_CHARACTERS),
);

const ODD_TEXTS = [
  '',
  ' ',
  '   \t ',
  'Nguyễn Văn Ánh'.normalize('NFD'),
  'Phòng Tài chính – Kế hoạch',
  '🚒🏛️👩🏽‍⚖️',
  '%00',
  "'; DROP TABLE events; --",
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-03-02T08:00:00+25:00',
  '1e309',
  'NaN',
  'null',
  'true',
  '__proto__',
  'constructor',
  'ß'.repeat(101),
];

const baseText = fc.oneof(fc.constantFrom('Rà soát hồ sơ', 'Trần Văn An', 'so-xay-dung', '2026-03-02', 'x'), fc.string({ maxLength: 20 }));

/** A text with one unsafe character inserted somewhere. */
const textWithUnsafeCharacter: fc.Arbitrary<string> = fc
  .tuple(baseText, fc.constantFrom(...UNSAFE_CHARACTERS), fc.nat())
  .map(([text, unsafe, at]) => {
    const index = text.length === 0 ? 0 : at % (text.length + 1);
    return text.slice(0, index) + unsafe + text.slice(index);
  });

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: textWithUnsafeCharacter },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_TEXTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 30_000 }).map((n) => 'ý'.repeat(n)) },
);

export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 2 ** 53 + 1, 1e308, -0, true, false, null, [], {}, [[]], [{}], ['so-xay-dung'], { unitId: 'so-xay-dung' }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: 2, arbitrary: wrongType });

/** Keys a body should not carry: unknown, prototype-ish, or holding unsafe characters. */
export const oddKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'actor',
    'recordedAt',
    '',
    ' ',
    'title\u0000',
    'a\ud800',
    '\u202etitle',
    'x'.repeat(300),
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** Raw JSON nesting `depth` levels deep, as text: the test process never builds it as objects. */
export function deepJson(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

export const deepNesting = fc.record({
  depth: fc.constantFrom(33, 40, 100, 2_000, 10_000, 60_000),
  kind: fc.constantFrom<'array' | 'object'>('array', 'object'),
});

/** Query and path values already percent-encoded: NUL, controls, CESU-8 surrogates, overlong and broken UTF-8. */
const ENCODED_NUL = ['%00', 'a%00b', '%00%00', 'so-xay-dung%00'];
const ENCODED_BROKEN = ['%01', '%09', '%0A', '%0D%0A', '%1B%5B31m', '%7F', '%C2%85', '%C2%9B', '%ED%A0%80', '%uD800', '%FF', '%C0%80'];

/** Odd but well-formed: bidi, BOM, broken escapes, dot segments, NFC and NFD Vietnamese, emoji, a long value. */
const ENCODED_ODD = [
  '%E2%80%AE',
  '%E2%81%A6',
  '%E2%80%8B',
  '%EF%BB%BF',
  '%',
  '%G0',
  '%2F',
  '..',
  '%2E%2E',
  '+',
  '%20',
  'C%C6%B0%E1%BB%9Dng',
  'Cu%CC%9Bo%CC%80ng',
  '%F0%9F%9A%92',
  "'",
  '%22',
  '%5B%5D',
  'a'.repeat(3_000),
];

export const encodedHostile: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...ENCODED_NUL) },
  { weight: 1, arbitrary: fc.constantFrom(...ENCODED_BROKEN) },
  { weight: 1, arbitrary: fc.constantFrom(...ENCODED_ODD) },
);

/** Encodes text for a URL; a lone surrogate (which encodeURIComponent refuses) goes as its CESU-8 bytes. */
export function encodeLoosely(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '')) + '%ED%A0%80';
  }
}
