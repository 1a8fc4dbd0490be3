import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventStoreModule } from '../event-store/event-store.module';
import { OrgModule } from '../org/org.module';
import { TaskSummaryEntity } from '@lib/read-models/task-custody';
import { DeadlineWatcher } from './deadline-watcher.service';
import { FindingEntity, FindingPartyEntity, FindingTaskEntity } from '@lib/read-models/findings';
import { FindingReviewService } from './finding-review.service';
import { FindingsController } from './findings.controller';
import { FindingsQuery } from './findings.query';
import { RulesController } from './rules.controller';

/** Findings and their review over HTTP, the rule catalogue in force, and the deadline watcher. */
@Module({
  imports: [
    EventStoreModule,
    OrgModule,
    TypeOrmModule.forFeature([FindingEntity, FindingPartyEntity, FindingTaskEntity, TaskSummaryEntity]),
  ],
  controllers: [FindingsController, RulesController],
  providers: [FindingsQuery, FindingReviewService, DeadlineWatcher],
  exports: [FindingsQuery, DeadlineWatcher],
})
export class FindingsModule {}
