import { formatDate } from '../display/dates.format';

export interface DeadlineText {
  /** The instant it falls due (end of the last working day), or null for a task without a deadline. */
  dueAt: string | null;
  /** How it was computed, when the task view says: "15 ngày làm việc kể từ ngày 21/10/2026 …". */
  how: string | null;
  /** The legal basis of the computation, in Vietnamese as the API stores it. */
  basis: string | null;
}

const URGENCY_LABELS: Readonly<Record<string, string>> = { hoa_toc: 'hỏa tốc', thuong_khan: 'thượng khẩn', khan: 'khẩn' };

/** The task view's deadline (dueAt and its stored computation, both optional) as the heading writes it. */
export function deadlineText(deadline: Readonly<Record<string, unknown>> | undefined): DeadlineText {
  const dueAt = typeof deadline?.dueAt === 'string' ? deadline.dueAt : null;
  const computation = deadline?.computation;
  if (dueAt === null || typeof computation !== 'object' || computation === null) return { dueAt, how: null, basis: null };
  const { rule, workingDays, startDate, skippedDays, urgency, basis } = computation as Record<string, unknown>;
  const basisText = typeof basis === 'string' ? basis : null;
  if (rule === 'working_days' && typeof workingDays === 'number' && typeof startDate === 'string') {
    const skipped = Array.isArray(skippedDays) ? skippedDays.length : 0;
    const passedOver = skipped > 0 ? `, bỏ qua ${skipped} ngày nghỉ` : '';
    return {
      dueAt,
      how: `${workingDays} ngày làm việc kể từ ngày giao ${formatDate(startDate)} (không tính ngày giao${passedOver})`,
      basis: basisText,
    };
  }
  if (rule === 'urgent_immediate') {
    const label = typeof urgency === 'string' ? URGENCY_LABELS[urgency] : undefined;
    return { dueAt, how: `Văn bản ${label ?? 'khẩn'}: hạn là thời điểm giao`, basis: basisText };
  }
  return { dueAt, how: null, basis: basisText };
}
