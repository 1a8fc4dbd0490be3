import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { WorkingDayCalendar } from '@lib/domain/calendar';
import { custodyTimeline, taskStatus, type CustodyTimeline, type TaskStatusView } from '@lib/domain/custody';
import { WORKING_DAY_CALENDAR } from '../../calendar/calendar.provider';
import { problem } from '../../http/problem-details.filter';
import { TaskSummaryEntity } from '@lib/read-models/task-custody';

/** A task's custody as of an instant: the values that depend on `asOf` are computed here, from the stored log. */
export interface TaskAsOf {
  row: TaskSummaryEntity;
  timeline: CustodyTimeline;
  status: TaskStatusView | null;
}

/** Reads one task's row of `rm_task` (never the event streams) and folds its custody log as of an instant. */
@Injectable()
export class TaskAsOfReader {
  constructor(
    @InjectRepository(TaskSummaryEntity) private readonly tasks: Repository<TaskSummaryEntity>,
    @Inject(WORKING_DAY_CALENDAR) readonly calendar: WorkingDayCalendar,
  ) {}

  asOf(row: TaskSummaryEntity, asOf: string): TaskAsOf {
    const timeline = custodyTimeline(row.custodyLog, { asOf, calendar: this.calendar });
    return { row, timeline, status: taskStatus(timeline, { calendar: this.calendar }) };
  }

  /** The assigned task as of `asOf`; 404 when the read model has no assigned task with that id. */
  async assignedTask(taskId: string, asOf: string): Promise<TaskAsOf> {
    const row = await this.tasks.findOneBy({ taskId });
    if (row === null || row.assignedAt === null) {
      throw new NotFoundException(problem('not-found', 'Not found', 404, `Không tìm thấy nhiệm vụ ${taskId}.`, { taskId }));
    }
    return this.asOf(row, asOf);
  }
}
