import type { FactoryProvider } from '@nestjs/common';
import { getRepositoryToken } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { WorkingDayCalendar } from '@lib/domain/calendar';
import { HandoverEntity, HandoverNetworkQuery, TaskAsOfReader, TaskListQuery, TaskSummaryEntity } from '@lib/read-models/task-custody';
import { WORKING_DAY_CALENDAR } from '../calendar/calendar.provider';

/**
 * The read-model queries (classes of `@lib/read-models/*`, free of Nest) as Nest providers: each built from the
 * TypeORM repositories of the module that lists it and from the app's calendar.
 */
export const TASK_AS_OF_READER_PROVIDER: FactoryProvider<TaskAsOfReader> = {
  provide: TaskAsOfReader,
  inject: [getRepositoryToken(TaskSummaryEntity), WORKING_DAY_CALENDAR],
  useFactory: (tasks: Repository<TaskSummaryEntity>, calendar: WorkingDayCalendar) => new TaskAsOfReader(tasks, calendar),
};

export const TASK_LIST_QUERY_PROVIDER: FactoryProvider<TaskListQuery> = {
  provide: TaskListQuery,
  inject: [getRepositoryToken(TaskSummaryEntity), TaskAsOfReader],
  useFactory: (tasks: Repository<TaskSummaryEntity>, reader: TaskAsOfReader) => new TaskListQuery(tasks, reader),
};

export const HANDOVER_NETWORK_QUERY_PROVIDER: FactoryProvider<HandoverNetworkQuery> = {
  provide: HandoverNetworkQuery,
  inject: [getRepositoryToken(TaskSummaryEntity), getRepositoryToken(HandoverEntity), TaskAsOfReader],
  useFactory: (tasks: Repository<TaskSummaryEntity>, handovers: Repository<HandoverEntity>, reader: TaskAsOfReader) =>
    new HandoverNetworkQuery(tasks, handovers, reader),
};
