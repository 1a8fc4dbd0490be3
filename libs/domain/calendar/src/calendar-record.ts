import { VN_TIME_ZONE, VN_UTC_OFFSET } from './vn-time';
import type { YearTable } from './year-table';

/** Which data a result was computed from, stored beside the result so it can be re-checked later. */
export interface CalendarRecord {
  timeZone: typeof VN_TIME_ZONE;
  utcOffset: typeof VN_UTC_OFFSET;
  baseSource: string;
  years: YearRecord[];
  /** True when some year had no official override data and was computed from the base source alone. */
  overridesMissing: boolean;
  missingOverrideYears: number[];
  /** Plain-language notes in Vietnamese: missing years, unconfirmed facts. */
  warnings: string[];
}

export interface YearRecord {
  year: number;
  overridesVersion: string | null;
  overridesSource: string | null;
  unconfirmed: string[];
}

export function buildCalendarRecord(baseSource: string, tables: readonly YearTable[]): CalendarRecord {
  const years: YearRecord[] = [];
  const missingOverrideYears: number[] = [];
  const warnings: string[] = [];
  for (const table of tables) {
    const overrides = table.overrides;
    years.push({
      year: table.year,
      overridesVersion: overrides?.version ?? null,
      overridesSource: overrides?.source ?? null,
      unconfirmed: [...(overrides?.unconfirmed ?? [])],
    });
    if (!overrides) {
      missingOverrideYears.push(table.year);
      warnings.push(
        `Chưa có dữ liệu lịch nghỉ chính thức năm ${table.year}: chỉ tính theo ngày lễ cố định (${baseSource}), ` +
          'chưa có ngày nghỉ bù, nghỉ hoán đổi, ngày làm bù và ngày nghỉ thứ hai dịp Quốc khánh.',
      );
    }
    for (const note of overrides?.unconfirmed ?? []) {
      warnings.push(`Năm ${table.year} (dữ liệu ${overrides?.version}): ${note}`);
    }
  }
  return {
    timeZone: VN_TIME_ZONE,
    utcOffset: VN_UTC_OFFSET,
    baseSource,
    years,
    overridesMissing: missingOverrideYears.length > 0,
    missingOverrideYears,
    warnings,
  };
}
