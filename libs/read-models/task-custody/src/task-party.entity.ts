import { Entity, PrimaryColumn } from 'typeorm';

/**
 * `rm_task_party` (migration 0201): every unit and person that held or handled a task. The table has
 * no primary key, only a unique index on (task_id, unit_id, coalesce(person_id, '')); the entity
 * declares those three columns as its identity so that rows differing only by person stay apart.
 */
@Entity({ name: 'rm_task_party', synchronize: false })
export class TaskPartyEntity {
  @PrimaryColumn('uuid', { name: 'task_id' })
  taskId!: string;

  @PrimaryColumn('text', { name: 'unit_id' })
  unitId!: string;

  @PrimaryColumn('text', { name: 'person_id' })
  personId!: string | null;
}
