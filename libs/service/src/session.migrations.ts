import type { Migration } from '@lib/database';

/**
 * Browser sessions of the console, and OpenID Connect sign-ins under way. Both are the service's own working
 * tables (not logs): it reads, inserts, updates and deletes their rows, as with idempotency keys. Only hashes of
 * the random ids the browser holds are stored, so a copy of the table lets no one act as a signed-in person.
 */
export const sessionMigrations: ReadonlyArray<Migration> = [
  {
    id: '0120_sessions',
    description: 'browser sessions (hashed ids, the principal, idle and absolute expiry) and OIDC sign-ins under way',
    sql: `
CREATE TABLE sessions (
  id_hash      text PRIMARY KEY,
  person_id    text NOT NULL,
  principal    jsonb NOT NULL,
  method       text NOT NULL CHECK (method IN ('demo', 'oidc')),
  created_at   timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL
);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);
CREATE INDEX sessions_person_idx ON sessions (person_id);

CREATE TABLE oidc_sign_ins (
  flow_hash     text PRIMARY KEY,
  state         text NOT NULL,
  nonce         text NOT NULL,
  code_verifier text NOT NULL,
  redirect_url  text NOT NULL,
  return_to     text NOT NULL,
  expires_at    timestamptz NOT NULL
);
CREATE INDEX oidc_sign_ins_expires_idx ON oidc_sign_ins (expires_at);`,
  },
];
