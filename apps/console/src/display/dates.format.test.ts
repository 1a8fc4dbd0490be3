import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates.format';

describe('dates and times in Viet Nam', () => {
  it('writes a calendar date dd/mm/yyyy without moving it through any time zone', () => {
    expect(formatDate('2026-03-01')).toBe('01/03/2026');
    expect(formatDate('2025-12-31')).toBe('31/12/2025');
  });

  it("gives an instant's day in Viet Nam, not in UTC nor in the browser's zone", () => {
    // 17:30 UTC on 31 December is already 00:30 on 1 January in Hà Nội (UTC+7).
    expect(formatDate('2025-12-31T17:30:00Z')).toBe('01/01/2026');
    expect(formatDate(new Date('2026-03-10T16:59:59.999Z'))).toBe('10/03/2026');
  });

  it('writes times on the 24-hour clock in Asia/Ho_Chi_Minh, before the date', () => {
    expect(formatDateTime('2026-02-03T07:05:00Z')).toBe('14:05 03/02/2026');
    expect(formatDateTime('2025-12-31T17:00:00Z')).toBe('00:00 01/01/2026');
  });

  it('refuses what is not a date rather than printing "Invalid Date"', () => {
    expect(() => formatDateTime('hôm qua')).toThrow(RangeError);
  });
});
