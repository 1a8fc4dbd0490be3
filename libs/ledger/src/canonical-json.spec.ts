import { describe, expect, it } from '@jest/globals';
import { canonicalJson, canonicalJsonBytes } from './canonical-json';

// RFC 8785 (JSON Canonicalization Scheme), https://www.rfc-editor.org/rfc/rfc8785: its published inputs and
// outputs. The inputs are written here as the RFC writes them, JSON text with its escapes, and parsed.

/** The IEEE 754 double whose 64 bits are these 16 hexadecimal digits. */
function double(bits: string): number {
  return Buffer.from(bits, 'hex').readDoubleBE(0);
}

describe('RFC 8785 examples', () => {
  // §3.2.2 input and §3.2.3 output.
  const input = String.raw`{
    "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
    "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
    "literals": [null, true, false]
  }`;
  const output = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`;

  it('§3.2.3: canonicalises the sample object', () => {
    expect(canonicalJson(JSON.parse(input))).toBe(output);
  });

  it('§3.2.4: encodes the sample in UTF-8, byte for byte', () => {
    const bytes = `7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72
      75 65 2c 66 61 6c 73 65 5d 2c 22 6e 75 6d 62 65 72 73 22 3a
      5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c 31
      65 2b 33 30 2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37
      5d 2c 22 73 74 72 69 6e 67 22 3a 22 e2 82 ac 24 5c 75 30 30
      30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d`;
    expect(canonicalJsonBytes(JSON.parse(input)).toString('hex')).toBe(bytes.replace(/\s+/g, ''));
  });

  it('§3.2.3: sorts member names by UTF-16 code units', () => {
    const names = String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`;
    const values = [...canonicalJson(JSON.parse(names)).matchAll(/":"([^"]+)"/g)].map((match) => match[1]);
    expect(values).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
  });

  // Appendix B, number serialisation samples: IEEE 754 bits and the expected text.
  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('Appendix B: the double %s is written %s', (bits, text) => {
    expect(canonicalJson(double(bits))).toBe(text);
  });

  it.each([
    ['7fffffffffffffff', 'NaN'],
    ['7ff0000000000000', 'Infinity'],
    ['fff0000000000000', '-Infinity'],
  ])('Appendix B: the double %s (%s) is refused (§3.2.2.3)', (bits) => {
    expect(() => canonicalJson(double(bits))).toThrow(TypeError);
    expect(() => canonicalJson({ nested: [double(bits)] })).toThrow('$.nested[0]');
  });
});

describe('canonicalJson', () => {
  it('gives the same text whatever the member order, at every depth, and keeps array order', () => {
    const a = { b: [{ y: 1, x: 2 }, 'z', 'a'], a: { d: null, c: true } };
    const b = { a: { c: true, d: null }, b: [{ x: 2, y: 1 }, 'z', 'a'] };
    expect(canonicalJson(a)).toBe('{"a":{"c":true,"d":null},"b":[{"x":2,"y":1},"z","a"]}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('sorts by UTF-16 code units, not by code point or locale', () => {
    // By code point U+E000 comes first; in UTF-16 U+1D11E is D834 DD1E, and D834 comes before E000.
    expect(canonicalJson({ '\ue000': 1, '\ud834\udd1e': 2 })).toBe('{"𝄞":2,"\ue000":1}');
    // Locale order would put "é" next to "e"; code units put it after "z".
    expect(canonicalJson({ z: 1, é: 2, e: 3, E: 4 })).toBe('{"E":4,"e":3,"z":1,"é":2}');
  });

  it('writes Vietnamese text as itself, in UTF-8', () => {
    const text = 'Ủy ban nhân dân thành phố: chuyển giao hồ sơ';
    expect(canonicalJson({ tên: text })).toBe(`{"tên":"${text}"}`);
    expect(canonicalJsonBytes(text).toString('utf8')).toBe(`"${text}"`);
    // Composed and decomposed forms are different strings: JCS does not normalise (RFC 8785 §3.1).
    expect(canonicalJson('\u1ee6')).not.toBe(canonicalJson('U\u031b\u0309'));
  });

  it('escapes as JSON.stringify does: short escapes, lower-case \\u00xx for other controls, nothing else', () => {
    expect(canonicalJson('\b\t\n\f\r"\\/\u0000\u001f\u007f\u2028')).toBe('"\\b\\t\\n\\f\\r\\"\\\\/\\u0000\\u001f\u007f\u2028"');
  });

  it('writes -0 as 0 and integers without a fraction', () => {
    expect(canonicalJson([-0, 1.0, 100, 1e21, 1e-7, 123456789012])).toBe('[0,1,100,1e+21,1e-7,123456789012]');
  });

  it.each([
    ['undefined', { a: undefined }, '$.a'],
    ['an undefined array element', [1, undefined], '$[1]'],
    ['a hole in an array', [1, , 3], '$[1]'],
    ['a function', { f: () => 1 }, '$.f'],
    ['a symbol', { s: Symbol('s') }, '$.s'],
    ['a bigint', { n: 1n }, '$.n'],
    ['a Date', { at: new Date(0) }, '$.at'],
    ['a Map', { m: new Map() }, '$.m'],
    ['a lone high surrogate', { s: 'a\ud800' }, '$.s'],
    ['a lone low surrogate in a name', { ['\udc00']: 1 }, '$.\udc00'],
    ['a reversed surrogate pair', '\ude00\ud83d', '$'],
  ])('refuses %s', (_case, value, path) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
    expect(() => canonicalJson(value)).toThrow(path);
  });

  it('refuses a cycle but accepts a value shared twice', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => canonicalJson(cycle)).toThrow('contains itself');
    const shared = { x: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"x":1},{"x":1}]');
  });

  it('accepts an object without a prototype', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare.b = 1;
    bare.a = 2;
    expect(canonicalJson(bare)).toBe('{"a":2,"b":1}');
  });
});
