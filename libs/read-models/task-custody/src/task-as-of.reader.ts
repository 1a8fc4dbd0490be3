import type { Repository } from 'typeorm';
import type { WorkingDayCalendar } from '@lib/domain/calendar';
import { custodyTimeline, taskStatus, type CustodyTimeline, type TaskStatusView } from '@lib/domain/custody';
import { AssignedTaskNotFoundError } from './task-custody.errors';
import type { TaskSummaryEntity } from './task-summary.entity';

/** A task's custody as of an instant: the values that depend on `asOf` are computed here, from the stored log. */
export interface TaskAsOf {
  row: TaskSummaryEntity;
  timeline: CustodyTimeline;
  status: TaskStatusView | null;
}

/** Reads one task's row of `rm_task` (never the event streams) and folds its custody log as of an instant. */
export class TaskAsOfReader {
  constructor(
    private readonly tasks: Repository<TaskSummaryEntity>,
    readonly calendar: WorkingDayCalendar,
  ) {}

  asOf(row: TaskSummaryEntity, asOf: string): TaskAsOf {
    const timeline = custodyTimeline(row.custodyLog, { asOf, calendar: this.calendar });
    return { row, timeline, status: taskStatus(timeline, { calendar: this.calendar }) };
  }

  /** The assigned task as of `asOf`; `AssignedTaskNotFoundError` when the read model has no assigned task with that id. */
  async assignedTask(taskId: string, asOf: string): Promise<TaskAsOf> {
    const row = await this.tasks.findOneBy({ taskId });
    if (row === null || row.assignedAt === null) throw new AssignedTaskNotFoundError(taskId);
    return this.asOf(row, asOf);
  }
}
