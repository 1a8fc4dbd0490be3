import type { Pool } from 'pg';

export interface RememberedResponse {
  requestHash: string;
  status: number;
  response: unknown;
}

/** What a request finds when it tries to claim its key. */
export type KeyClaim =
  /** The key is this request's: run the command, then `complete` or `release`. */
  | { kind: 'claimed' }
  /** A request with this key already ended: replay (same body) or refuse (another body). */
  | { kind: 'done'; remembered: RememberedResponse }
  /** A request with this key is running now. */
  | { kind: 'busy' };

interface ClaimRow {
  claimed: boolean;
  request_hash: string;
  status: number | null;
  response: unknown;
}

/**
 * Responses of commands sent with an Idempotency-Key, kept per principal. A key is claimed by inserting
 * its row (status null) in one autocommitted statement, so no connection is held while the command runs;
 * the row is completed with the response, or deleted when the command fails. A claim older than the lease
 * belongs to a request that died with its process, and is taken over: the command itself is idempotent by
 * its command id, so running it again records nothing twice.
 */
export class IdempotencyStore {
  constructor(
    private readonly pool: Pool,
    private readonly leaseMs = 60_000,
  ) {}

  async claim(principalId: string, key: string, requestHash: string): Promise<KeyClaim> {
    const { rows } = await this.pool.query<ClaimRow>(
      `WITH claim AS (
         INSERT INTO idempotency_keys AS k (principal_id, key, request_hash, status, response, claimed_at)
         VALUES ($1, $2, $3, NULL, NULL, now())
         ON CONFLICT (principal_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, claimed_at = now()
          WHERE k.status IS NULL AND k.claimed_at < now() - make_interval(secs => $4::double precision / 1000)
         RETURNING true AS claimed, k.request_hash, k.status, k.response
       )
       SELECT claimed, request_hash, status, response FROM claim
       UNION ALL
       SELECT false, request_hash, status, response FROM idempotency_keys
        WHERE principal_id = $1 AND key = $2 AND NOT EXISTS (SELECT 1 FROM claim)`,
      [principalId, key, requestHash, this.leaseMs],
    );
    const row = rows[0];
    if (!row) return { kind: 'busy' };
    if (row.claimed) return { kind: 'claimed' };
    if (row.status === null) return { kind: 'busy' };
    return { kind: 'done', remembered: { requestHash: row.request_hash, status: row.status, response: row.response } };
  }

  async complete(principalId: string, key: string, status: number, response: unknown): Promise<void> {
    await this.pool.query('UPDATE idempotency_keys SET status = $3, response = $4 WHERE principal_id = $1 AND key = $2', [
      principalId,
      key,
      status,
      JSON.stringify(response ?? null),
    ]);
  }

  /** The command failed: the key is free again, so a retry runs it anew. */
  async release(principalId: string, key: string): Promise<void> {
    await this.pool.query('DELETE FROM idempotency_keys WHERE principal_id = $1 AND key = $2 AND status IS NULL', [principalId, key]);
  }
}
