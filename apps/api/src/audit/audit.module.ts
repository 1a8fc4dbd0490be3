import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { AuditController } from './audit.controller';

/** GET /audit/events: the log itself, filtered, in log order, with exports. */
@Module({ imports: [OrgModule], controllers: [AuditController] })
export class AuditModule {}
