import { formatDate } from '../display/dates.format';
import { partyName } from '../display/party.name';
import type { CustodyInterval, CustodyView } from './task.api';

/**
 * The slip's chart in words, for screen readers (the chart's aria-label) and for anyone who cannot see the colours:
 * the deadline, then each step: who held it, from when until when, and the working days held after the deadline.
 */
export function slipSummary(intervals: readonly CustodyInterval[], dueAt: string | null, pauses: CustodyView['pauses'] = []): string {
  const deadline = dueAt === null ? 'Nhiệm vụ không có hạn xử lý.' : `Hạn xử lý ${formatDate(dueAt)}.`;
  const steps = intervals.map((interval, position) => {
    const until = interval.to === null ? 'đến nay' : `đến ${formatDate(interval.to)}`;
    const late = interval.workingDaysAfterDeadline > 0 ? `, quá hạn ${interval.workingDaysAfterDeadline} ngày làm việc` : '';
    return `Bước ${position + 1}: ${partyName(interval.receiver)} giữ từ ${formatDate(interval.from)} ${until}${late}.`;
  });
  const paused = pauses.map(
    (pause) =>
      `Tạm dừng từ ${formatDate(pause.from)} ${pause.to === null ? '(chưa nhận hồ sơ bổ sung)' : `đến ${formatDate(pause.to)}`}, ${pause.workingDays} ngày làm việc không tính vào thời hạn.`,
  );
  return [`Biểu đồ quá trình giải quyết, ${intervals.length} bước giao nhận.`, deadline, ...steps, ...paused].join(' ');
}
