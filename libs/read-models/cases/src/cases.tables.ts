import type { Migration } from '@lib/database';

export const CASES_TABLES = ['rm_disciplinary_case'] as const;

/** Created by the service's migration runner (ids 0400_…), never by ORM synchronisation. */
export const casesMigrations: ReadonlyArray<Migration> = [
  {
    id: '0400_rm_disciplinary_case',
    description: 'read model disciplinary_cases: one row per disciplinary case, its person, unit and status, for listing',
    sql: `CREATE TABLE rm_disciplinary_case (
      case_id        uuid PRIMARY KEY,
      person_id      text NOT NULL,
      unit_id        text NOT NULL,
      status         text NOT NULL CHECK (status IN ('proposed', 'under_review', 'decided', 'withdrawn')),
      proposed_form  text NOT NULL,
      decided_form   text,
      finding_ids    uuid[] NOT NULL,
      warning_count  integer NOT NULL,
      proposed_at    timestamptz NOT NULL,
      last_event_at  timestamptz NOT NULL,
      stream_version integer NOT NULL);
    CREATE INDEX rm_disciplinary_case_list_idx ON rm_disciplinary_case (proposed_at DESC, case_id);
    CREATE INDEX rm_disciplinary_case_person_idx ON rm_disciplinary_case (person_id);
    CREATE INDEX rm_disciplinary_case_unit_idx ON rm_disciplinary_case (unit_id);`,
  },
  {
    id: '0401_rm_disciplinary_case_handling',
    description:
      'read model disciplinary_cases: the handling period (start, length, deadline) and the day the decision was signed, for days left in the list',
    sql: `ALTER TABLE rm_disciplinary_case ADD COLUMN handling_starts_on date;
    ALTER TABLE rm_disciplinary_case ADD COLUMN handling_limit_days integer;
    ALTER TABLE rm_disciplinary_case ADD COLUMN handling_deadline date;
    ALTER TABLE rm_disciplinary_case ADD COLUMN decided_on date;`,
  },
];
