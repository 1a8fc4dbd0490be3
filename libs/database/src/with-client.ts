import type { Pool, PoolClient } from 'pg';
import { isTransientDatabaseError } from './database-errors';

/**
 * Runs `work` on one pooled connection. While it is checked out, an error on the connection (its backend
 * terminated, the server gone) is caught here instead of crashing the process as an unheard 'error' event,
 * and a broken connection is destroyed rather than handed back to the pool.
 */
export async function withClient<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (error: Error): void => void (broken = error);
  client.on('error', onError);
  try {
    return await work(client);
  } catch (error) {
    broken ??= isTransientDatabaseError(error) ? (error as Error) : undefined;
    throw error;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}
