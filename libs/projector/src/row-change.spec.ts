import { describe, expect, it } from '@jest/globals';
import type { StoredEvent } from '@lib/event-store';
import { renderRowChange } from './row-change';
import { rowChangeProjection } from './row-change.projection';
import { streamTypeCountChanges } from './testing/example.projections';

const event: StoredEvent = {
  id: '0b9f3c57-3f7a-4d6e-9a55-1d0c2f1e8a01',
  type: 'TaskCommented',
  data: { note: 'Đã xem xét hồ sơ' },
  metadata: {
    actor: { personId: 'le-van-cuong', unitId: 'so-xay-dung' },
    commandId: 'c1',
    correlationId: 'c1',
    causationId: null,
    occurredAt: '2026-03-02T09:15:00.000+07:00',
    schemaVersion: 1,
  },
  streamId: 'task-42',
  streamVersion: 0,
  globalPosition: 7,
  checkpoint: '900/7',
  recordedAt: '2026-03-02T02:15:01.000Z',
};

describe('a pure projection function', () => {
  it('turns an event into row changes, with time taken from the event', () => {
    expect(streamTypeCountChanges(event)).toEqual([
      {
        kind: 'increment',
        table: 'stream_type_counts',
        key: { stream_type: 'task' },
        by: { events: 1 },
        values: { last_occurred_at: '2026-03-02T09:15:00.000+07:00', last_event_id: event.id },
      },
    ]);
  });

  it('is refused a table its projection does not own', async () => {
    const projection = rowChangeProjection({
      name: 'greedy',
      version: 1,
      eventTypes: ['TaskCommented'],
      tables: ['mine'],
      migrations: [],
      changesFor: () => [{ kind: 'delete', table: 'theirs', key: { id: 1 } }],
    });
    const statements: string[] = [];
    const tx = { query: async <Row>(sql: string): Promise<Row[]> => (statements.push(sql), []) };
    await expect(projection.apply([event], tx)).rejects.toThrow('Projection greedy may not write to theirs: it owns mine');
    expect(statements).toEqual([]);
  });
});

describe('rendering row changes to SQL', () => {
  it('upserts on the key, overwriting the values', () => {
    expect(
      renderRowChange({ kind: 'upsert', table: 'read.task_holder', key: { task_id: 't1' }, values: { holder: 'p1', since: 'x' } }),
    ).toEqual({
      sql: 'INSERT INTO "read"."task_holder" AS target ("task_id", "holder", "since") VALUES ($1, $2, $3) ON CONFLICT ("task_id") DO UPDATE SET "holder" = EXCLUDED."holder", "since" = EXCLUDED."since"',
      params: ['t1', 'p1', 'x'],
    });
  });

  it('increments counters and overwrites the other values', () => {
    expect(renderRowChange({ kind: 'increment', table: 'counts', key: { k: 'a' }, by: { n: 2 }, values: { at: 'x' } })).toEqual({
      sql: 'INSERT INTO "counts" AS target ("k", "n", "at") VALUES ($1, $2, $3) ON CONFLICT ("k") DO UPDATE SET "n" = target."n" + EXCLUDED."n", "at" = EXCLUDED."at"',
      params: ['a', 2, 'x'],
    });
  });

  it('updates and deletes by key, quoting identifiers', () => {
    expect(renderRowChange({ kind: 'update', table: 'tasks', key: { id: 1, 'odd"name': 2 }, values: { state: 'done' } })).toEqual({
      sql: 'UPDATE "tasks" SET "state" = $1 WHERE "id" = $2 AND "odd""name" = $3',
      params: ['done', 1, 2],
    });
    expect(renderRowChange({ kind: 'delete', table: 'tasks', key: { id: 1 } })).toEqual({
      sql: 'DELETE FROM "tasks" WHERE "id" = $1',
      params: [1],
    });
  });

  it('inserts a row unless its key exists, then leaves that row alone', () => {
    expect(renderRowChange({ kind: 'insert', table: 'cases', key: { case_id: 'c1' }, values: { status: 'proposed' } })).toEqual({
      sql: 'INSERT INTO "cases" AS target ("case_id", "status") VALUES ($1, $2) ON CONFLICT ("case_id") DO NOTHING',
      params: ['c1', 'proposed'],
    });
  });

  it('updates only a row still below the guard (a stream version), so an event applied again changes nothing', () => {
    expect(
      renderRowChange({
        kind: 'update',
        table: 'cases',
        key: { case_id: 'c1' },
        values: { status: 'decided', stream_version: 3 },
        whenBelow: { stream_version: 3 },
      }),
    ).toEqual({
      sql: 'UPDATE "cases" SET "status" = $1, "stream_version" = $2 WHERE "case_id" = $3 AND "stream_version" < $4',
      params: ['decided', 3, 'c1', 3],
    });
  });

  it('refuses a change without a usable key', () => {
    expect(() => renderRowChange({ kind: 'delete', table: 'tasks', key: {} })).toThrow('A delete on tasks needs a key');
    expect(() => renderRowChange({ kind: 'upsert', table: 'tasks', key: { id: null }, values: {} })).toThrow(
      'Key column id of tasks is empty in a upsert',
    );
  });
});
