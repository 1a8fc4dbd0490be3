import { describe, expect, it } from 'vitest';
import { categoryOptions, optionLabelMatches, unitOptionsOf, withChosen } from './task-filter.options';

describe('the task list filters’ choices', () => {
  it('offers every category by its Vietnamese label, capitalised as the list shows it, in Vietnamese order', () => {
    const options = categoryOptions();
    expect(options).toContainEqual({ value: 'construction', label: 'Xây dựng' });
    expect(options).toContainEqual({ value: 'land', label: 'Đất đai' });
    expect(new Set(options.map((option) => option.value)).size).toBe(options.length);
    const labels = options.map((option) => option.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'vi')));
    // "Đất đai" comes after the D's and before "Giáo dục": đ is a letter of its own in Vietnamese order.
    expect(labels.indexOf('Đất đai')).toBeLessThan(labels.indexOf('Giáo dục và đào tạo'));
  });

  it('flattens the unit tree in its order, naming each unit with the one above it, skipping what is not a unit', () => {
    const tree = [
      {
        unitId: 'ubnd-tp',
        name: 'UBND thành phố',
        children: [
          { unitId: 'so-xay-dung', name: 'Sở Xây dựng', children: [] },
          { unitId: 'ubnd-hai-chau', name: 'UBND quận Hải Châu', children: [{ unitId: 'phong-qldt', name: 'Phòng Quản lý đô thị' }] },
          { name: 'no id' },
        ],
      },
    ];
    expect(unitOptionsOf(tree)).toEqual([
      { value: 'ubnd-tp', label: 'UBND thành phố', title: 'UBND thành phố' },
      { value: 'so-xay-dung', label: 'Sở Xây dựng — UBND thành phố', title: 'Sở Xây dựng' },
      { value: 'ubnd-hai-chau', label: 'UBND quận Hải Châu — UBND thành phố', title: 'UBND quận Hải Châu' },
      { value: 'phong-qldt', label: 'Phòng Quản lý đô thị — UBND quận Hải Châu', title: 'Phòng Quản lý đô thị' },
    ]);
    expect(unitOptionsOf(undefined)).toEqual([]);
  });

  it('finds an option by its label typed without diacritics, every word in any order', () => {
    const unit = { value: 'so-xay-dung', label: 'Sở Xây dựng — UBND thành phố' };
    expect(optionLabelMatches('so xay dung', unit)).toBe(true);
    expect(optionLabelMatches('dung xay', unit)).toBe(true);
    expect(optionLabelMatches('tai chinh', unit)).toBe(false);
    expect(optionLabelMatches('', undefined)).toBe(true);
  });

  it('keeps a chosen value the options lack listed first, by its label or else its code; adds nothing otherwise', () => {
    const options = [{ value: 'so-xay-dung', label: 'Sở Xây dựng — UBND thành phố', title: 'Sở Xây dựng' }];
    expect(withChosen(options, undefined)).toBe(options);
    expect(withChosen(options, 'so-xay-dung')).toBe(options);
    expect(withChosen(options, 'so-cu-da-giai-the')).toEqual([{ value: 'so-cu-da-giai-the', label: 'so-cu-da-giai-the' }, ...options]);
    expect(withChosen(options, 'so-moi', 'Sở Mới')[0]).toEqual({ value: 'so-moi', label: 'Sở Mới' });
  });
});
