import { describe, expect, it } from 'vitest';
import { asOfDateOf, isCalendarDate, organisationPath, personPath, todayInVietNam, unitPath } from './org.link';

describe('organisation addresses', () => {
  it('keeps the day under ngay=, and reads it back', () => {
    expect(organisationPath('2025-02-28')).toBe('/to-chuc?ngay=2025-02-28');
    expect(unitPath('so-tai-chinh', '2025-03-01')).toBe('/to-chuc/so-tai-chinh?ngay=2025-03-01');
    expect(personPath('le-van-cuong')).toBe('/to-chuc/can-bo/le-van-cuong');
    expect(asOfDateOf('?ngay=2025-02-28')).toBe('2025-02-28');
  });

  it('falls back to today in Viet Nam for a missing or impossible day', () => {
    const now = new Date('2026-03-01T18:30:00Z'); // 01:30 on 2 March in Viet Nam
    expect(todayInVietNam(now)).toBe('2026-03-02');
    expect(asOfDateOf('', now)).toBe('2026-03-02');
    expect(asOfDateOf('?ngay=2025-02-29', now)).toBe('2026-03-02');
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });
});
