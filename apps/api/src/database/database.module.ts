import { Global, Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { createResilientPool } from '@lib/database';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, PG_POOL } from './database.tokens';
import { prepareDatabase } from './database-preparation';
import { isShuttingDown } from './shutdown-state';

@Injectable()
class PoolCloser implements OnApplicationShutdown {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}
  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  /** A pg pool on `databaseUrl`, with every migration applied (as the owner, when one is configured) before anything uses it. */
  static forRoot(config: AppConfig & { databaseUrl: string }): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        {
          provide: PG_POOL,
          useFactory: async () => {
            const pool = createResilientPool({
              connectionString: config.databaseUrl,
              max: config.databasePoolSize,
              acquireTimeoutMs: config.databaseAcquireTimeoutMs,
              applicationName: 'ro-trach-nhiem',
              onIdleError: (error) => {
                if (!isShuttingDown()) new Logger('Database').warn(`an idle connection broke and was dropped: ${error.message}`);
              },
            });
            const logger = new Logger('Migrations');
            await prepareDatabase(config, pool, (line) => logger.log(line), (line) => logger.warn(line));
            return pool;
          },
        },
        PoolCloser,
      ],
      exports: [PG_POOL, APP_CONFIG],
    };
  }
}
