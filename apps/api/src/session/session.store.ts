import { createHash, randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import type { Principal } from '../auth/principal';

export type SignInMethod = 'demo' | 'oidc';

export interface StoredSession {
  principal: Principal;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** A new random id for the browser to hold: 256 bits from the system's CSPRNG. */
export function newOpaqueId(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of an id the browser holds. */
export function hashOf(opaqueId: string): string {
  return createHash('sha256').update(opaqueId).digest('hex');
}

/** Rows of `sessions`: only the hash of each id, the principal, and the times that end it. */
export class SessionStore {
  constructor(private readonly pool: Pool) {}

  async insert(sessionId: string, principal: Principal, method: SignInMethod, now: Date, expiresAt: Date): Promise<void> {
    await this.pool.query(
      `INSERT INTO sessions (id_hash, person_id, principal, method, created_at, last_seen_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $5, $6)`,
      [hashOf(sessionId), principal.personId, JSON.stringify(principal), method, now, expiresAt],
    );
  }

  async find(sessionId: string): Promise<StoredSession | undefined> {
    const { rows } = await this.pool.query<{ principal: Principal; last_seen_at: Date; expires_at: Date }>(
      'SELECT principal, last_seen_at, expires_at FROM sessions WHERE id_hash = $1',
      [hashOf(sessionId)],
    );
    const row = rows[0];
    return row && { principal: row.principal, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at };
  }

  async touch(sessionId: string, now: Date): Promise<void> {
    await this.pool.query('UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1 AND last_seen_at < $2', [hashOf(sessionId), now]);
  }

  async delete(sessionId: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE id_hash = $1', [hashOf(sessionId)]);
  }

  /** Drops sessions past their absolute end or idle for longer than `idleSeconds`. */
  async purgeEnded(now: Date, idleSeconds: number): Promise<void> {
    await this.pool.query(`DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $1 - make_interval(secs => $2)`, [
      now,
      idleSeconds,
    ]);
  }
}
