import { present } from '@lib/domain/core';
import { vnDate, type LocalDate } from '@lib/domain/calendar';

/**
 * The time limit for handling a case ("thời hạn xử lý kỷ luật", Decree 172/2025/NĐ-CP; see the README for
 * what was verified): from the day the violation was established to the decision, at most 90 days; a
 * complex case may be extended to at most 150 days.
 */
export const HANDLING_LIMIT_DAYS = 90;
export const HANDLING_MAX_DAYS = 150;
const DEFAULT_HANDLING_WARNING_DAYS = 10;

/** The period as a case records it: when it started, on what basis, its length in days and its last day. */
export interface HandlingPeriod {
  /** The day the period starts from (not counted): the earliest confirmation of a cited finding. */
  startsOn: LocalDate;
  basis: 'finding_confirmed';
  limitDays: number;
  /** The last day on which the decision is in time. */
  deadline: LocalDate;
}

export type HandlingState = 'running' | 'due_soon' | 'overdue' | 'decided_in_time' | 'decided_late' | 'withdrawn';

export interface HandlingWarning {
  code: 'HANDLING_DEADLINE_NEAR' | 'HANDLING_DEADLINE_PASSED';
  /** What the official reads, Vietnamese (NFC). */
  message: string;
}

/** The period as of a day, for the reader: days left (null once the case is closed), a state and warnings. */
export interface HandlingView extends HandlingPeriod {
  maxDays: number;
  asOf: LocalDate;
  daysLeft: number | null;
  state: HandlingState;
  warnings: HandlingWarning[];
}

/** `days` calendar days after `from` (the starting day not counted, Civil Code Art. 147). */
export function addDays(from: LocalDate, days: number): LocalDate {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The period of a case whose cited findings were confirmed on these days: it runs from the earliest. */
export function handlingPeriod(confirmedOn: ReadonlyArray<LocalDate>, limitDays = HANDLING_LIMIT_DAYS): HandlingPeriod {
  const startsOn = present([...confirmedOn].sort()[0], 'the earliest confirmation');
  return { startsOn, basis: 'finding_confirmed', limitDays, deadline: addDays(startsOn, limitDays) };
}

/**
 * The period as of `asOf`. An open case is `running`, `due_soon` within `warnWithinDays` of its deadline
 * (the deadline day included) and `overdue` after it, each of the last two with a Vietnamese warning. A
 * decided case is measured on the day its decision was signed; a withdrawn one carries no deadline.
 */
export function handlingView(
  period: HandlingPeriod,
  status: { kind: 'open' } | { kind: 'decided'; signedOn: LocalDate } | { kind: 'withdrawn' },
  asOf: LocalDate,
  warnWithinDays = DEFAULT_HANDLING_WARNING_DAYS,
): HandlingView {
  const base = { ...period, maxDays: HANDLING_MAX_DAYS, asOf };
  if (status.kind === 'decided')
    return { ...base, daysLeft: null, state: status.signedOn <= period.deadline ? 'decided_in_time' : 'decided_late', warnings: [] };
  if (status.kind === 'withdrawn') return { ...base, daysLeft: null, state: 'withdrawn', warnings: [] };
  const daysLeft = daysBetween(asOf, period.deadline);
  const deadline = vnDate(period.deadline);
  const extendable =
    period.limitDays < HANDLING_MAX_DAYS ? ` Vụ việc phức tạp có thể được gia hạn đến tối đa ${HANDLING_MAX_DAYS} ngày.` : '';
  if (daysLeft < 0) {
    const message = `Đã quá thời hạn xử lý kỷ luật ${period.limitDays} ngày (hết ngày ${deadline}) ${-daysLeft} ngày mà chưa có quyết định; cấp có thẩm quyền chịu trách nhiệm về việc chậm ban hành quyết định.`;
    return { ...base, daysLeft, state: 'overdue', warnings: [{ code: 'HANDLING_DEADLINE_PASSED', message: message.normalize('NFC') }] };
  }
  if (daysLeft <= warnWithinDays) {
    const left = daysLeft === 0 ? 'hôm nay là ngày cuối' : `còn ${daysLeft} ngày`;
    const message = `Thời hạn xử lý kỷ luật ${period.limitDays} ngày hết ngày ${deadline} (${left}).${extendable}`;
    return { ...base, daysLeft, state: 'due_soon', warnings: [{ code: 'HANDLING_DEADLINE_NEAR', message: message.normalize('NFC') }] };
  }
  return { ...base, daysLeft, state: 'running', warnings: [] };
}
