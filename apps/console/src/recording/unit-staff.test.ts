import { describe, expect, it } from 'vitest';
import { staffOptionMatches, staffOptionsOf } from './unit-staff';

describe("a unit's people as choices", () => {
  const options = staffOptionsOf([
    { personId: 'nguyen-thi-binh', fullName: 'Nguyễn Thị Bình', position: 'head' },
    { personId: 'le-van-cuong', fullName: 'Lê Văn Cường', position: 'staff' },
  ]);

  it('names each person with their position in Vietnamese', () => {
    expect(options).toEqual([
      { value: 'nguyen-thi-binh', label: 'Nguyễn Thị Bình — Người đứng đầu' },
      { value: 'le-van-cuong', label: 'Lê Văn Cường — Chuyên viên' },
    ]);
  });

  it('finds a person typed without diacritics', () => {
    expect(options.filter((option) => staffOptionMatches('le van cuong', option)).map((option) => option.value)).toEqual(['le-van-cuong']);
  });
});
