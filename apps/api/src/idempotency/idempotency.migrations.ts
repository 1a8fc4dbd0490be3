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
];
