import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FindingEntity, FindingPartyEntity, FindingTaskEntity } from '@lib/read-models/findings';
import { OrgModule } from '../org/org.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { TaskSummaryEntity } from '@lib/read-models/task-custody';
import { ReportDataLoader } from './report-data.loader';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** GET /reports/…: per-person and per-unit figures, the Office's status report and rankings, as JSON, CSV or XLSX. */
@Module({
  imports: [
    OrgModule,
    ReadModelsModule,
    TypeOrmModule.forFeature([TaskSummaryEntity, FindingEntity, FindingPartyEntity, FindingTaskEntity]),
  ],
  controllers: [ReportsController],
  providers: [ReportDataLoader, ReportsService],
})
export class ReportsModule {}
