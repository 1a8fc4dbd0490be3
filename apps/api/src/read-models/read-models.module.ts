import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgModule } from '../org/org.module';
import { CustodyViewController } from './custody/custody.controller';
import { TaskAsOfReader } from './custody/task-as-of.reader';
import { HandoverNetworkController } from './handover-network/handover-network.controller';
import { HandoverNetworkQuery } from './handover-network/handover-network.query';
import { READ_MODEL_ENTITIES } from './read-models.data-source';
import { ResponsibilityController } from './responsibility/responsibility.controller';
import { ResponsibilityQuery } from './responsibility/responsibility.query';
import { TaskListController } from './task-summary/task-list.controller';
import { TaskListQuery } from './task-summary/task-list.query';

/**
 * Queries over the projector's read models, through TypeORM repositories on the tables the
 * task_custody projection writes (the projections themselves are listed in SERVICE_PROJECTIONS).
 * Needs `ReadModelsTypeOrmModule` (the DataSource) in the application.
 */
@Module({
  imports: [OrgModule, TypeOrmModule.forFeature(READ_MODEL_ENTITIES)],
  controllers: [TaskListController, CustodyViewController, ResponsibilityController, HandoverNetworkController],
  providers: [TaskAsOfReader, TaskListQuery, ResponsibilityQuery, HandoverNetworkQuery],
  exports: [TaskAsOfReader, ResponsibilityQuery],
})
export class ReadModelsModule {}
