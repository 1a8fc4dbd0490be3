import type { WorkingDayCalendar } from '@lib/domain/calendar';
import type { CustodyLog } from '@lib/domain/custody';
import type { Projection, ProjectionTransaction } from '@lib/projector';
import { workingDayCalendar } from '../../calendar/calendar.provider';
import {
  emptyTaskFoldState,
  evolveTaskFoldState,
  TASK_EVENT_TYPES,
  taskIdOfStream,
  taskRecordOf,
  type TaskFoldState,
  type TaskRecord,
} from './task-custody.record';
import { TASK_CUSTODY_TABLES, taskCustodyMigrations } from './task-custody.tables';

export const TASK_CUSTODY_PROJECTION = 'task_custody';

/**
 * Per task: load its row, evolve the custody log with the task's own events of the batch, recompute
 * the summary columns and child rows, write them back. The log is idempotent on event ids, so
 * re-applying an event leaves the rows as they were; no clock is read.
 */
export function taskCustodyProjection(calendar: () => WorkingDayCalendar = workingDayCalendar): Projection {
  return {
    name: TASK_CUSTODY_PROJECTION,
    version: 1,
    eventTypes: TASK_EVENT_TYPES,
    tables: TASK_CUSTODY_TABLES,
    migrations: taskCustodyMigrations,
    async apply(events, tx) {
      const touched = new Map<string, TaskFoldState>();
      for (const event of events) {
        const taskId = taskIdOfStream(event.streamId);
        if (taskId === null) continue;
        const state = touched.get(taskId) ?? (await loadFoldState(tx, taskId)) ?? emptyTaskFoldState(taskId);
        touched.set(taskId, evolveTaskFoldState(state, event));
      }
      for (const state of touched.values()) await writeRecord(tx, taskRecordOf(state, calendar()));
    },
  };
}

async function loadFoldState(tx: ProjectionTransaction, taskId: string): Promise<TaskFoldState | null> {
  const [row] = await tx.query<{ custody_log: CustodyLog; title: string | null; category: string | null; kind: string | null }>(
    'SELECT custody_log, title, category, kind FROM rm_task WHERE task_id = $1',
    [taskId],
  );
  return row === undefined ? null : { taskId, log: row.custody_log, title: row.title, category: row.category, kind: row.kind };
}

const TASK_COLUMNS = [
  'task_id',
  'custody_log',
  'title',
  'category',
  'kind',
  'lead_unit_id',
  'holder_unit_id',
  'holder_person_id',
  'assigning_unit_id',
  'due_at',
  'assigned_at',
  'closed_at',
  'closure',
  'reassignment_count',
  'hop_count',
  'last_event_at',
  'event_count',
] as const;

async function writeRecord(tx: ProjectionTransaction, record: TaskRecord): Promise<void> {
  const { task } = record;
  const values = TASK_COLUMNS.map((column) => (column === 'custody_log' ? JSON.stringify(task.custody_log) : task[column]));
  await tx.query(
    `INSERT INTO rm_task (${TASK_COLUMNS.join(', ')}) VALUES (${TASK_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})
     ON CONFLICT (task_id) DO UPDATE SET ${TASK_COLUMNS.slice(1).map((column) => `${column} = EXCLUDED.${column}`).join(', ')}`,
    values,
  );
  await tx.query('DELETE FROM rm_task_party WHERE task_id = $1', [task.task_id]);
  await tx.query(
    `INSERT INTO rm_task_party (task_id, unit_id, person_id) SELECT $1, * FROM unnest($2::text[], $3::text[])`,
    [task.task_id, record.parties.map((p) => p.unitId), record.parties.map((p) => p.personId)],
  );
  await tx.query('DELETE FROM rm_handover WHERE task_id = $1', [task.task_id]);
  const h = record.handovers;
  await tx.query(
    `INSERT INTO rm_handover (task_id, seq, event_id, kind, from_unit_id, from_person_id, to_unit_id, to_person_id, at)
     SELECT $1, * FROM unnest($2::int[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])`,
    [
      task.task_id,
      h.map((x) => x.seq),
      h.map((x) => x.eventId),
      h.map((x) => x.kind),
      h.map((x) => x.fromUnitId),
      h.map((x) => x.fromPersonId),
      h.map((x) => x.toUnitId),
      h.map((x) => x.toPersonId),
      h.map((x) => x.at),
    ],
  );
}
