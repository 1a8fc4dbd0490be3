import { Pool, type PoolConfig } from 'pg';

export interface ResilientPoolOptions {
  connectionString: string;
  max: number;
  /** How long `connect()` (and so every query) waits for a free connection before it rejects. */
  acquireTimeoutMs: number;
  applicationName: string;
  /** Told when an idle connection breaks (the pool then drops it); never thrown. */
  onIdleError?: (error: Error) => void;
}

/**
 * A pg pool that cannot hang a request forever nor crash the process: a bounded wait for a free
 * connection (it then rejects with "timeout exceeded when trying to connect"), TCP keep-alive so a dead
 * server is noticed, and an error listener for idle connections, whose backend may be terminated at any time.
 */
export function createResilientPool(options: ResilientPoolOptions): Pool {
  const config: PoolConfig = {
    connectionString: options.connectionString,
    max: options.max,
    connectionTimeoutMillis: options.acquireTimeoutMs,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    application_name: options.applicationName,
  };
  const pool = new Pool(config);
  pool.on('error', (error) => options.onIdleError?.(error));
  return pool;
}

/** Connection settings of a pool, for a dedicated client that must stay outside it (LISTEN). */
export function connectionConfigOf(pool: Pool): PoolConfig {
  const { max: _max, idleTimeoutMillis: _idle, ...connection } = (pool as unknown as { options: PoolConfig }).options;
  return connection;
}
