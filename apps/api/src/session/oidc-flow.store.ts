import type { Pool } from 'pg';
import { hashOf } from './session.store';

/** What the callback needs to finish a sign-in begun in this browser. */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUrl: string;
  returnTo: string;
}

/** Rows of `oidc_sign_ins`, keyed by the hash of the id the browser holds in its flow cookie; each is used once. */
export class OidcFlowStore {
  constructor(private readonly pool: Pool) {}

  async insert(flowId: string, flow: OidcFlow, expiresAt: Date, now: Date): Promise<void> {
    await this.pool.query('DELETE FROM oidc_sign_ins WHERE expires_at <= $1', [now]);
    await this.pool.query(
      `INSERT INTO oidc_sign_ins (flow_hash, state, nonce, code_verifier, redirect_url, return_to, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [hashOf(flowId), flow.state, flow.nonce, flow.codeVerifier, flow.redirectUrl, flow.returnTo, expiresAt],
    );
  }

  /** The flow, removed so that it cannot be played twice; undefined when unknown or expired. */
  async take(flowId: string, now: Date): Promise<OidcFlow | undefined> {
    const { rows } = await this.pool.query<{
      state: string;
      nonce: string;
      code_verifier: string;
      redirect_url: string;
      return_to: string;
      expires_at: Date;
    }>('DELETE FROM oidc_sign_ins WHERE flow_hash = $1 RETURNING state, nonce, code_verifier, redirect_url, return_to, expires_at', [
      hashOf(flowId),
    ]);
    const row = rows[0];
    if (!row || row.expires_at.getTime() <= now.getTime()) return undefined;
    return { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, redirectUrl: row.redirect_url, returnTo: row.return_to };
  }
}
