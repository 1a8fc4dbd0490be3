import { Module } from '@nestjs/common';
import { EventStoreModule } from '../event-store/event-store.module';
import { OrgModule } from '../org/org.module';
import { AssessmentController } from './assessment.controller';
import { ClosureController } from './closure.controller';
import { CustodyController } from './custody.controller';
import { DeliberationController } from './deliberation.controller';
import { DossierController } from './dossier.controller';
import { EntriesController } from './entries.controller';
import { TaskCommandRecorder } from './task-command.recorder';
import { TaskCommandSender } from './task-command.sender';
import { TasksController } from './tasks.controller';

@Module({
  imports: [EventStoreModule, OrgModule],
  controllers: [
    TasksController,
    CustodyController,
    DeliberationController,
    ClosureController,
    DossierController,
    EntriesController,
    AssessmentController,
  ],
  providers: [TaskCommandRecorder, TaskCommandSender],
  exports: [TaskCommandRecorder],
})
export class TasksModule {}
