import type { Pool } from 'pg';
import { createResilientPool } from '@lib/database';
import type { AppConfig } from './app-config';
import { prepareDatabase } from './database-preparation';

export interface ServicePoolLog {
  migrations: (line: string) => void;
  warn: (line: string) => void;
  /** An idle connection broke (the pool drops it). */
  idleError: (error: Error) => void;
}

/** The service's pg pool on `databaseUrl`, with every migration applied (as the owner, when one is configured) before it is returned. */
export async function openServicePool(config: AppConfig & { databaseUrl: string }, log: ServicePoolLog): Promise<Pool> {
  const pool = createResilientPool({
    connectionString: config.databaseUrl,
    max: config.databasePoolSize,
    acquireTimeoutMs: config.databaseAcquireTimeoutMs,
    applicationName: 'ro-trach-nhiem',
    onIdleError: log.idleError,
  });
  await prepareDatabase(config, pool, log.migrations, log.warn);
  return pool;
}
