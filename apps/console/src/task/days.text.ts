import { formatDate } from '../display/dates.format';

/** A few days are listed; a long run reads as its first and last day with the count (the lines' days are ordered). */
export function daysText(days: readonly string[], listUpTo = 3): string {
  if (days.length === 0) return '—';
  if (days.length <= listUpTo) return days.map(formatDate).join(', ');
  return `${formatDate(days[0]!)} … ${formatDate(days[days.length - 1]!)} (${days.length} ngày)`;
}
