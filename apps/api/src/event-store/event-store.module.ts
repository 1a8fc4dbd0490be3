import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { PostgresEventStore } from '@lib/event-store';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, PG_POOL } from '../database/database.tokens';

export const EVENT_STORE = Symbol('EVENT_STORE');

@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [PG_POOL, APP_CONFIG],
      useFactory: (pool: Pool, config: AppConfig) =>
        new PostgresEventStore(pool, { maxEventBytes: config.maxEventBytes, notify: config.eventStoreNotify }),
    },
  ],
  exports: [EVENT_STORE],
})
export class EventStoreModule {}
