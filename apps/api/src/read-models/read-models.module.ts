import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TaskAsOfReader } from '@lib/read-models/task-custody';
import { ResponsibilityQuery } from '@lib/read-models/findings';
import { OrgModule } from '../org/org.module';
import { CustodyViewController } from './custody/custody.controller';
import { HandoverNetworkController } from './handover-network/handover-network.controller';
import { READ_MODEL_ENTITIES } from './read-models.data-source';
import {
  HANDOVER_NETWORK_QUERY_PROVIDER,
  RESPONSIBILITY_QUERY_PROVIDER,
  TASK_AS_OF_READER_PROVIDER,
  TASK_LIST_QUERY_PROVIDER,
} from './read-models.providers';
import { ResponsibilityController } from './responsibility/responsibility.controller';
import { TaskListController } from './task-summary/task-list.controller';

/**
 * Queries over the projector's read models (classes of `@lib/read-models/*`), through TypeORM repositories on the
 * tables the task_custody projection writes (the projections themselves are listed in SERVICE_PROJECTIONS).
 * Needs `ReadModelsTypeOrmModule` (the DataSource) in the application.
 */
@Module({
  imports: [OrgModule, TypeOrmModule.forFeature(READ_MODEL_ENTITIES)],
  controllers: [TaskListController, CustodyViewController, ResponsibilityController, HandoverNetworkController],
  providers: [TASK_AS_OF_READER_PROVIDER, TASK_LIST_QUERY_PROVIDER, RESPONSIBILITY_QUERY_PROVIDER, HANDOVER_NETWORK_QUERY_PROVIDER],
  exports: [TaskAsOfReader, ResponsibilityQuery],
})
export class ReadModelsModule {}
