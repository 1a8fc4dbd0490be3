import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import type { Pool } from 'pg';
import { JwtAuthGuard, TOKEN_SERVICE } from './auth/jwt-auth.guard';
import type { TokenKeys } from './auth/token-keys';
import { TokenService } from './auth/token-service';
import { AccessLogModule } from './access-log/access-log.module';
import { AuditModule } from './audit/audit.module';
import { CalendarController } from './calendar/calendar.controller';
import { WORKING_DAY_CALENDAR, workingDayCalendar } from './calendar/calendar.provider';
import { CasesModule } from './cases/cases.module';
import { CLOCK, systemClock, type Clock } from './clock/clock';
import { consoleStaticModules } from './console/console-static.module';
import type { AppConfig } from '@lib/service';
import { DatabaseModule } from './database/database.module';
import { PG_POOL } from './database/database.tokens';
import { EventStoreModule } from './event-store/event-store.module';
import { FindingsModule } from './findings/findings.module';
import { HealthController } from './health/health.controller';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { ProblemsController } from './http/problems.controller';
import { RouteParamTextPipe } from './http/route-param-text.pipe';
import { createValidationPipe } from './http/validation.pipe';
import { IDEMPOTENCY_STORE, IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { IdempotencyStore } from './idempotency/idempotency.store';
import { JurisdictionModule } from './jurisdiction/jurisdiction.module';
import { LedgerModule } from './ledger/ledger.module';
import { OrgModule } from './org/org.module';
import { ProjectionsModule } from './projections/projections.module';
import { PrincipalRateLimitGuard } from './rate-limit/principal-rate-limit.guard';
import { ReadModelsTypeOrmModule } from './read-models/read-models.data-source';
import { ReadModelsModule } from './read-models/read-models.module';
import { ReportsModule } from './reports/reports.module';
import { SessionModule } from './session/session.module';
import { TasksModule } from './tasks/tasks.module';

export interface AppDependencies {
  tokenKeys: TokenKeys;
  clock?: Clock;
}

@Global()
@Module({})
export class AppModule {
  static forRoot(config: AppConfig & { databaseUrl: string }, dependencies: AppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(config),
        EventStoreModule,
        OrgModule,
        TasksModule,
        ProjectionsModule.forRoot({ runProjector: config.projector === 'inline' }),
        ReadModelsTypeOrmModule,
        ReadModelsModule,
        FindingsModule,
        JurisdictionModule,
        CasesModule,
        ReportsModule,
        AccessLogModule,
        AuditModule,
        LedgerModule,
        SessionModule,
        // Last: the console's files and pages come after every API route (and never replace one).
        ...consoleStaticModules(),
      ],
      controllers: [HealthController, CalendarController, ProblemsController],
      providers: [
        { provide: CLOCK, useValue: dependencies.clock ?? systemClock },
        { provide: WORKING_DAY_CALENDAR, useFactory: workingDayCalendar },
        { provide: TOKEN_SERVICE, useValue: new TokenService(dependencies.tokenKeys, config) },
        { provide: IDEMPOTENCY_STORE, inject: [PG_POOL], useFactory: (pool: Pool) => new IdempotencyStore(pool) },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        // After the token guard: it counts the principal that guard found.
        { provide: APP_GUARD, useClass: PrincipalRateLimitGuard },
        { provide: APP_PIPE, useClass: RouteParamTextPipe },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
      exports: [CLOCK, WORKING_DAY_CALENDAR, TOKEN_SERVICE],
    };
  }
}
