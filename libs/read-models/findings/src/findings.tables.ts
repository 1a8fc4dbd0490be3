import type { Migration } from '@lib/database';

/**
 * The units a task's events asked for an opinion (every ConsultationRequested's `data.unitIds`), as a JSON array, from
 * the events column named. Lax: an event without the field adds nothing. The index (0305) serves only a query that
 * uses the same expression on `events`: `${consultedUnitsOf('ft.events')} ?| $1::text[]`.
 */
export const consultedUnitsOf = (events: string): string =>
  `jsonb_path_query_array(${events}, '$[*] ? (@.type == "ConsultationRequested").data.unitIds[*]')`;

export const FINDINGS_TABLES = ['rm_finding', 'rm_finding_party', 'rm_finding_task', 'rm_finding_org_event'] as const;

/** Created by the service's migration runner (ids 0300_…), never by ORM synchronisation. */
export const findingsMigrations: ReadonlyArray<Migration> = [
  {
    id: '0300_rm_finding',
    description: 'read model findings: one row per finding ever detected, its detection state and the inspector review',
    sql: `CREATE TABLE rm_finding (
      finding_id             uuid PRIMARY KEY,
      task_id                uuid NOT NULL,
      rule_code              text NOT NULL,
      rule_version           integer NOT NULL,
      variant                text NOT NULL,
      at                     timestamptz NOT NULL,
      on_date                date NOT NULL,
      detection              text NOT NULL CHECK (detection IN ('active', 'superseded')),
      superseded_reason      text,
      superseded_by_event_id uuid,
      detected_by_event_id   uuid NOT NULL,
      detected_position      bigint NOT NULL,
      review_status          text NOT NULL DEFAULT 'open' CHECK (review_status IN ('open', 'confirmed', 'dismissed')),
      reviews                jsonb NOT NULL DEFAULT '[]',
      body                   jsonb NOT NULL);
    CREATE INDEX rm_finding_task_idx ON rm_finding (task_id);
    CREATE INDEX rm_finding_list_idx ON rm_finding (at DESC, finding_id);
    CREATE INDEX rm_finding_rule_idx ON rm_finding (rule_code, at DESC);`,
  },
  {
    id: '0301_rm_finding_party',
    description: 'read model findings: the persons and units a finding names, responsible or supervisory',
    sql: `CREATE TABLE rm_finding_party (
      finding_id uuid NOT NULL,
      role       text NOT NULL CHECK (role IN ('responsible', 'supervisory')),
      unit_id    text NOT NULL,
      person_id  text);
    CREATE UNIQUE INDEX rm_finding_party_key ON rm_finding_party (finding_id, role, unit_id, coalesce(person_id, ''));
    CREATE INDEX rm_finding_party_unit_idx ON rm_finding_party (unit_id, finding_id);
    CREATE INDEX rm_finding_party_person_idx ON rm_finding_party (person_id, finding_id) WHERE person_id IS NOT NULL;`,
  },
  {
    id: '0302_rm_finding_task',
    description: 'read model findings: each task’s events as the rules read them, and its next deadline lapse',
    sql: `CREATE TABLE rm_finding_task (
      task_id          uuid PRIMARY KEY,
      events           jsonb NOT NULL,
      stream_version   integer NOT NULL,
      as_of            timestamptz NOT NULL,
      next_lapse_at    timestamptz,
      next_lapse_rules text[]);
    CREATE INDEX rm_finding_task_lapse_idx ON rm_finding_task (next_lapse_at) WHERE next_lapse_at IS NOT NULL;`,
  },
  {
    id: '0303_rm_finding_org_event',
    description: 'read model findings: the organisation events in log order, so judgement uses the organisation as the log knew it',
    sql: `CREATE TABLE rm_finding_org_event (
      seq      integer PRIMARY KEY,
      event_id uuid NOT NULL UNIQUE,
      type     text NOT NULL,
      data     jsonb NOT NULL);`,
  },
  {
    id: '0304_rm_finding_held',
    description:
      'read model findings: a finding whose entries a person it names voided or corrected is held for the inspector, with those entries listed',
    sql: `ALTER TABLE rm_finding DROP CONSTRAINT rm_finding_detection_check;
    ALTER TABLE rm_finding ADD CONSTRAINT rm_finding_detection_check CHECK (detection IN ('active', 'held', 'superseded'));
    ALTER TABLE rm_finding ADD COLUMN contested_by jsonb NOT NULL DEFAULT '[]';
    CREATE INDEX rm_finding_contested_idx ON rm_finding USING gin (contested_by jsonb_path_ops);`,
  },
  {
    id: '0305_rm_finding_task_consulted',
    description: 'read model findings: the units each task asked for an opinion, indexed, so a unit report finds them without a scan',
    sql: `CREATE INDEX rm_finding_task_consulted_idx ON rm_finding_task USING gin (${consultedUnitsOf('events')});`,
  },
];
