import type { Migration } from '@lib/database';

export const TASK_CUSTODY_TABLES = ['rm_task', 'rm_task_party', 'rm_handover'] as const;

/** Created by the service's migration runner (ids 0200_…), never by ORM synchronisation. */
export const taskCustodyMigrations: ReadonlyArray<Migration> = [
  {
    id: '0200_rm_task',
    description: 'read model task_custody: one row per task, the custody log and summary columns for filtering',
    sql: `CREATE TABLE rm_task (
      task_id            uuid PRIMARY KEY,
      custody_log        jsonb NOT NULL,
      title              text,
      category           text,
      kind               text,
      lead_unit_id       text,
      holder_unit_id     text,
      holder_person_id   text,
      assigning_unit_id  text,
      due_at             timestamptz,
      assigned_at        timestamptz,
      closed_at          timestamptz,
      closure            text,
      reassignment_count integer NOT NULL,
      hop_count          integer NOT NULL,
      last_event_at      timestamptz,
      event_count        integer NOT NULL);
    CREATE INDEX rm_task_assigned_idx ON rm_task (assigned_at, task_id);
    CREATE INDEX rm_task_open_due_idx ON rm_task (due_at) WHERE closed_at IS NULL;
    CREATE INDEX rm_task_category_idx ON rm_task (category, assigned_at, task_id);`,
  },
  {
    id: '0201_rm_task_party',
    description: 'read model task_custody: every unit and person that held or handled a task',
    sql: `CREATE TABLE rm_task_party (
      task_id   uuid NOT NULL,
      unit_id   text NOT NULL,
      person_id text);
    CREATE UNIQUE INDEX rm_task_party_key ON rm_task_party (task_id, unit_id, coalesce(person_id, ''));
    CREATE INDEX rm_task_party_unit_idx ON rm_task_party (unit_id, task_id);
    CREATE INDEX rm_task_party_person_idx ON rm_task_party (person_id, task_id) WHERE person_id IS NOT NULL;`,
  },
  {
    id: '0202_rm_handover',
    description: 'read model task_custody: every hand-off of a task, giver to receiver',
    sql: `CREATE TABLE rm_handover (
      task_id        uuid NOT NULL,
      seq            integer NOT NULL,
      event_id       uuid NOT NULL,
      kind           text NOT NULL,
      from_unit_id   text,
      from_person_id text,
      to_unit_id     text NOT NULL,
      to_person_id   text,
      at             timestamptz NOT NULL,
      PRIMARY KEY (task_id, seq));
    CREATE INDEX rm_handover_at_idx ON rm_handover (at);`,
  },
  {
    id: '0203_rm_task_search',
    description: 'read model task_custody: the source document number and the folded search text of GET /tasks?q=',
    // pg_trgm (a trusted extension since PostgreSQL 13, shipped with the server) lets LIKE '%word%' use an index.
    sql: `CREATE EXTENSION IF NOT EXISTS pg_trgm;
    ALTER TABLE rm_task ADD COLUMN source_number text, ADD COLUMN search_text text NOT NULL DEFAULT '';
    CREATE INDEX rm_task_search_idx ON rm_task USING gin (search_text gin_trgm_ops);`,
  },
];
