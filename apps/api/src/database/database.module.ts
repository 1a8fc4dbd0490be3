import { Global, Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { runMigrations } from '@lib/database';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, PG_POOL } from './database.tokens';
import { serviceMigrations } from './service-migrations';

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
  /** A pg pool on `databaseUrl`, with every migration applied before anything uses it. */
  static forRoot(config: AppConfig & { databaseUrl: string }): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        {
          provide: PG_POOL,
          useFactory: async () => {
            const pool = new Pool({ connectionString: config.databaseUrl, max: config.databasePoolSize, application_name: 'ro-trach-nhiem' });
            pool.on('error', (error) => new Logger('Database').error(`idle connection error: ${error.message}`));
            const logger = new Logger('Migrations');
            await runMigrations(pool, serviceMigrations, (line) => logger.log(line));
            return pool;
          },
        },
        PoolCloser,
      ],
      exports: [PG_POOL, APP_CONFIG],
    };
  }
}
