import type { FactoryProvider } from '@nestjs/common';
import { getRepositoryToken } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { WorkingDayCalendar } from '@lib/domain/calendar';
import { FindingEntity, FindingTaskEntity, ResponsibilityQuery } from '@lib/read-models/findings';
import { HandoverEntity, HandoverNetworkQuery, TaskAsOfReader, TaskListQuery, TaskSummaryEntity } from '@lib/read-models/task-custody';
import type { AppConfig } from '@lib/service';
import { WORKING_DAY_CALENDAR } from '../calendar/calendar.provider';
import { APP_CONFIG } from '../database/database.tokens';
import { OrganisationReadModel } from '../org/organisation.read-model';

/**
 * The read-model queries (classes of `@lib/read-models/*`, free of Nest) as Nest providers: each built from the
 * TypeORM repositories of the module that lists it and from the app's calendar, configuration and organisation.
 */
export const TASK_AS_OF_READER_PROVIDER: FactoryProvider<TaskAsOfReader> = {
  provide: TaskAsOfReader,
  inject: [getRepositoryToken(TaskSummaryEntity), WORKING_DAY_CALENDAR],
  useFactory: (tasks: Repository<TaskSummaryEntity>, calendar: WorkingDayCalendar) => new TaskAsOfReader(tasks, calendar),
};

export const TASK_LIST_QUERY_PROVIDER: FactoryProvider<TaskListQuery> = {
  provide: TaskListQuery,
  inject: [getRepositoryToken(TaskSummaryEntity), TaskAsOfReader, OrganisationReadModel],
  useFactory: (tasks: Repository<TaskSummaryEntity>, reader: TaskAsOfReader, organisation: OrganisationReadModel) =>
    new TaskListQuery(tasks, reader, organisation),
};

export const HANDOVER_NETWORK_QUERY_PROVIDER: FactoryProvider<HandoverNetworkQuery> = {
  provide: HandoverNetworkQuery,
  inject: [getRepositoryToken(TaskSummaryEntity), getRepositoryToken(HandoverEntity), TaskAsOfReader],
  useFactory: (tasks: Repository<TaskSummaryEntity>, handovers: Repository<HandoverEntity>, reader: TaskAsOfReader) =>
    new HandoverNetworkQuery(tasks, handovers, reader),
};

export const RESPONSIBILITY_QUERY_PROVIDER: FactoryProvider<ResponsibilityQuery> = {
  provide: ResponsibilityQuery,
  inject: [
    WORKING_DAY_CALENDAR,
    APP_CONFIG,
    getRepositoryToken(FindingTaskEntity),
    getRepositoryToken(FindingEntity),
    OrganisationReadModel,
  ],
  useFactory: (
    calendar: WorkingDayCalendar,
    config: AppConfig,
    ruleInputs: Repository<FindingTaskEntity>,
    findings: Repository<FindingEntity>,
    organisation: OrganisationReadModel,
  ) => new ResponsibilityQuery(calendar, config.rules.resolved, ruleInputs, findings, organisation),
};
