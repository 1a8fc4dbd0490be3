import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { formatVerifierKey, type NoteVerifier } from '@lib/ledger';
import { LedgerEvidenceQuery, LedgerQuery, type LedgerSql } from '@lib/read-models/ledger';
import { resolveLedgerSigner, resolveLedgerVerifier, type AppConfig } from '@lib/service';
import { APP_CONFIG, PG_POOL } from '../database/database.tokens';

/** The ledger as the API reads it: the stored tree and checkpoints, and the log's public key (never its private key). */
@Injectable()
export class LedgerReader {
  readonly query: LedgerQuery;
  /** The checkpoint, leaves and inclusion proofs of the events an evidence bundle cites. */
  readonly evidence: LedgerEvidenceQuery;
  /** The key that verifies the checkpoints; undefined when this deployment signs none. */
  readonly verifier: NoteVerifier | undefined;
  /** Plain SQL over the API's pool, for the ledger's queries and its periodic check. */
  readonly sql: LedgerSql;

  constructor(
    @Inject(PG_POOL) pool: Pool,
    @Inject(APP_CONFIG) readonly config: AppConfig,
  ) {
    this.sql = { query: async (text, params) => (await pool.query(text, params ? [...params] : undefined)).rows };
    this.query = new LedgerQuery(this.sql);
    this.evidence = new LedgerEvidenceQuery(this.sql);
    // LEDGER_VERIFIER_KEY where this instance does not sign (PROJECTOR=external), else the signing key's public half.
    this.verifier = resolveLedgerVerifier(config, resolveLedgerSigner(config));
  }

  /** `<origin>+<key id>+<public key>`: what a verifier or a witness is configured with. */
  verifierKey(): string | undefined {
    return this.verifier ? formatVerifierKey(this.verifier) : undefined;
  }
}
