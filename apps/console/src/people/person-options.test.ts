import { describe, expect, it } from 'vitest';
import { personLabel, personMatchesOf, personOptionMatches, personOptions } from './person-options';

describe('the person filter of the findings inbox', () => {
  const answer = {
    q: 'cuong',
    items: [
      { personId: 'le-van-cuong', name: 'Lê Văn Cường', units: [{ unitId: 'so-xay-dung', name: 'Sở Xây dựng' }] },
      { personId: 'no-name', units: [] },
      { name: 'Không có mã' },
    ],
  };

  it("reads the API's search answer as persons, skipping items without an id", () => {
    expect(personMatchesOf(answer)).toEqual([
      { personId: 'le-van-cuong', name: 'Lê Văn Cường', units: [{ unitId: 'so-xay-dung', name: 'Sở Xây dựng' }] },
      { personId: 'no-name', name: 'no-name', units: [] },
    ]);
    expect(personMatchesOf({})).toEqual([]);
  });

  it('labels a person by name, then their units', () => {
    const [cuong, nameless] = personMatchesOf(answer);
    expect(personLabel(cuong!)).toBe('Lê Văn Cường — Sở Xây dựng');
    expect(personLabel(nameless!)).toBe('no-name');
  });

  it('keeps the chosen person listed by name when the search does not find them', () => {
    const found = personMatchesOf(answer).slice(0, 1);
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
