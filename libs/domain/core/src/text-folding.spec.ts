import { describe, expect, it } from '@jest/globals';
import { foldedWords, foldVietnamese } from './text-folding';

describe('foldVietnamese', () => {
  it('drops tones and vowel marks, reads đ/Đ as d, lower-cases', () => {
    expect(foldVietnamese('Sở Xây dựng')).toBe('so xay dung');
    expect(foldVietnamese('QUY HOẠCH ĐÔ THỊ')).toBe('quy hoach do thi');
    expect(foldVietnamese('Đường Trần Phú')).toBe('duong tran phu');
    expect(foldVietnamese('ươ ƯƠ ă Â ê Ô')).toBe('uo uo a a e o');
  });

  it('folds the decomposed form (NFD, as some keyboards send it) like the precomposed one', () => {
    expect(foldVietnamese('Xa\u0302y du\u031B\u0323ng')).toBe(foldVietnamese('Xây dựng'));
  });

  it('keeps digits and punctuation, squeezes and trims spaces', () => {
    expect(foldVietnamese('  Công văn 2128/UBND-TH \t ngày  ')).toBe('cong van 2128/ubnd-th ngay');
  });
});

describe('foldedWords', () => {
  it('splits the folded query into its words; blank gives none', () => {
    expect(foldedWords('  DỰNG   xây ')).toEqual(['dung', 'xay']);
    expect(foldedWords(' \t ')).toEqual([]);
  });
});
