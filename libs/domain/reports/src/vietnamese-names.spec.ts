import { describe, expect, it } from '@jest/globals';
import { byNameThenId, compareVietnamese, foldDiacritics, nameMatches, nfc } from './vietnamese-names';

describe('Vietnamese names', () => {
  it('sorts in Vietnamese order: a < ă < â, d < đ, then the next letters; accents only break ties', () => {
    const names = ['Đỗ Thị Hoa', 'Dương Văn An', 'Ân', 'Ánh', 'An', 'Bùi Văn Khánh', 'Ăn', 'Zung', 'Lê Văn Cường'];
    expect([...names].sort(compareVietnamese)).toEqual([
      'An',
      'Ánh',
      'Ăn',
      'Ân',
      'Bùi Văn Khánh',
      'Dương Văn An',
      'Đỗ Thị Hoa',
      'Lê Văn Cường',
      'Zung',
    ]);
  });

  it('compares a decomposed name equal to its precomposed form', () => {
    expect(compareVietnamese('Lê Văn Cường'.normalize('NFD'), 'Lê Văn Cường')).toBe(0);
    expect(nfc('Cường'.normalize('NFD'))).toBe('Cường');
  });

  it('orders equal names by id, so the order is total', () => {
    const people = [
      { name: 'Nguyễn Văn Nam', id: 'nguyen-van-nam-2' },
      { name: 'Nguyễn Văn Nam', id: 'nguyen-van-nam-1' },
      { name: 'Nguyễn Văn Ba', id: 'z' },
    ];
    expect([...people].sort(byNameThenId).map((person) => person.id)).toEqual(['z', 'nguyen-van-nam-1', 'nguyen-van-nam-2']);
  });

  it('folds diacritics for search: marks stripped, đ → d, lower case, spaces collapsed', () => {
    expect(foldDiacritics('Lê Văn Cường')).toBe('le van cuong');
    expect(foldDiacritics('  ĐỖ   Thị  Hoa ')).toBe('do thi hoa');
    expect(foldDiacritics('Võ Thị Én'.normalize('NFD'))).toBe('vo thi en');
  });

  it('matches a query word by word at the start of the words of the name', () => {
    expect(nameMatches('Lê Văn Cường', 'cuong')).toBe(true);
    expect(nameMatches('Lê Văn Cường', 'CƯỜNG')).toBe(true);
    expect(nameMatches('Lê Văn Cường', 'le cuo')).toBe(true);
    expect(nameMatches('Đỗ Thị Hoa', 'do hoa')).toBe(true);
    expect(nameMatches('Bùi Văn Khánh', 'lan')).toBe(false);
    expect(nameMatches('Ngô Thị Lan', 'lan')).toBe(true);
    expect(nameMatches('Ngô Thị Lan', '   ')).toBe(true);
  });
});
