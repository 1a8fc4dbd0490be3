import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { serviceEventStore, type AppConfig } from '@lib/service';
import { APP_CONFIG, PG_POOL } from '../database/database.tokens';

export const EVENT_STORE = Symbol('EVENT_STORE');

@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [PG_POOL, APP_CONFIG],
      useFactory: (pool: Pool, config: AppConfig) => serviceEventStore(pool, config),
    },
  ],
  exports: [EVENT_STORE],
})
export class EventStoreModule {}
