import { Module } from '@nestjs/common';
import { EventStoreModule } from '../event-store/event-store.module';
import { OrgModule } from '../org/org.module';
import { AuditController } from './audit.controller';

/** GET /audit/events: the log itself, filtered, in log order, with exports and self-corrections marked. */
@Module({ imports: [EventStoreModule, OrgModule], controllers: [AuditController] })
export class AuditModule {}
