import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventStoreModule } from '../event-store/event-store.module';
import { OrgModule } from '../org/org.module';
import { AssessmentController } from './assessment.controller';
import { ClosureController } from './closure.controller';
import { CustodyController } from './custody.controller';
import { DeliberationController } from './deliberation.controller';
import { DossierController } from './dossier.controller';
import { EntriesController } from './entries.controller';
import { RecordTaskCommandHandler } from './record-task-command.handler';
import { TaskCommandSender } from './task-command.sender';
import { TasksController } from './tasks.controller';

@Module({
  imports: [CqrsModule, EventStoreModule, OrgModule],
  controllers: [TasksController, CustodyController, DeliberationController, ClosureController, DossierController, EntriesController, AssessmentController],
  providers: [RecordTaskCommandHandler, TaskCommandSender],
})
export class TasksModule {}
