import { describe, expect, it } from 'vitest';
import { unitOptionMatches, unitOptions } from './unit-options';

const TREE = [
  {
    unitId: 'ubnd-tp',
    name: 'Ủy ban nhân dân thành phố',
    children: [
      { unitId: 'so-xay-dung', name: 'Sở Xây dựng', children: [{ unitId: 'phong-qldt', name: 'Phòng Quản lý đô thị', children: [] }] },
    ],
  },
];

describe('the unit chooser', () => {
  it("keeps the API's tree, each unit by name", () => {
    expect(unitOptions(TREE)).toEqual([
      {
        value: 'ubnd-tp',
        title: 'Ủy ban nhân dân thành phố',
        children: [
          {
            value: 'so-xay-dung',
            title: 'Sở Xây dựng',
            children: [{ value: 'phong-qldt', title: 'Phòng Quản lý đô thị', children: [] }],
          },
        ],
      },
    ]);
  });

  it('finds a unit typed without diacritics', () => {
    expect(unitOptionMatches('xay dung', { title: 'Sở Xây dựng' })).toBe(true);
    expect(unitOptionMatches('do thi', { title: 'Phòng Quản lý đô thị' })).toBe(true);
    expect(unitOptionMatches('xay dung', { title: 'Phòng Quản lý đô thị' })).toBe(false);
  });
});
