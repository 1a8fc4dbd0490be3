import { Pool, type ClientBase, type PoolConfig } from 'pg';

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
    ...keepErrorsHeard(options.onIdleError),
  };
  const pool = new Pool(config);
  pool.on('error', (error) => options.onIdleError?.(error));
  return pool;
}

/**
 * Pool options that give every connection an 'error' listener for its whole life. The pool removes its own
 * listener when it hands a connection out, and a consumer that awaits `connect()` attaches its listener a
 * microtask later: a connection terminated in that gap (its FATAL message parsed in the same chunk as the
 * answer that freed it) would emit an unheard 'error' and end the process. Failures still reach their
 * queries; this listener only keeps the event from being unheard. Pass to any pg pool (TypeORM's `extra`).
 */
export function keepErrorsHeard(onError: (error: Error) => void = () => undefined): { onConnect: (client: ClientBase) => void } {
  return {
    onConnect: (client) => {
      client.on('error', onError);
    },
  };
}

/** Connection settings of a pool, for a dedicated client that must stay outside it (LISTEN). */
export function connectionConfigOf(pool: Pool): PoolConfig {
  const { max: _max, idleTimeoutMillis: _idle, ...connection } = (pool as unknown as { options: PoolConfig }).options;
  return connection;
}
