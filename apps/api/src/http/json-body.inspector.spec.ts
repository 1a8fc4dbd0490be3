import { describe, expect, it } from '@jest/globals';
import { fieldName, inspectJsonBody, MAX_JSON_DEPTH } from './json-body.inspector';

const nested = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown;

describe('inspectJsonBody', () => {
  it('accepts 32 levels and refuses 33, naming the container that goes too deep', () => {
    expect(MAX_JSON_DEPTH).toBe(32);
    expect(inspectJsonBody(nested(32))).toBeNull();
    expect(inspectJsonBody(nested(33))).toEqual({ kind: 'too-deep', field: '0'.repeat(32).split('').join('.') });
    expect(inspectJsonBody({ a: { b: nested(31) } })).toEqual({ kind: 'too-deep', field: `a.b${'.0'.repeat(30)}` });
  });

  it('walks a million levels without recursion', () => {
    expect(inspectJsonBody(nested(1_000_000))).toMatchObject({ kind: 'too-deep' });
  });

  it('reports NUL and lone surrogates in values and keys, in document order, with dotted paths', () => {
    const body = {
      title: 'a\u0000',
      source: { number: '\ud800' },
      unitIds: ['ok', 'x\udc00'],
      fields: { 'k\u0000': 1 },
      fine: 'Nguyễn 🚒',
    };
    expect(inspectJsonBody(body)).toEqual({
      kind: 'unsafe-text',
      errors: [
        { field: 'title', reason: 'giá trị chứa ký tự NUL (U+0000 ở vị trí 2), không được phép' },
        {
          field: 'source.number',
          reason: 'giá trị chứa nửa cặp mã thay thế (surrogate) đứng lẻ U+D800 ở vị trí 1, không phải văn bản Unicode hợp lệ',
        },
        {
          field: 'unitIds.1',
          reason: 'giá trị chứa nửa cặp mã thay thế (surrogate) đứng lẻ U+DC00 ở vị trí 2, không phải văn bản Unicode hợp lệ',
        },
        { field: 'fields.k\\u0000', reason: 'tên trường chứa ký tự NUL (U+0000 ở vị trí 2), không được phép' },
      ],
    });
  });

  it('leaves bidi and invisible characters to the field rules, refuses __proto__ keys, and checks a bare string body', () => {
    expect(inspectJsonBody({ name: 'a\u202e\u200b\u001b' })).toBeNull();
    expect(inspectJsonBody(JSON.parse('{"__proto__":{"x":1}}'))).toEqual({
      kind: 'unsafe-text',
      errors: [{ field: '__proto__', reason: 'tên trường "__proto__" không được phép' }],
    });
    expect(inspectJsonBody('a\u0000')).toMatchObject({ kind: 'unsafe-text', errors: [{ field: 'body' }] });
    expect(inspectJsonBody(null)).toBeNull();
  });

  it('shows a key with characters that cannot be shown escaped, keeping emoji', () => {
    expect(fieldName('a\u0000b\u202e\ud800🚒')).toBe('a\\u0000b\\u202e\\ud800🚒');
  });
});
