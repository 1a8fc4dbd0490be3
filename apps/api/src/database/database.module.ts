import { Global, Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { openServicePool, type AppConfig } from '@lib/service';
import { APP_CONFIG, PG_POOL } from './database.tokens';
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
            const logger = new Logger('Migrations');
            return openServicePool(config, {
              migrations: (line) => logger.log(line),
              warn: (line) => logger.warn(line),
              idleError: (error) => {
                if (!isShuttingDown()) new Logger('Database').warn(`an idle connection broke and was dropped: ${error.message}`);
              },
            });
          },
        },
        PoolCloser,
      ],
      exports: [PG_POOL, APP_CONFIG],
    };
  }
}
