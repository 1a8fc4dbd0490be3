import { Global, Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { JurisdictionService } from './jurisdiction.service';

/** Read checks by jurisdiction, available to every module (inject `JurisdictionService`). */
@Global()
@Module({ imports: [OrgModule], providers: [JurisdictionService], exports: [JurisdictionService] })
export class JurisdictionModule {}
