import type { Migration } from '@lib/database';

export const idempotencyMigrations: ReadonlyArray<Migration> = [
  {
    id: '0100_idempotency_keys',
    description: 'responses remembered per principal and Idempotency-Key',
    sql: `
CREATE TABLE idempotency_keys (
  principal_id text NOT NULL,
  key          text NOT NULL,
  request_hash text NOT NULL,
  status       integer NOT NULL,
  response     jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (principal_id, key)
);`,
  },
  {
    id: '0101_idempotency_claims',
    description: 'a key is claimed by a row while its command runs (no connection held); status and response come when it ends',
    sql: `
ALTER TABLE idempotency_keys
  ALTER COLUMN status DROP NOT NULL,
  ALTER COLUMN response DROP NOT NULL,
  ADD COLUMN claimed_at timestamptz NOT NULL DEFAULT now(),
  ADD CONSTRAINT idempotency_keys_done_whole CHECK ((status IS NULL) = (response IS NULL));`,
  },
];
