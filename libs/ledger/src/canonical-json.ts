/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): one byte string per JSON value, so that a hash of it can be
 * recomputed by anyone holding the value, in any language with a JCS implementation.
 *
 * - `null`, `true`, `false` as such;
 * - a number as ECMAScript's Number.prototype.toString writes it (which `JSON.stringify` does for finite
 *   numbers: `-0` is `0`, `1e21` is `1e+21`, `0.000001` is `0.000001`, `1e-7` is `1e-7`); NaN and the
 *   infinities are refused (§3.2.2.3);
 * - a string as `JSON.stringify` escapes it (§3.2.2.2): `\b \t \n \f \r \" \\` with their short escapes,
 *   other characters below U+0020 as `\u00xx` in lower-case hexadecimal, every other character as itself;
 * - an array's elements in order, separated by `,`, no whitespace;
 * - an object's members sorted by their names compared as arrays of UTF-16 code units (§3.2.3), written
 *   `"name":value`, separated by `,`, no whitespace, and recursively so for nested objects;
 * - the whole encoded in UTF-8 (§3.2.4).
 *
 * The input must be I-JSON (RFC 7493), the domain JCS is defined on: strings (member names included) with
 * an unpaired surrogate are refused, as are values JSON cannot hold (`undefined`, functions, symbols,
 * bigints), objects other than plain objects and arrays (a Date, a Map, a class instance: their JSON form
 * would depend on `toJSON` or lose data), and cycles. A TypeError names the path of the refused value.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$', new Set());
}

/** `canonicalJson(value)` encoded in UTF-8: the bytes JCS defines. */
export function canonicalJsonBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8');
}

// Any UTF-16 surrogate not part of a pair: in a `u` regular expression a pair is one code point, so only a
// lone surrogate matches.
const LONE_SURROGATE = /\p{Cs}/u;

function write(value: unknown, path: string, ancestors: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return writeString(value, path);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${path}: ${String(value)} has no JSON representation`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      return writeContainer(value, path, ancestors);
    case 'undefined':
    case 'function':
    case 'symbol':
    case 'bigint':
      throw new TypeError(`${path}: a ${typeof value} has no JSON representation`);
  }
}

function writeString(value: string, path: string): string {
  if (LONE_SURROGATE.test(value)) throw new TypeError(`${path}: the string has an unpaired UTF-16 surrogate`);
  return JSON.stringify(value);
}

function writeContainer(value: object, path: string, ancestors: Set<object>): string {
  if (ancestors.has(value)) throw new TypeError(`${path}: the value contains itself`);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      const elements: string[] = [];
      for (let i = 0; i < value.length; i++) elements.push(write(value[i], `${path}[${i}]`, ancestors));
      return `[${elements.join(',')}]`;
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      throw new TypeError(`${path}: only plain objects and arrays are JSON (got ${value.constructor?.name ?? 'an exotic object'})`);
    }
    const record = value as Record<string, unknown>;
    // Sorting with < compares strings by UTF-16 code units, as §3.2.3 requires (not by locale or code point).
    const names = Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const members = names.map((name) => {
      const memberPath = `${path}.${name}`;
      return `${writeString(name, memberPath)}:${write(record[name], memberPath, ancestors)}`;
    });
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}
