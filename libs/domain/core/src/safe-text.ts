/**
 * Which characters a text may hold. Names people read (persons, units, titles, codes) must render as
 * what they are: no control characters, no bidirectional overrides or isolates (they reorder what is
 * shown, e.g. "Nguyễn‮nạoH" displayed as another name), no invisible characters. Free text may keep
 * tabs and line breaks (`multiline`). A `line` (a query parameter) has no control character. Every
 * text must be storable: no NUL, no lone UTF-16 surrogate.
 */
export type TextProfile = 'name' | 'multiline' | 'line' | 'storable';

export type UnsafeCharacterKind = 'nul' | 'lone_surrogate' | 'control' | 'bidi' | 'invisible';

export interface UnsafeCharacter {
  kind: UnsafeCharacterKind;
  /** The code point (the surrogate itself for a lone one). */
  codePoint: number;
  /** 1-based position in code points. */
  position: number;
}

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

function kindOf(codePoint: number, profile: TextProfile): UnsafeCharacterKind | null {
  if (codePoint === 0) return 'nul';
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 'lone_surrogate';
  if (profile === 'storable') return null;
  const lineBreak = codePoint === TAB || codePoint === LINE_FEED || codePoint === CARRIAGE_RETURN;
  if (codePoint < 0x20 && !(lineBreak && profile === 'multiline')) return 'control';
  if (codePoint >= 0x7f && codePoint <= 0x9f) return 'control';
  if (profile === 'line') return null;
  if ((codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)) return 'bidi';
  if ((codePoint >= 0x200b && codePoint <= 0x200f) || codePoint === 0x2060 || codePoint === 0xfeff) return 'invisible';
  return null;
}

/** The first character of `text` the profile refuses, or null. One pass, no allocation per character. */
export function findUnsafeCharacter(text: string, profile: TextProfile): UnsafeCharacter | null {
  let position = 0;
  for (let index = 0; index < text.length; index += 1) {
    position += 1;
    let codePoint = text.charCodeAt(index);
    if (codePoint >= 0xd800 && codePoint <= 0xdbff) {
      const next = index + 1 < text.length ? text.charCodeAt(index + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        codePoint = 0x10000 + ((codePoint - 0xd800) << 10) + (next - 0xdc00);
        index += 1;
      }
    }
    const kind = kindOf(codePoint, profile);
    if (kind !== null) return { kind, codePoint, position };
  }
  return null;
}

function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why the character is refused, in Vietnamese, e.g. "chứa ký tự điều khiển hướng văn bản U+202E ở vị trí 3 …". */
export function describeUnsafeCharacter({ kind, codePoint, position }: UnsafeCharacter): string {
  const where = `${codePointLabel(codePoint)} ở vị trí ${position}`;
  switch (kind) {
    case 'nul':
      return `chứa ký tự NUL (${where}), không được phép`;
    case 'lone_surrogate':
      return `chứa nửa cặp mã thay thế (surrogate) đứng lẻ ${where}, không phải văn bản Unicode hợp lệ`;
    case 'control':
      return `chứa ký tự điều khiển ${where}, không được phép`;
    case 'bidi':
      return `chứa ký tự điều khiển hướng văn bản ${where}, có thể làm sai lệch cách hiển thị`;
    case 'invisible':
      return `chứa ký tự vô hình ${where}, không được phép`;
  }
}

/** NFC: Vietnamese typed on some systems arrives decomposed (NFD) and must compare equal to what is stored. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}
