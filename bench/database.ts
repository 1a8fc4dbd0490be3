import { randomBytes } from 'node:crypto';
import { Pool, type PoolConfig } from 'pg';
import { withAdmin } from '../test/support/test-database';

export interface BenchDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

/** A throwaway database on the server at `serverUrl`, dropped (forcefully) when the bench ends. */
export async function createDatabase(serverUrl: string, prefix: string): Promise<BenchDatabase> {
  const name = `bench_${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`.toLowerCase();
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

export async function serverFacts(serverUrl: string): Promise<Record<string, string>> {
  return withAdmin(serverUrl, async (admin) => {
    const facts: Record<string, string> = {};
    for (const setting of ['server_version', 'fsync', 'synchronous_commit', 'wal_sync_method', 'shared_buffers', 'max_connections']) {
      const { rows } = await admin.query<{ value: string }>(`SELECT current_setting($1) AS value`, [setting]);
      facts[setting] = rows[0]!.value;
    }
    return facts;
  });
}

/**
 * A pool whose idle connections may be ended by the bench dropping its database (`WITH (FORCE)`): the error an
 * idle client then raises is expected, and unheard it would end the process.
 */
export function benchPool(config: PoolConfig): Pool {
  const pool = new Pool(config);
  pool.on('error', () => undefined);
  return pool;
}
