import { sharedVnWorkingDayCalendar, VN_CALENDAR_DATA_VERSION, type WorkingDayCalendar } from '@lib/domain/calendar';
import type { CustodyLog } from '@lib/domain/custody';
import { TASK_ENTRY_EVENT_TYPES, taskIdOfStream } from '@lib/domain/task';
import { projectionVersion, type Projection, type ProjectionTransaction } from '@lib/projector';
import { emptyTaskFoldState, evolveTaskFoldState, taskRecordOf, type TaskFoldState, type TaskRecord } from './task-custody.record';
import { TASK_CUSTODY_TABLES, taskCustodyMigrations } from './task-custody.tables';

export const TASK_CUSTODY_PROJECTION = 'task_custody';

/**
 * Bump when the rows change shape or meaning; the calendar data version is added (working days feed the summary).
 * 2: source_number and search_text (migration 0203), filled for the tasks already recorded by the rebuild.
 */
export const TASK_CUSTODY_SCHEMA_VERSION = 2;

/**
 * Per task: load its row, evolve the custody log with the task's own events of the batch, recompute
 * the summary columns and child rows, write them back. The log is idempotent on event ids, so
 * re-applying an event leaves the rows as they were; no clock is read.
 */
export function taskCustodyProjection(
  calendar: () => WorkingDayCalendar = sharedVnWorkingDayCalendar,
  calendarDataVersion: number = VN_CALENDAR_DATA_VERSION,
): Projection {
  return {
    name: TASK_CUSTODY_PROJECTION,
    version: projectionVersion(TASK_CUSTODY_SCHEMA_VERSION, calendarDataVersion),
    // Every entry people record on a task: the custody log takes the primary entries and the voidings; corrections only touch descriptive fields.
    eventTypes: TASK_ENTRY_EVENT_TYPES,
    tables: TASK_CUSTODY_TABLES,
    migrations: taskCustodyMigrations,
    async apply(events, tx) {
      const touched = new Map<string, TaskFoldState>();
      const taskIds = [
        ...new Set(events.map((event) => taskIdOfStream(event.streamId)).filter((taskId): taskId is string => taskId !== null)),
      ];
      const stored = await loadFoldStates(tx, taskIds);
      for (const event of events) {
        const taskId = taskIdOfStream(event.streamId);
        if (taskId === null) continue;
        const state = touched.get(taskId) ?? stored.get(taskId) ?? emptyTaskFoldState(taskId);
        touched.set(taskId, evolveTaskFoldState(state, event));
      }
      await writeRecords(
        tx,
        [...touched.values()].map((state) => taskRecordOf(state, calendar())),
      );
    },
  };
}

/** The fold states of the batch's tasks, in one query. */
async function loadFoldStates(tx: ProjectionTransaction, taskIds: string[]): Promise<Map<string, TaskFoldState>> {
  if (taskIds.length === 0) return new Map();
  const rows = await tx.query<{
    task_id: string;
    custody_log: CustodyLog;
    title: string | null;
    category: string | null;
    kind: string | null;
    source_number: string | null;
  }>('SELECT task_id, custody_log, title, category, kind, source_number FROM rm_task WHERE task_id = ANY($1::uuid[])', [taskIds]);
  return new Map(
    rows.map((row) => [
      row.task_id,
      {
        taskId: row.task_id,
        log: row.custody_log,
        title: row.title,
        category: row.category,
        kind: row.kind,
        sourceNumber: row.source_number,
      },
    ]),
  );
}

const TASK_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['task_id', 'uuid'],
  ['custody_log', 'jsonb'],
  ['title', 'text'],
  ['category', 'text'],
  ['kind', 'text'],
  ['source_number', 'text'],
  ['search_text', 'text'],
  ['lead_unit_id', 'text'],
  ['holder_unit_id', 'text'],
  ['holder_person_id', 'text'],
  ['assigning_unit_id', 'text'],
  ['due_at', 'timestamptz'],
  ['assigned_at', 'timestamptz'],
  ['closed_at', 'timestamptz'],
  ['closure', 'text'],
  ['reassignment_count', 'integer'],
  ['hop_count', 'integer'],
  ['last_event_at', 'timestamptz'],
  ['event_count', 'integer'],
];

/**
 * The rows of every task of the batch, set-based: one upsert of the task rows, then the parties and the
 * hand-offs replaced in one DELETE and one INSERT each — six statements per batch whatever its size.
 */
async function writeRecords(tx: ProjectionTransaction, records: TaskRecord[]): Promise<void> {
  if (records.length === 0) return;
  const names = TASK_COLUMNS.map(([name]) => name);
  await tx.query(
    `INSERT INTO rm_task (${names.join(', ')})
     SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${TASK_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ')})
     ON CONFLICT (task_id) DO UPDATE SET ${names
       .slice(1)
       .map((column) => `${column} = EXCLUDED.${column}`)
       .join(', ')}`,
    [JSON.stringify(records.map((record) => record.task))],
  );
  const taskIds = records.map((record) => record.task.task_id);
  await tx.query('DELETE FROM rm_task_party WHERE task_id = ANY($1::uuid[])', [taskIds]);
  const parties = records.flatMap((record) => record.parties.map((party) => ({ taskId: record.task.task_id, ...party })));
  await tx.query(`INSERT INTO rm_task_party (task_id, unit_id, person_id) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`, [
    parties.map((party) => party.taskId),
    parties.map((party) => party.unitId),
    parties.map((party) => party.personId),
  ]);
  await tx.query('DELETE FROM rm_handover WHERE task_id = ANY($1::uuid[])', [taskIds]);
  const handovers = records.flatMap((record) => record.handovers.map((handover) => ({ taskId: record.task.task_id, ...handover })));
  await tx.query(
    `INSERT INTO rm_handover (task_id, seq, event_id, kind, from_unit_id, from_person_id, to_unit_id, to_person_id, at)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])`,
    [
      handovers.map((x) => x.taskId),
      handovers.map((x) => x.seq),
      handovers.map((x) => x.eventId),
      handovers.map((x) => x.kind),
      handovers.map((x) => x.fromUnitId),
      handovers.map((x) => x.fromPersonId),
      handovers.map((x) => x.toUnitId),
      handovers.map((x) => x.toPersonId),
      handovers.map((x) => x.at),
    ],
  );
}
