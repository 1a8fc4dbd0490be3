import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `rm_handover` (migration 0202): every hand-off of a task, giver to receiver, in the task's order (`seq`). */
@Entity({ name: 'rm_handover', synchronize: false })
export class HandoverEntity {
  @PrimaryColumn('uuid', { name: 'task_id' })
  taskId!: string;

  @PrimaryColumn('integer', { name: 'seq' })
  seq!: number;

  @Column('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('text', { name: 'kind' })
  kind!: string;

  @Column('text', { name: 'from_unit_id', nullable: true })
  fromUnitId!: string | null;

  @Column('text', { name: 'from_person_id', nullable: true })
  fromPersonId!: string | null;

  @Column('text', { name: 'to_unit_id' })
  toUnitId!: string;

  @Column('text', { name: 'to_person_id', nullable: true })
  toPersonId!: string | null;

  @Column('timestamptz', { name: 'at' })
  at!: Date;
}
