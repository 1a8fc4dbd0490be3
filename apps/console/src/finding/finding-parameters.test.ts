import { describe, expect, it } from 'vitest';
import { parameterRows, parameterValueText } from './finding-parameters';

describe("a finding's rule parameters, as a table", () => {
  const catalogue = [
    { name: 'maxIdleWorkingDays', description: 'Số ngày làm việc tối đa không có hoạt động.' },
    { name: 'agreeNeedsContent', description: 'Ý kiến "đồng ý" cũng phải có nội dung cụ thể.' },
  ];

  it("labels each parameter with the rule's description, in the catalogue's order", () => {
    expect(parameterRows({ agreeNeedsContent: false, maxIdleWorkingDays: 10 }, catalogue)).toEqual([
      { key: 'maxIdleWorkingDays', label: 'Số ngày làm việc tối đa không có hoạt động', value: '10' },
      { key: 'agreeNeedsContent', label: 'Ý kiến "đồng ý" cũng phải có nội dung cụ thể', value: 'Không' },
    ]);
  });

  it('shows a parameter the catalogue does not describe by its key and value, after the described ones', () => {
    expect(parameterRows({ exemptCategories: ['dat-dai', 'xay-dung'], maxIdleWorkingDays: 5 }, catalogue)).toEqual([
      { key: 'maxIdleWorkingDays', label: 'Số ngày làm việc tối đa không có hoạt động', value: '5' },
      { key: 'exemptCategories', label: null, value: 'dat-dai, xay-dung' },
    ]);
    expect(parameterRows({})).toEqual([]);
  });

  it('writes values as Vietnamese read them', () => {
    expect(parameterValueText(true)).toBe('Có');
    expect(parameterValueText(1500)).toBe('1.500');
    expect(parameterValueText([])).toBe('(không có)');
    expect(parameterValueText(null)).toBe('(không đặt)');
    expect(parameterValueText({ a: 1 })).toBe('{"a":1}');
  });
});
