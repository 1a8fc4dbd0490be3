import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Finding, RuleSourceEvent } from '@lib/domain/rules';
import type { Contest } from './finding-contests';
import type { ReviewEntry } from './review-rows';

/** `rm_finding` (migration 0300, written by the findings projection with SQL). Read-only here. */
@Entity({ name: 'rm_finding', synchronize: false })
export class FindingEntity {
  @PrimaryColumn('uuid', { name: 'finding_id' })
  findingId!: string;

  @Column('uuid', { name: 'task_id' })
  taskId!: string;

  @Column('text', { name: 'rule_code' })
  ruleCode!: string;

  @Column('integer', { name: 'rule_version' })
  ruleVersion!: number;

  @Column('text', { name: 'variant' })
  variant!: string;

  @Column('timestamptz', { name: 'at' })
  at!: Date;

  @Column('date', { name: 'on_date' })
  onDate!: string;

  @Column('text', { name: 'detection' })
  detection!: 'active' | 'held' | 'superseded';

  @Column('text', { name: 'superseded_reason', nullable: true })
  supersededReason!: string | null;

  @Column('uuid', { name: 'superseded_by_event_id', nullable: true })
  supersededByEventId!: string | null;

  /** Voidings and corrections of the finding's entries by a person it names (migration 0304). */
  @Column('jsonb', { name: 'contested_by' })
  contestedBy!: Contest[];

  @Column('uuid', { name: 'detected_by_event_id' })
  detectedByEventId!: string;

  @Column('bigint', { name: 'detected_position', transformer: { from: (value: string) => Number(value), to: (value: number) => value } })
  detectedPosition!: number;

  @Column('text', { name: 'review_status' })
  reviewStatus!: 'open' | 'confirmed' | 'dismissed';

  @Column('jsonb', { name: 'reviews' })
  reviews!: ReviewEntry[];

  @Column('jsonb', { name: 'body' })
  body!: Finding;
}

/** `rm_finding_party` (migration 0301): who a finding names. No primary key in SQL; the entity names its identity. */
@Entity({ name: 'rm_finding_party', synchronize: false })
export class FindingPartyEntity {
  @PrimaryColumn('uuid', { name: 'finding_id' })
  findingId!: string;

  @PrimaryColumn('text', { name: 'role' })
  role!: 'responsible' | 'supervisory';

  @PrimaryColumn('text', { name: 'unit_id' })
  unitId!: string;

  @PrimaryColumn('text', { name: 'person_id' })
  personId!: string | null;
}

/** `rm_finding_task` (migration 0302): the events the rules read per task, for attribution as of any instant. */
@Entity({ name: 'rm_finding_task', synchronize: false })
export class FindingTaskEntity {
  @PrimaryColumn('uuid', { name: 'task_id' })
  taskId!: string;

  @Column('jsonb', { name: 'events' })
  events!: RuleSourceEvent[];

  @Column('integer', { name: 'stream_version' })
  streamVersion!: number;

  @Column('timestamptz', { name: 'as_of' })
  asOf!: Date;

  @Column('timestamptz', { name: 'next_lapse_at', nullable: true })
  nextLapseAt!: Date | null;

  @Column('text', { name: 'next_lapse_rules', array: true, nullable: true })
  nextLapseRules!: string[] | null;
}
