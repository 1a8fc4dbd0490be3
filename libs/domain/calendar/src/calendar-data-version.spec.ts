import { describe, expect, it } from '@jest/globals';
import { calendarDataVersion, VN_CALENDAR_DATA_VERSION } from './calendar-data-version';
import { DATE_HOLIDAYS_SOURCE_ID } from './date-holidays.source';
import { VN_2025_OVERRIDES } from './data/vn-2025.overrides';
import { VN_2026_OVERRIDES } from './data/vn-2026.overrides';
import { VN_OVERRIDES } from './data/vn-overrides';

describe('calendar data version: a content hash that moves whenever a holiday does', () => {
  it('is the same for the same data, and is what the service’s calendar data gives', () => {
    expect(calendarDataVersion(VN_OVERRIDES, DATE_HOLIDAYS_SOURCE_ID)).toBe(VN_CALENDAR_DATA_VERSION);
    expect(calendarDataVersion([VN_2025_OVERRIDES, VN_2026_OVERRIDES])).toBe(VN_CALENDAR_DATA_VERSION);
    expect(Number.isSafeInteger(VN_CALENDAR_DATA_VERSION) && VN_CALENDAR_DATA_VERSION >= 0 && VN_CALENDAR_DATA_VERSION < 2 ** 31).toBe(
      true,
    );
  });

  it('changes when a day off moves, even if the year’s version label was not bumped', () => {
    const daysOff = VN_2026_OVERRIDES.daysOff.map((day, index) => (index === 0 ? { ...day, date: '2026-01-05' } : day));
    const moved = { ...VN_2026_OVERRIDES, daysOff };
    expect(calendarDataVersion([VN_2025_OVERRIDES, moved])).not.toBe(VN_CALENDAR_DATA_VERSION);
  });

  it('changes when a year of official data is added or removed, or the base source changes', () => {
    expect(calendarDataVersion([VN_2025_OVERRIDES])).not.toBe(VN_CALENDAR_DATA_VERSION);
    expect(calendarDataVersion(VN_OVERRIDES, 'date-holidays@3.38.0 VN')).not.toBe(VN_CALENDAR_DATA_VERSION);
  });
});
