import type { Pool } from 'pg';

export interface RememberedResponse {
  requestHash: string;
  status: number;
  response: unknown;
}

/** Responses of commands sent with an Idempotency-Key, kept per principal. */
export class IdempotencyStore {
  constructor(private readonly pool: Pool) {}

  /** Runs `work` while no other request of this principal with this key runs (a session advisory lock). */
  async exclusively<T>(principalId: string, key: string, work: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const lockName = `${principalId}\n${key}`;
    try {
      await client.query('SELECT pg_advisory_lock(hashtextextended($1, 7))', [lockName]);
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 7))', [lockName]).catch(() => undefined);
      client.release();
    }
  }

  async find(principalId: string, key: string): Promise<RememberedResponse | undefined> {
    const { rows } = await this.pool.query<{ request_hash: string; status: number; response: unknown }>(
      'SELECT request_hash, status, response FROM idempotency_keys WHERE principal_id = $1 AND key = $2',
      [principalId, key],
    );
    const row = rows[0];
    return row ? { requestHash: row.request_hash, status: row.status, response: row.response } : undefined;
  }

  async remember(principalId: string, key: string, remembered: RememberedResponse): Promise<void> {
    await this.pool.query(
      `INSERT INTO idempotency_keys (principal_id, key, request_hash, status, response) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (principal_id, key) DO NOTHING`,
      [principalId, key, remembered.requestHash, remembered.status, JSON.stringify(remembered.response)],
    );
  }
}
