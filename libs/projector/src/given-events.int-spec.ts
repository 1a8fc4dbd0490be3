import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Projection } from './projection';
import { openProjectionSpec, storedEventsOf, type ProjectionSpec } from './testing/given-events';

const comment = (n: number) => ({
  type: 'TaskCommented',
  data: { content: `Ý kiến số ${n}` },
  metadata: { eventId: `t-${n}`, occurredAt: `2026-03-02T0${n}:00:00+07:00`, actor: { personId: 'tran-thi-lan', unitId: 'so-tai-chinh' } },
});

/** Keyed by event id: applying an event again rewrites the same row. */
const idempotent: Projection = {
  name: 'comments_by_event',
  version: 1,
  eventTypes: ['TaskCommented'],
  tables: ['rm_comment'],
  migrations: [
    { id: '9000_rm_comment', description: 'test', sql: 'CREATE TABLE rm_comment (event_id uuid PRIMARY KEY, content text NOT NULL)' },
  ],
  async apply(events, tx) {
    for (const event of events) {
      await tx.query('INSERT INTO rm_comment (event_id, content) VALUES ($1, $2) ON CONFLICT (event_id) DO NOTHING', [
        event.id,
        event.data.content,
      ]);
    }
  },
};

/** A bare counter: applying the same events again counts them twice. */
const counting: Projection = {
  ...idempotent,
  name: 'comment_count',
  tables: ['rm_comment_count'],
  migrations: [
    { id: '9001_rm_comment_count', description: 'test', sql: 'CREATE TABLE rm_comment_count (id int PRIMARY KEY, n int NOT NULL)' },
  ],
  async apply(events, tx) {
    if (events.length === 0) return;
    await tx.query('INSERT INTO rm_comment_count (id, n) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET n = rm_comment_count.n + $1', [
      events.length,
    ]);
  },
};

describe('givenEvents(...).thenRows(...): the read-model spec helper', () => {
  let good: ProjectionSpec;
  let bad: ProjectionSpec;
  beforeAll(async () => {
    good = await openProjectionSpec(idempotent);
    bad = await openProjectionSpec(counting);
  });
  afterAll(async () => {
    await good.dispose();
    await bad.dispose();
  });

  it('passes a projection whose rows the same events, applied twice or one by one, leave unchanged', async () => {
    await good
      .givenEvents(storedEventsOf('task-1', [comment(1), comment(2)]))
      .thenRows('SELECT content FROM rm_comment ORDER BY content', [{ content: 'Ý kiến số 1' }, { content: 'Ý kiến số 2' }]);
  });

  it('fails a projection that counts the same events twice, though its first rows are right', async () => {
    const events = storedEventsOf('task-2', [comment(1), comment(2)]);
    await expect(bad.givenEvents(events).thenRows('SELECT n FROM rm_comment_count', [{ n: 2 }])).rejects.toThrow();
    expect(await bad.rowsAfter(events, 'SELECT n FROM rm_comment_count')).toEqual([{ n: 2 }]);
  });
});
