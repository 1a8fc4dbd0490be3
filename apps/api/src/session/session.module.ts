import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { SESSION_AUTHENTICATOR } from '../auth/session-authenticator';
import { PG_POOL } from '../database/database.tokens';
import { EventStoreModule } from '../event-store/event-store.module';
import { OrgModule } from '../org/org.module';
import { DemoSignInService } from './demo-sign-in.service';
import { OidcController } from './oidc.controller';
import { OidcFlowStore } from './oidc-flow.store';
import { OIDC_FLOW_STORE, OidcSignInService } from './oidc-sign-in.service';
import { SessionController } from './session.controller';
import { SESSION_STORE, SessionService } from './session.service';
import { SessionStore } from './session.store';

/**
 * The console's browser sessions: sign-in (demo people, OpenID Connect), GET /session, sign-out. The guard finds
 * a session from its cookie through SESSION_AUTHENTICATOR, exported here.
 */
@Module({
  imports: [EventStoreModule, OrgModule],
  controllers: [SessionController, OidcController],
  providers: [
    { provide: SESSION_STORE, inject: [PG_POOL], useFactory: (pool: Pool) => new SessionStore(pool) },
    { provide: OIDC_FLOW_STORE, inject: [PG_POOL], useFactory: (pool: Pool) => new OidcFlowStore(pool) },
    SessionService,
    DemoSignInService,
    OidcSignInService,
    { provide: SESSION_AUTHENTICATOR, useExisting: SessionService },
  ],
  exports: [SESSION_AUTHENTICATOR],
})
export class SessionModule {}
