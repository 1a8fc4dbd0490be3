import { Module } from '@nestjs/common';
import { getRepositoryToken, TypeOrmModule } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { EventStore } from '@lib/event-store';
import { EVENT_STORE, EventStoreModule } from '../event-store/event-store.module';
import { OrgModule } from '../org/org.module';
import { OrganisationReadModel } from '../org/organisation.read-model';
import { TaskSummaryEntity } from '@lib/read-models/task-custody';
import { DeadlineWatcher } from './deadline-watcher.service';
import { FindingEntity, FindingPartyEntity, FindingsQuery, FindingTaskEntity } from '@lib/read-models/findings';
import { FindingReviewService } from './finding-review.service';
import { FindingsController } from './findings.controller';
import { RulesController } from './rules.controller';

/** Findings and their review over HTTP, the rule catalogue in force, and the deadline watcher. */
@Module({
  imports: [
    EventStoreModule,
    OrgModule,
    TypeOrmModule.forFeature([FindingEntity, FindingPartyEntity, FindingTaskEntity, TaskSummaryEntity]),
  ],
  controllers: [FindingsController, RulesController],
  providers: [
    {
      provide: FindingsQuery,
      inject: [getRepositoryToken(FindingEntity), getRepositoryToken(TaskSummaryEntity), EVENT_STORE, OrganisationReadModel],
      useFactory: (
        findings: Repository<FindingEntity>,
        tasks: Repository<TaskSummaryEntity>,
        store: EventStore,
        organisation: OrganisationReadModel,
      ) => new FindingsQuery(findings, tasks, store, organisation),
    },
    FindingReviewService,
    DeadlineWatcher,
  ],
  exports: [FindingsQuery, DeadlineWatcher],
})
export class FindingsModule {}
