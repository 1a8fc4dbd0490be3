import { describe, expect, it } from 'vitest';
import { personLabel, personOptionMatches, personOptions, type PersonMatch } from './person-options';

describe('the person filter of the findings inbox', () => {
  const cuong: PersonMatch = { personId: 'le-van-cuong', name: 'Lê Văn Cường', units: [{ unitId: 'so-xay-dung', name: 'Sở Xây dựng' }] };

  it('labels a person by name, then their units', () => {
    expect(personLabel(cuong)).toBe('Lê Văn Cường — Sở Xây dựng');
    expect(personLabel({ personId: 'nguyen-van-moi', name: 'Nguyễn Văn Mới', units: [] })).toBe('Nguyễn Văn Mới');
  });

  it('keeps the chosen person listed by name when the search does not find them', () => {
    const found = [cuong];
    expect(personOptions(found, { personId: 'nguyen-thi-binh', name: 'Nguyễn Thị Bình' })).toEqual([
      { value: 'nguyen-thi-binh', label: 'Nguyễn Thị Bình' },
      { value: 'le-van-cuong', label: 'Lê Văn Cường — Sở Xây dựng' },
    ]);
    expect(personOptions(found, { personId: 'le-van-cuong', name: 'Lê Văn Cường' })).toHaveLength(1);
  });

  it('matches what was typed without diacritics', () => {
    const option = { value: 'le-van-cuong', label: 'Lê Văn Cường — Sở Xây dựng' };
    expect(personOptionMatches('van cuong', option)).toBe(true);
    expect(personOptionMatches('xay dung', option)).toBe(true);
    expect(personOptionMatches('binh', option)).toBe(false);
  });
});
