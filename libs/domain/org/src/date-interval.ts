import { present } from '@lib/domain/core';
import type { LocalDate } from './org-values';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Later than any real effective date: an open end compares after everything. */
export const END_OF_TIME: LocalDate = '9999-12-31';

/** A real calendar date written 'YYYY-MM-DD' (2025-02-29 is not one). Such strings compare in date order. */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days in force, both ends included ("từ ngày … đến ngày …"); `to: null` is open-ended. */
export interface DateInterval {
  from: LocalDate;
  to: LocalDate | null;
}

export function covers(interval: DateInterval, date: LocalDate): boolean {
  return interval.from <= date && (interval.to === null || date <= interval.to);
}

export function overlaps(a: DateInterval, b: DateInterval): boolean {
  return a.from <= (b.to ?? END_OF_TIME) && b.from <= (a.to ?? END_OF_TIME);
}

/** The last entry whose `from` is on or before the date, in a list sorted by `from`. */
export function versionAt<V extends { from: LocalDate }>(versions: readonly V[], date: LocalDate): V | undefined {
  let low = 0;
  let high = versions.length - 1;
  let found: V | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const version = present(versions[middle], 'the version in the middle');
    if (version.from <= date) {
      found = version;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Inserts keeping the list sorted by `from`; a version for the same day replaces the earlier one. */
export function withVersion<V extends { from: LocalDate }>(versions: readonly V[], version: V): V[] {
  const kept = versions.filter((existing) => existing.from !== version.from);
  const index = kept.findIndex((existing) => existing.from > version.from);
  return index === -1 ? [...kept, version] : [...kept.slice(0, index), version, ...kept.slice(index)];
}

/** The calendar day before `date`. */
export function previousDay(date: LocalDate): LocalDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}
