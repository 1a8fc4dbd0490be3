import { keepErrorsHeard } from '@lib/database';
import { READ_MODEL_ENTITIES } from '@lib/read-models/catalogue';
import { TypeOrmModule, type TypeOrmModuleOptions } from '@nestjs/typeorm';
import type { AppConfig } from '@lib/service';
import { APP_CONFIG, PG_POOL } from '../database/database.tokens';

export { READ_MODEL_ENTITIES };

/** Queries are short reads; the event store, migrations and projector keep their own pg pool. */
export const READ_MODELS_POOL_SIZE = 4;

/**
 * TypeORM for the read-model queries only. The schema belongs to the SQL migration runner
 * (`runMigrations`, ids 0200_…): TypeORM never synchronises, never runs or keeps migrations.
 */
function readModelsDataSourceOptions(
  config: Pick<AppConfig, 'databaseUrl' | 'databaseAcquireTimeoutMs'> & { databaseUrl: string },
): TypeOrmModuleOptions {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    applicationName: 'ro-trach-nhiem-read-models',
    entities: READ_MODEL_ENTITIES,
    synchronize: false,
    migrationsRun: false,
    migrations: [],
    dropSchema: false,
    poolSize: READ_MODELS_POOL_SIZE,
    // Passed to its pg pool: a bounded wait for a connection (then 503), and dead servers noticed.
    extra: { connectionTimeoutMillis: config.databaseAcquireTimeoutMs, keepAlive: true, ...keepErrorsHeard() },
    logging: false,
    retryAttempts: 3,
    retryDelay: 500,
  };
}

/**
 * The DataSource, opened once `PG_POOL` exists: that factory applies every migration first, so the
 * tables are there before any query runs.
 */
export const ReadModelsTypeOrmModule = TypeOrmModule.forRootAsync({
  inject: [APP_CONFIG, PG_POOL],
  useFactory: (config: AppConfig & { databaseUrl: string }) => readModelsDataSourceOptions(config),
});
