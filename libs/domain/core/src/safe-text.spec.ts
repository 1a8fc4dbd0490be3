import { describe, expect, it } from '@jest/globals';
import { describeUnsafeCharacter, findUnsafeCharacter } from './safe-text';

describe('findUnsafeCharacter', () => {
  it('accepts Vietnamese names, emoji (surrogate pairs) and ordinary punctuation', () => {
    for (const name of ['Nguyễn Thị Bình', 'Phòng Tài chính – Kế hoạch', '2128/UBND-TH', 'Đội 🚒 PCCC', "O'Brien"]) {
      expect(findUnsafeCharacter(name, 'name')).toBeNull();
    }
  });

  it('refuses NUL and lone surrogates in every profile, naming the code point and its position', () => {
    for (const profile of ['name', 'multiline', 'line', 'storable'] as const) {
      expect(findUnsafeCharacter('ab\u0000', profile)).toEqual({ kind: 'nul', codePoint: 0, position: 3 });
      expect(findUnsafeCharacter('a\ud800b', profile)).toEqual({ kind: 'lone_surrogate', codePoint: 0xd800, position: 2 });
      expect(findUnsafeCharacter('a\udc00', profile)).toEqual({ kind: 'lone_surrogate', codePoint: 0xdc00, position: 2 });
      expect(findUnsafeCharacter('\ud83d', profile)?.kind).toBe('lone_surrogate');
    }
  });

  it('counts positions in code points, not UTF-16 units', () => {
    expect(findUnsafeCharacter('🚒🚒\u202e', 'name')).toMatchObject({ kind: 'bidi', position: 3 });
  });

  it('refuses control characters in names; multi-line text keeps tab and line breaks but not ESC, DEL or C1', () => {
    for (const control of ['\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009b']) {
      expect(findUnsafeCharacter(`A${control}B`, 'name')?.kind).toBe('control');
    }
    expect(findUnsafeCharacter('Dòng 1\r\nDòng 2\tcột', 'multiline')).toBeNull();
    expect(findUnsafeCharacter('A\u001b[31mB', 'multiline')?.kind).toBe('control');
    expect(findUnsafeCharacter('A\u0085B', 'multiline')?.kind).toBe('control');
  });

  it('refuses bidi overrides and isolates, and zero-width characters', () => {
    for (const codePoint of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(findUnsafeCharacter(`Hồ${String.fromCodePoint(codePoint)}Lan`, 'name')).toMatchObject({ kind: 'bidi', codePoint });
    }
    for (const codePoint of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff]) {
      expect(findUnsafeCharacter(`Hồ${String.fromCodePoint(codePoint)}Lan`, 'multiline')).toMatchObject({ kind: 'invisible', codePoint });
    }
  });

  it('a line refuses every control character but keeps bidi and invisible characters', () => {
    expect(findUnsafeCharacter('a\tb', 'line')?.kind).toBe('control');
    expect(findUnsafeCharacter('a\u0085', 'line')?.kind).toBe('control');
    expect(findUnsafeCharacter('a\u202e\u200b', 'line')).toBeNull();
  });

  it('storable text only refuses what PostgreSQL cannot keep', () => {
    expect(findUnsafeCharacter('a\u202e\u200b\u001b\n', 'storable')).toBeNull();
  });
});

describe('describeUnsafeCharacter', () => {
  it('says in Vietnamese what was found and where', () => {
    expect(describeUnsafeCharacter({ kind: 'bidi', codePoint: 0x202e, position: 3 })).toBe(
      'chứa ký tự điều khiển hướng văn bản U+202E ở vị trí 3, có thể làm sai lệch cách hiển thị',
    );
    expect(describeUnsafeCharacter({ kind: 'nul', codePoint: 0, position: 1 })).toBe('chứa ký tự NUL (U+0000 ở vị trí 1), không được phép');
  });
});
