import { describe, expect, it } from 'vitest';
import { historyRows } from './history.rows';

describe('history rows', () => {
  it('says in Vietnamese, with the day as dd/mm/yyyy, what each change was and which unit it names', () => {
    const rows = historyRows([
      { kind: 'established', on: '2015-01-01', name: 'Sở Kế hoạch và Đầu tư', parent: { unitId: 'ubnd-tp', name: 'UBND thành phố' } },
      { kind: 'renamed', on: '2020-05-01', name: 'Sở KH&ĐT', previousName: 'Sở Kế hoạch và Đầu tư' },
      { kind: 'moved', on: '2021-01-01', parent: null, previousParent: { unitId: 'ubnd-tp', name: 'UBND thành phố' } },
      { kind: 'merged', on: '2025-03-01', successor: { unitId: 'so-tai-chinh', name: 'Sở Tài chính' } },
    ]);
    expect(rows.map(({ date, event, detail, unit }) => ({ date, event, detail, unit: unit?.unitId }))).toEqual([
      {
        date: '01/01/2015',
        event: 'Thành lập',
        detail: 'Thành lập với tên “Sở Kế hoạch và Đầu tư”, trực thuộc UBND thành phố',
        unit: 'ubnd-tp',
      },
      { date: '01/05/2020', event: 'Đổi tên', detail: 'Từ “Sở Kế hoạch và Đầu tư” thành “Sở KH&ĐT”', unit: undefined },
      {
        date: '01/01/2021',
        event: 'Chuyển đơn vị cấp trên',
        detail: 'Từ UBND thành phố sang không trực thuộc đơn vị nào',
        unit: undefined,
      },
      {
        date: '01/03/2025',
        event: 'Sáp nhập',
        detail: 'Sáp nhập vào Sở Tài chính, đơn vị kế thừa nhiệm vụ từ ngày 01/03/2025',
        unit: 'so-tai-chinh',
      },
    ]);
  });

  it('names the unit merged into this one, and a dissolution with or without its reason', () => {
    const rows = historyRows([
      { kind: 'absorbed', on: '2025-03-01', mergedUnit: { unitId: 'so-ke-hoach-dau-tu', name: 'Sở Kế hoạch và Đầu tư' } },
      { kind: 'dissolved', on: '2026-01-01', reason: null },
      { kind: 'dissolved', on: '2026-01-01', reason: 'Hết nhiệm vụ' },
    ]);
    expect(rows.map((row) => [row.event, row.detail])).toEqual([
      ['Tiếp nhận đơn vị sáp nhập', 'Sở Kế hoạch và Đầu tư sáp nhập vào đơn vị này'],
      ['Giải thể', 'Không ghi lý do'],
      ['Giải thể', 'Lý do: Hết nhiệm vụ'],
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(3);
  });
});
