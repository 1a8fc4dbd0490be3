import { describe, expect, it } from 'vitest';
import { foldVietnamese, textMatcher } from './text.match';

describe('diacritics-insensitive matching', () => {
  it('folds tones, vowel marks and đ, in precomposed and decomposed forms alike', () => {
    expect(foldVietnamese('Vũ Thu Hà')).toBe('vu thu ha');
    expect(foldVietnamese('ĐƯỜNG Nguyễn Huệ')).toBe('duong nguyen hue');
    expect(foldVietnamese('Thanh tra vie\u0302\u0301n')).toBe('thanh tra vien');
  });

  it('finds a name typed without diacritics, in any case and word order', () => {
    const matches = textMatcher('ha vu');
    expect(matches('Vũ Thu Hà')).toBe(true);
    expect(matches('Trần Văn An')).toBe(false);
    expect(textMatcher('SO XAY DUNG')('Sở Xây dựng')).toBe(true);
  });

  it('needs every word of the query, and an empty query matches everything', () => {
    expect(textMatcher('xây dựng quận')('Sở Xây dựng')).toBe(false);
    expect(textMatcher('   ')('bất cứ gì')).toBe(true);
  });
});
