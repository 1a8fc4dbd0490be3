import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CustodyLog } from '@lib/domain/custody';

/**
 * `rm_task` (migrations 0200 and 0203, written by the task_custody projection with SQL): one row per task, its
 * custody log and the summary columns the list filters on. Read-only here; timestamps are `Date`.
 */
@Entity({ name: 'rm_task', synchronize: false })
export class TaskSummaryEntity {
  @PrimaryColumn('uuid', { name: 'task_id' })
  taskId!: string;

  @Column('jsonb', { name: 'custody_log' })
  custodyLog!: CustodyLog;

  @Column('text', { name: 'title', nullable: true })
  title!: string | null;

  @Column('text', { name: 'category', nullable: true })
  category!: string | null;

  @Column('text', { name: 'kind', nullable: true })
  kind!: string | null;

  @Column('text', { name: 'source_number', nullable: true })
  sourceNumber!: string | null;

  /** Title and source number folded (migration 0203): what GET /tasks?q= searches. */
  @Column('text', { name: 'search_text' })
  searchText!: string;

  @Column('text', { name: 'lead_unit_id', nullable: true })
  leadUnitId!: string | null;

  @Column('text', { name: 'holder_unit_id', nullable: true })
  holderUnitId!: string | null;

  @Column('text', { name: 'holder_person_id', nullable: true })
  holderPersonId!: string | null;

  @Column('text', { name: 'assigning_unit_id', nullable: true })
  assigningUnitId!: string | null;

  @Column('timestamptz', { name: 'due_at', nullable: true })
  dueAt!: Date | null;

  @Column('timestamptz', { name: 'assigned_at', nullable: true })
  assignedAt!: Date | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column('text', { name: 'closure', nullable: true })
  closure!: string | null;

  @Column('integer', { name: 'reassignment_count' })
  reassignmentCount!: number;

  @Column('integer', { name: 'hop_count' })
  hopCount!: number;

  @Column('timestamptz', { name: 'last_event_at', nullable: true })
  lastEventAt!: Date | null;

  @Column('integer', { name: 'event_count' })
  eventCount!: number;
}
