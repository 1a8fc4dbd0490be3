/**
 * The text-level rules shared by keys, signed notes, checkpoints and cosignatures (https://c2sp.org/signed-note):
 * key names, strict base64 and signature lines.
 */

/** The start of a signature line: an em dash (U+2014) and a space. */
export const SIGNATURE_LINE_PREFIX = '\u2014 ';

// Go's unicode.IsSpace, which golang.org/x/mod/sumdb/note applies to key names: the ASCII spaces, U+0085,
// U+00A0 and the Unicode space separators (Zs, Zl, Zp). JavaScript's \s differs (it has U+FEFF, lacks U+0085).
const SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const LONE_SURROGATE = /\p{Cs}/u;

/** A key name: non-empty, well-formed Unicode, with neither a Unicode space nor a plus sign (U+002B). */
export function isValidKeyName(name: string): boolean {
  return typeof name === 'string' && name !== '' && !SPACE.test(name) && !name.includes('+') && !LONE_SURROGATE.test(name);
}

/**
 * Whether `text` may appear in a signed note: well-formed Unicode (so valid UTF-8 once encoded) without an
 * ASCII control character other than the newline.
 */
export function isValidNoteContent(text: string): boolean {
  return !/[\u0000-\u0009\u000b-\u001f]/.test(text) && !LONE_SURROGATE.test(text);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decodes standard base64 (RFC 4648 §4) strictly: padded, no whitespace, no URL-safe alphabet, and no stray
 * bits in the last character, so that each byte string has exactly one accepted text (Node's own decoder
 * skips what it does not understand). Undefined when `text` is not such base64.
 */
export function decodeBase64(text: string): Buffer | undefined {
  if (!BASE64.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}

/** The signature line `— <name> <base64(4-byte big-endian key id || signature)>\n`. */
export function formatSignatureLine(name: string, keyId: number, signature: Uint8Array): string {
  const bytes = Buffer.alloc(4 + signature.length);
  bytes.writeUInt32BE(keyId, 0);
  bytes.set(signature, 4);
  return `${SIGNATURE_LINE_PREFIX}${name} ${bytes.toString('base64')}\n`;
}
