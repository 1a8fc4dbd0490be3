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
  /** A request with this key is running now (or died with its process: its claim lapses in `retryAfterSeconds`). */
  | { kind: 'busy'; retryAfterSeconds: number };

interface ClaimRow {
  claimed: boolean;
  lapses_in_ms: number;
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
    private readonly leaseMs = 30_000,
  ) {}

  async claim(principalId: string, key: string, requestHash: string): Promise<KeyClaim> {
    const { rows } = await this.pool.query<ClaimRow>(
      `WITH claim AS (
         INSERT INTO idempotency_keys AS k (principal_id, key, request_hash, status, response, claimed_at)
         VALUES ($1, $2, $3, NULL, NULL, now())
         ON CONFLICT (principal_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, claimed_at = now()
          WHERE k.status IS NULL AND k.claimed_at < now() - make_interval(secs => $4::double precision / 1000)
         RETURNING true AS claimed, 0::float8 AS lapses_in_ms, k.request_hash, k.status, k.response
       )
       SELECT claimed, lapses_in_ms, request_hash, status, response FROM claim
       UNION ALL
       SELECT false, $4::float8 - extract(epoch FROM now() - claimed_at) * 1000, request_hash, status, response FROM idempotency_keys
        WHERE principal_id = $1 AND key = $2 AND NOT EXISTS (SELECT 1 FROM claim)`,
      [principalId, key, requestHash, this.leaseMs],
    );
    const row = rows[0];
    if (!row) return { kind: 'busy', retryAfterSeconds: 1 };
    if (row.claimed) return { kind: 'claimed' };
    if (row.status === null) return { kind: 'busy', retryAfterSeconds: Math.max(1, Math.ceil(row.lapses_in_ms / 1000)) };
    return { kind: 'done', remembered: { requestHash: row.request_hash, status: row.status, response: row.response } };
  }

  /** Tried a few times like `release`; a claim left pending lapses after the lease and the command replays. */
  async complete(principalId: string, key: string, status: number, response: unknown): Promise<void> {
    await retried(() =>
      this.pool.query('UPDATE idempotency_keys SET status = $3, response = $4 WHERE principal_id = $1 AND key = $2', [
        principalId,
        key,
        status,
        JSON.stringify(response ?? null),
      ]),
    );
  }

  /**
   * The command failed: the key is free again, so a retry runs it anew. Tried a few times, since the
   * failure is often a connection that just broke; a claim left behind lapses after the lease.
   */
  async release(principalId: string, key: string): Promise<void> {
    await retried(() =>
      this.pool.query('DELETE FROM idempotency_keys WHERE principal_id = $1 AND key = $2 AND status IS NULL', [principalId, key]),
    );
  }
}

async function retried(work: () => Promise<unknown>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await work();
      return;
    } catch (error) {
      if (attempt >= 2) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    }
  }
}
