import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { EventStoreModule } from '../event-store/event-store.module';
import { OrgCommandService } from './org-command.service';
import { OrgCommandsController } from './org-commands.controller';
import { CsvBodyMiddleware } from './org-import.body';
import { OrgImportController } from './org-import.controller';
import { OrgImportService } from './org-import.service';
import { OrgQueriesController } from './org-queries.controller';
import { OrganisationReadModel } from './organisation.read-model';

@Module({
  imports: [EventStoreModule],
  controllers: [OrgQueriesController, OrgCommandsController, OrgImportController],
  providers: [OrganisationReadModel, OrgCommandService, OrgImportService],
  exports: [OrganisationReadModel],
})
export class OrgModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CsvBodyMiddleware).forRoutes({ path: 'org/imports', method: RequestMethod.POST });
  }
}
