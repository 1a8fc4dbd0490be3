import type { Migration } from '@lib/database';

export const accessLogMigrations: ReadonlyArray<Migration> = [
  {
    id: '0110_access_log',
    description: 'who read the audit trail, a report or a case, when, and with what result (append-only)',
    sql: `
CREATE TABLE access_log (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  person_id   text,
  unit_id     text,
  roles       text[] NOT NULL DEFAULT '{}',
  method      text NOT NULL,
  path        text NOT NULL,
  status      integer NOT NULL,
  outcome     text NOT NULL CHECK (outcome IN ('allowed', 'denied', 'not_found', 'invalid', 'error')),
  duration_ms integer NOT NULL
);
CREATE INDEX access_log_person_idx ON access_log (person_id, id);
CREATE INDEX access_log_at_idx ON access_log (at, id);

CREATE FUNCTION access_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the access log is append-only: % on access_log is not allowed', TG_OP USING ERRCODE = 'EV003';
END $$;
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log FOR EACH ROW EXECUTE FUNCTION access_log_reject_change();
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log FOR EACH ROW EXECUTE FUNCTION access_log_reject_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log FOR EACH STATEMENT EXECUTE FUNCTION access_log_reject_change();`,
  },
  {
    id: '0111_access_log_started_and_ended',
    description: 'a read is recorded when its answer starts and again when it ends or is aborted: two rows linked by a request id',
    sql: `
-- Rows written before this migration were written once, when the answer had been sent: phase 'complete'.
ALTER TABLE access_log ADD COLUMN request_id uuid;
ALTER TABLE access_log ADD COLUMN phase text NOT NULL DEFAULT 'complete' CHECK (phase IN ('complete', 'started', 'ended'));
-- A request cut off before its status line was sent has no status.
ALTER TABLE access_log ALTER COLUMN status DROP NOT NULL;
ALTER TABLE access_log DROP CONSTRAINT access_log_outcome_check;
ALTER TABLE access_log ADD CONSTRAINT access_log_outcome_check CHECK (outcome IN ('allowed', 'denied', 'not_found', 'invalid', 'error', 'aborted'));
ALTER TABLE access_log ADD CONSTRAINT access_log_request_phase CHECK ((phase = 'complete') = (request_id IS NULL));
-- One start and one end per request; also how a start finds its end.
CREATE UNIQUE INDEX access_log_request_idx ON access_log (request_id, phase) WHERE request_id IS NOT NULL;`,
  },
];
