import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventStoreModule } from '../event-store/event-store.module';
import { FindingEntity, FindingTaskEntity } from '@lib/read-models/findings';
import { FindingsModule } from '../findings/findings.module';
import { OrgModule } from '../org/org.module';
import { RESPONSIBILITY_QUERY_PROVIDER, TASK_AS_OF_READER_PROVIDER } from '../read-models/read-models.providers';
import { TaskSummaryEntity } from '@lib/read-models/task-custody';
import { SubjectLocks } from './subject-lock';
import { CaseCommandService } from './case-command.service';
import { CasesController } from './cases.controller';
import { CasesQuery } from './cases.query';
import { EvidenceBundleService } from './evidence-bundle.service';

/**
 * Disciplinary cases (Home Affairs) over HTTP. The custody and attribution readers are stateless providers
 * of the read models, instantiated here on the same tables rather than exported from ReadModelsModule.
 */
@Module({
  imports: [EventStoreModule, OrgModule, FindingsModule, TypeOrmModule.forFeature([TaskSummaryEntity, FindingTaskEntity, FindingEntity])],
  controllers: [CasesController],
  providers: [
    SubjectLocks,
    CaseCommandService,
    CasesQuery,
    EvidenceBundleService,
    TASK_AS_OF_READER_PROVIDER,
    RESPONSIBILITY_QUERY_PROVIDER,
  ],
})
export class CasesModule {}
