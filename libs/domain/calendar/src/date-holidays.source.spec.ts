import { describe, expect, it } from '@jest/globals';
import { createDateHolidaysSource } from './date-holidays.source';

// Pins what the base source gives, so that an upgrade of date-holidays that changes it fails here
// rather than silently moving deadlines.
describe('date-holidays source for VN', () => {
  const source = createDateHolidaysSource();

  it('gives the statutory days of 2026, with Tết as Mon 16 - Fri 20 February and one day of National Day', () => {
    expect(source.holidaysOf(2026).map((day) => [day.date, day.kind])).toEqual([
      ['2026-01-01', 'new_year'],
      ['2026-02-16', 'tet'],
      ['2026-02-17', 'tet'],
      ['2026-02-18', 'tet'],
      ['2026-02-19', 'tet'],
      ['2026-02-20', 'tet'],
      ['2026-04-26', 'hung_kings'],
      ['2026-04-30', 'reunification'],
      ['2026-05-01', 'labour_day'],
      ['2026-09-02', 'national_day'],
    ]);
  });

  it('places Tết 2025 on Tue 28 January - Sat 1 February, one day off the official span', () => {
    const tet = source
      .holidaysOf(2025)
      .filter((day) => day.kind === 'tet')
      .map((day) => day.date);
    expect([...new Set(tet)]).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01']);
  });

  it('has only holidays it can name, ten distinct days a year, across the supported range', () => {
    for (const year of [1976, 1990, 2000, 2013, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2050, 2075, 2100]) {
      const days = source.holidaysOf(year);
      expect([year, days.filter((day) => day.kind === 'other')]).toEqual([year, []]);
      expect([year, days.length, new Set(days.map((day) => day.date)).size]).toEqual([year, 10, 10]);
    }
  });

  it('uses the Vietnamese names of this lib, not the spelling of date-holidays', () => {
    const names = new Set(source.holidaysOf(2026).map((day) => day.name));
    expect([...names]).toEqual([
      'Tết Dương lịch',
      'Tết Nguyên đán',
      'Giỗ Tổ Hùng Vương',
      'Ngày Giải phóng miền Nam, thống nhất đất nước',
      'Ngày Quốc tế Lao động',
      'Quốc khánh',
    ]);
  });
});
