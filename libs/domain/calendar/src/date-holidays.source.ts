import Holidays from 'date-holidays';
import type { BaseHoliday, BaseHolidaySource, HolidayKind } from './calendar-data.types';
import { HOLIDAY_NAMES } from './holiday-names';
import { formatLocalDate, parseLocalDate } from './local-date';

export const DATE_HOLIDAYS_SOURCE_ID = 'date-holidays@3.37.0 VN';

// date-holidays names these days with its own spelling ("Tết Nguyên Đán", "Giỗ tổ"); the rule
// string is stable across its releases, so it is what identifies the holiday here.
const KIND_BY_RULE: ReadonlyArray<readonly [RegExp, HolidayKind]> = [
  [/^01-01$/, 'new_year'],
  [/\bvietnamese 1-0-1\b/, 'tet'],
  [/^vietnamese 3-0-10$/, 'hung_kings'],
  [/^04-30$/, 'reunification'],
  [/^05-01$/, 'labour_day'],
  [/^09-02$/, 'national_day'],
];

/**
 * Statutory holidays of Viet Nam as computed by date-holidays (lunar dates included), one entry per
 * date. Slow (a few hundred ms per year), which is why the calendar asks once per year and caches.
 */
export function createDateHolidaysSource(): BaseHolidaySource {
  let holidays: Holidays | undefined;
  const byYear = new Map<number, readonly BaseHoliday[]>();
  return {
    id: DATE_HOLIDAYS_SOURCE_ID,
    holidaysOf(year: number): readonly BaseHoliday[] {
      const known = byYear.get(year);
      if (known) return known;
      holidays ??= new Holidays('VN');
      const days: BaseHoliday[] = [];
      const seen = new Set<string>();
      for (const holiday of holidays.getHolidays(year, 'vi')) {
        if (holiday.type !== 'public') continue;
        const kind = KIND_BY_RULE.find(([pattern]) => pattern.test(holiday.rule))?.[1] ?? 'other';
        const name = kind === 'other' ? holiday.name.normalize('NFC') : HOLIDAY_NAMES[kind];
        const first = parseLocalDate(holiday.date.slice(0, 10), 'date-holidays entry');
        const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
        for (let offset = 0; offset < length; offset += 1) {
          const date = formatLocalDate(first + offset);
          // Tết comes twice: as the eve's five-day span and as the first day on its own.
          if (seen.has(date)) continue;
          seen.add(date);
          days.push({ date, kind, name });
        }
      }
      const frozen = Object.freeze(days);
      byYear.set(year, frozen);
      return frozen;
    },
  };
}
