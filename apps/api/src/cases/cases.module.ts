import { Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { EventStore } from '@lib/event-store';
import { CasesQuery } from '@lib/read-models/cases';
import type { AppConfig } from '@lib/service';
import { CLOCK, type Clock } from '../clock/clock';
import { APP_CONFIG } from '../database/database.tokens';
import { EVENT_STORE, EventStoreModule } from '../event-store/event-store.module';
import { FindingEntity, FindingTaskEntity } from '@lib/read-models/findings';
import { FindingsModule } from '../findings/findings.module';
import { LedgerModule } from '../ledger/ledger.module';
import { OrgModule } from '../org/org.module';
import { OrganisationReadModel } from '../org/organisation.read-model';
import { RESPONSIBILITY_QUERY_PROVIDER, TASK_AS_OF_READER_PROVIDER } from '../read-models/read-models.providers';
import { TaskSummaryEntity } from '@lib/read-models/task-custody';
import { SubjectLocks } from './subject-lock';
import { CaseCommandService } from './case-command.service';
import { CaseOptionsService } from './case-options.service';
import { CasesController } from './cases.controller';
import { EvidenceBundleService } from './evidence-bundle.service';
import { EvidenceLedgerService } from './evidence-ledger.service';

/**
 * Disciplinary cases (Home Affairs) over HTTP. The custody and attribution readers are stateless providers
 * of the read models, instantiated here on the same tables rather than exported from ReadModelsModule.
 */
@Module({
  imports: [
    EventStoreModule,
    OrgModule,
    FindingsModule,
    LedgerModule,
    TypeOrmModule.forFeature([TaskSummaryEntity, FindingTaskEntity, FindingEntity]),
  ],
  controllers: [CasesController],
  providers: [
    SubjectLocks,
    CaseCommandService,
    CaseOptionsService,
    {
      provide: CasesQuery,
      inject: [getDataSourceToken(), EVENT_STORE, CLOCK, APP_CONFIG, OrganisationReadModel],
      useFactory: (dataSource: DataSource, store: EventStore, clock: Clock, config: AppConfig, organisation: OrganisationReadModel) =>
        new CasesQuery(
          dataSource,
          store,
          () => clock.now(),
          config.caseDeadlineWarningDays,
          // Names as the organisation knows them at each call (it grows as organisation events arrive).
          { fullName: (personId) => organisation.current.person(personId)?.fullName ?? null },
        ),
    },
    EvidenceBundleService,
    EvidenceLedgerService,
    TASK_AS_OF_READER_PROVIDER,
    RESPONSIBILITY_QUERY_PROVIDER,
  ],
})
export class CasesModule {}
