import { type LocalDate, localDateOf, type WorkingDayCalendar } from '@lib/domain/calendar';
import { parseInstant } from '@lib/domain/core';
import type { CustodyTimeline, EventRef } from './custody-timeline.types';
import { deadlineOn } from './deadline-schedule';
import { movedDueDate, movedInstant, pausedThrough } from './dossier-pauses';

const OPEN_TASK_STATUSES = ['within_deadline', 'due_soon', 'overdue', 'no_deadline'] as const;
const CLOSED_TASK_STATUSES = ['completed_early', 'completed_on_time', 'completed_late', 'cancelled'] as const;
export const TASK_STATUSES = [...OPEN_TASK_STATUSES, ...CLOSED_TASK_STATUSES] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** As the Government Office's tracker and the one-stop platforms report them. */
export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, string>> = {
  within_deadline: 'Trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  no_deadline: 'Không hạn',
  completed_early: 'Hoàn thành trước hạn',
  completed_on_time: 'Hoàn thành đúng hạn',
  completed_late: 'Hoàn thành quá hạn',
  cancelled: 'Đã hủy',
};

const DEFAULT_DUE_SOON_WORKING_DAYS = 2;

export interface TaskStatusOptions {
  calendar: WorkingDayCalendar;
  /** An open task is due soon when at most this many working days are left (the due day counts; default 2). */
  dueSoonWorkingDays?: number;
}

export interface TaskStatusView {
  status: TaskStatus;
  label: string;
  open: boolean;
  /** When the status is judged: the completion or cancellation, else `asOf`. */
  at: string;
  /**
   * The deadline in force at `at`, moved by the dossier's working days paused by then (the recorded
   * deadline when nothing was paused); null without one.
   */
  dueAt: string | null;
  dueDate: LocalDate | null;
  /** The deadline in force at `at` as recorded, before any pause moved it. */
  recordedDueAt: string | null;
  /** Working days the dossier waited for the applicant's supplement, on or before the day of `at`. */
  pausedWorkingDays: number;
  /** A pause is running at `at`: the dossier waits for the applicant. */
  paused: boolean;
  deadlineEventId: string | null;
  /** Working days after the due date up to and including the day of `at`; > 0 only when overdue or late. */
  workingDaysLate: number;
  /** Open with a deadline and not overdue: working days after the day of `asOf` up to and including the due day. */
  workingDaysLeft: number | null;
  /** Completed early: working days after the completion day up to and including the due day. */
  workingDaysEarly: number;
  closedBy: EventRef | null;
}

/**
 * Status for the timeline's `asOf`, judged by local day: completing on the due day is on time,
 * on an earlier day early, on a later day late. Null before the task is assigned.
 */
export function taskStatus(timeline: CustodyTimeline, options: TaskStatusOptions): TaskStatusView | null {
  if (timeline.assignedAt === null) return null;
  const { calendar } = options;
  const closure = timeline.closure;
  const at = closure?.event.occurredAt ?? timeline.asOf;
  const atDate = localDateOf(parseInstant(at, 'at'));
  const deadline = deadlineOn(timeline.deadlines, atDate);
  const pausedWorkingDays = pausedThrough(timeline.pauses, atDate);
  const atMs = parseInstant(at, 'at');
  const paused = timeline.pauses.some((pause) => Date.parse(pause.from) <= atMs && (pause.to === null || Date.parse(pause.to) > atMs));
  const recordedDueDate = deadline?.dueDate ?? null;
  const dueDate = recordedDueDate === null ? null : movedDueDate(calendar, recordedDueDate, pausedWorkingDays);
  const dueAt =
    deadline?.dueAt == null || recordedDueDate === null || dueDate === null
      ? (deadline?.dueAt ?? null)
      : movedInstant(deadline.dueAt, recordedDueDate, dueDate);
  const view = (
    status: TaskStatus,
    figures: Partial<Pick<TaskStatusView, 'workingDaysLate' | 'workingDaysLeft' | 'workingDaysEarly'>> = {},
  ): TaskStatusView => ({
    status,
    label: TASK_STATUS_LABELS[status],
    open: closure === null,
    at,
    dueAt,
    dueDate,
    recordedDueAt: deadline?.dueAt ?? null,
    pausedWorkingDays,
    paused,
    deadlineEventId: deadline?.eventId ?? null,
    workingDaysLate: figures.workingDaysLate ?? 0,
    workingDaysLeft: figures.workingDaysLeft ?? null,
    workingDaysEarly: figures.workingDaysEarly ?? 0,
    closedBy: closure?.event ?? null,
  });

  if (closure?.kind === 'cancelled') return view('cancelled');
  if (closure?.kind === 'completed') {
    if (dueAt === null || dueDate === null || atDate === dueDate) return view('completed_on_time');
    if (atDate < dueDate) return view('completed_early', { workingDaysEarly: calendar.workingDaysBetween(at, dueAt) });
    return view('completed_late', { workingDaysLate: calendar.workingDaysLate(dueAt, at) });
  }
  if (dueAt === null || dueDate === null) return view('no_deadline');
  if (atDate > dueDate) return view('overdue', { workingDaysLate: calendar.workingDaysLate(dueAt, at) });
  const workingDaysLeft = calendar.workingDaysBetween(at, dueAt);
  const window = options.dueSoonWorkingDays ?? DEFAULT_DUE_SOON_WORKING_DAYS;
  return view(workingDaysLeft <= window ? 'due_soon' : 'within_deadline', { workingDaysLeft });
}
