import type { CalendarRecord } from './calendar-record';
import type { LocalDate } from './local-date';
import type { Instant } from './vn-time';

export const URGENCIES = ['hoa_toc', 'thuong_khan', 'khan', 'normal'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = {
  hoa_toc: 'Hỏa tốc',
  thuong_khan: 'Thượng khẩn',
  khan: 'Khẩn',
  normal: 'Thường',
};

export interface DeadlineRequest {
  /** When the task was assigned or registered. */
  start: Instant;
  /** Required unless the document is urgent. */
  workingDays?: number;
  urgency?: Urgency;
}

export interface SkippedDay {
  date: LocalDate;
  status: 'weekend' | 'holiday';
  name: string;
}

/** How a deadline was resolved, JSON-serialisable, to be stored with the task. */
export interface DeadlineComputation {
  rule: 'working_days' | 'urgent_immediate';
  /** The legal basis and method, in Vietnamese. */
  basis: string;
  start: string;
  startLocal: string;
  startDate: LocalDate;
  urgency: Urgency;
  workingDays: number | null;
  /** The working days counted, in order; the last one is the due date. */
  countedDays: LocalDate[];
  /** Non-working days passed over between the start date and the due date. */
  skippedDays: SkippedDay[];
  calendar: CalendarRecord;
}

export interface DeadlineResult {
  /** ISO-8601 in UTC, e.g. '2026-02-27T16:59:59.999Z'. */
  dueAt: string;
  /** The same instant in local time, e.g. '2026-02-27T23:59:59.999+07:00'. */
  dueAtLocal: string;
  dueDate: LocalDate;
  computation: DeadlineComputation;
}
