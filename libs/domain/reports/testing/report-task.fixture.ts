import type { RecordedTaskEvent } from '@lib/domain/task';
import type { ReportTask } from '../src/report-inputs';

/** A recorded task event as the reports read it: only type, data and the metadata they use. */
export function recordedReportEvent(
  type: string,
  eventId: string,
  occurredAt: string,
  data: Record<string, unknown> = {},
  personId = 'le-van-cuong',
  unitId = 'so-xay-dung',
): RecordedTaskEvent {
  return { type, data, metadata: { eventId, occurredAt, actor: { personId, unitId } } } as unknown as RecordedTaskEvent;
}

/** A task held by one person from `from`, completed at `completedAt` with the given grade and deadline. */
export function completedTask(
  taskId: string,
  grade: 'completed_early' | 'completed_on_time' | 'completed_late',
  options: { dueAt: string; completedAt: string; workingDaysLate?: number; events?: RecordedTaskEvent[]; personId?: string },
): ReportTask {
  const holder = { unitId: 'so-xay-dung', personId: options.personId ?? 'le-van-cuong' };
  return {
    taskId,
    title: `Nhiệm vụ ${taskId}`,
    holds: [{ holder, from: '2026-03-02T01:30:00.000Z', end: options.completedAt, open: false }],
    pauses: [],
    status: {
      status: grade,
      at: options.completedAt,
      dueAt: options.dueAt,
      workingDaysLate: options.workingDaysLate ?? 0,
      deadlineEventId: `${taskId}-assigned`,
      closedBy: { eventId: `${taskId}-completed`, type: 'TaskCompleted', occurredAt: options.completedAt, globalPosition: null },
    },
    completedBy: holder,
    individual: [],
    supervisory: [],
    events: options.events ?? [],
  };
}
