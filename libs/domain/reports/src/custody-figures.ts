import { present } from '@lib/domain/core';
import type { Holder } from '@lib/domain/custody';
import type { ReportLine, ReportTask } from './report-inputs';
import { dayInPeriod, inPeriod, subjectCovers, type ReportPeriod, type ReportSubject } from './report-period';

export type CompletionGrade = 'completed_early' | 'completed_on_time' | 'completed_late';

/** A task completed in the period and credited to the subject: a product, in the evaluation's words. */
export interface TaskCompletion {
  taskId: string;
  title: string | null;
  grade: CompletionGrade;
  completedAt: string;
  dueAt: string | null;
  workingDaysLate: number;
  completionEventId: string;
  deadlineEventId: string | null;
}

export interface OverdueTask {
  taskId: string;
  title: string | null;
  dueAt: string | null;
  workingDaysLate: number;
}

export interface DelayDays {
  /** Working days charged in the period, summed over the lines (a day charged on two grounds counts twice). */
  workingDays: number;
  byBasis: Record<string, number>;
  /** The tasks and entries behind the figure. */
  taskIds: string[];
  eventIds: string[];
}

/** Tasks the subject held at some time in the period (a hold overlapping [from, to)). */
export function tasksHeld(tasks: readonly ReportTask[], subject: ReportSubject, period: ReportPeriod): string[] {
  const from = Date.parse(period.from);
  const to = Date.parse(period.to);
  return tasks
    .filter((task) =>
      task.holds.some(
        (hold) => subjectCovers(subject, hold.holder) && Date.parse(hold.from) < to && (hold.open || Date.parse(hold.end) > from),
      ),
    )
    .map((task) => task.taskId);
}

/**
 * Who a completion is credited to: the holder of the hold the completion closed; when that hold names
 * only the unit, the person named on the completion entry.
 */
export function completionCredit(task: ReportTask): Holder | null {
  if (task.completedBy === null) return null;
  const last = task.holds[task.holds.length - 1];
  if (last === undefined) return task.completedBy;
  return { unitId: last.holder.unitId, personId: last.holder.personId ?? task.completedBy.personId };
}

/** Tasks completed in the period and credited to the subject, graded early / on time / late. */
export function tasksCompleted(tasks: readonly ReportTask[], subject: ReportSubject, period: ReportPeriod): TaskCompletion[] {
  const completed: TaskCompletion[] = [];
  for (const task of tasks) {
    const status = task.status;
    const credit = completionCredit(task);
    if (status === null || credit === null || status.closedBy === null || !isCompletion(status.status)) continue;
    if (!inPeriod(period, status.at) || !subjectCovers(subject, credit)) continue;
    completed.push({
      taskId: task.taskId,
      title: task.title,
      grade: status.status,
      completedAt: status.at,
      dueAt: status.dueAt,
      workingDaysLate: status.workingDaysLate,
      completionEventId: status.closedBy.eventId,
      deadlineEventId: status.deadlineEventId,
    });
  }
  return completed;
}

/** Open tasks overdue at the end of the period whose current holder is the subject. */
export function openOverdue(tasks: readonly ReportTask[], subject: ReportSubject): OverdueTask[] {
  return tasks
    .filter((task) => {
      const current = task.holds[task.holds.length - 1];
      return task.status?.status === 'overdue' && current !== undefined && current.open && subjectCovers(subject, current.holder);
    })
    .map((task) => {
      const status = present(task.status, 'the status of an overdue task');
      return { taskId: task.taskId, title: task.title, dueAt: status.dueAt, workingDaysLate: status.workingDaysLate };
    });
}

/** Working days of delay attributed to the subject on days inside the period, individual or supervisory. */
export function delayDays(
  tasks: readonly ReportTask[],
  subject: ReportSubject,
  period: ReportPeriod,
  kind: 'individual' | 'supervisory',
): DelayDays {
  const figure: DelayDays = { workingDays: 0, byBasis: {}, taskIds: [], eventIds: [] };
  for (const task of tasks) {
    for (const line of task[kind] as readonly ReportLine[]) {
      if (!subjectCovers(subject, line.party)) continue;
      const days = line.days.filter((day) => dayInPeriod(period, day)).length;
      if (days === 0) continue;
      const basis = line.ruleCode ?? line.basisCode;
      figure.workingDays += days;
      figure.byBasis[basis] = (figure.byBasis[basis] ?? 0) + days;
      if (!figure.taskIds.includes(task.taskId)) figure.taskIds.push(task.taskId);
      for (const eventId of line.eventIds) if (!figure.eventIds.includes(eventId)) figure.eventIds.push(eventId);
    }
  }
  return figure;
}

function isCompletion(status: string): status is CompletionGrade {
  return status === 'completed_early' || status === 'completed_on_time' || status === 'completed_late';
}
