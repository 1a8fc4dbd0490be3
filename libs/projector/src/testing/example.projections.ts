import type { StoredEvent } from '@lib/event-store';
import type { Projection, ProjectionTransaction } from '../projection';
import { rowChangeProjection } from '../row-change.projection';
import type { RowChange } from '../row-change';

const COUNTED_TYPES = ['TaskCommented', 'TaskReassigned'] as const;

/** The part of a stream id before its first dash: `task-…` → `task`. */
function streamTypeOf(event: StoredEvent): string {
  return event.streamId.split('-', 1)[0]!;
}

/** Pure: one event, one increment of its stream type's counter. Version 2 counts per event type as well. */
export function streamTypeCountChanges(event: StoredEvent, version = 1): RowChange[] {
  const streamType = version === 1 ? streamTypeOf(event) : `${streamTypeOf(event)}/${event.type}`;
  return [
    {
      kind: 'increment',
      table: 'stream_type_counts',
      key: { stream_type: streamType },
      by: { events: 1 },
      values: { last_occurred_at: event.metadata.occurredAt, last_event_id: event.id },
    },
  ];
}

export interface ExampleHooks {
  version?: number;
  /** Runs before each event is applied, inside the transaction: throw to fail, block to hold the batch. */
  beforeEvent?: (event: StoredEvent, tx: ProjectionTransaction) => Promise<void> | void;
  name?: string;
}

const streamTypeCountsTable = {
  id: '9101_example_stream_type_counts',
  description: 'example read model: events per stream type',
  sql: `CREATE TABLE stream_type_counts (
    stream_type      text PRIMARY KEY,
    events           bigint NOT NULL,
    last_occurred_at timestamptz NOT NULL,
    last_event_id    text NOT NULL)`,
};

/** Counts handled events per stream type: not idempotent on its own, so a double apply shows at once. */
export function streamTypeCountProjection(hooks: ExampleHooks = {}): Projection {
  const version = hooks.version ?? 1;
  const inner = rowChangeProjection({
    name: hooks.name ?? 'stream_type_counts',
    version,
    eventTypes: COUNTED_TYPES,
    tables: ['stream_type_counts'],
    migrations: [streamTypeCountsTable],
    changesFor: (event) => streamTypeCountChanges(event, version),
  });
  return {
    ...inner,
    async apply(events, tx) {
      for (const event of events) {
        await hooks.beforeEvent?.(event, tx);
        await inner.apply([event], tx);
      }
    },
  };
}

const eventJournalTable = {
  id: '9102_example_event_journal',
  description: 'example read model: one row per event, numbered in log order',
  sql: `CREATE TABLE event_journal (
    seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    uuid NOT NULL UNIQUE,
    stream_id   text NOT NULL,
    event_type  text NOT NULL,
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL,
    note        jsonb NOT NULL)`,
};

/** One row per event with an identity column: a rebuild must restart the numbering to give identical rows. */
export function eventJournalProjection(hooks: ExampleHooks = {}): Projection {
  return {
    name: hooks.name ?? 'event_journal',
    version: hooks.version ?? 1,
    eventTypes: [...COUNTED_TYPES, 'UnitRenamed'],
    tables: ['event_journal'],
    migrations: [eventJournalTable],
    async apply(events, tx) {
      for (const event of events) await hooks.beforeEvent?.(event, tx);
      await tx.query(
        `INSERT INTO event_journal (event_id, stream_id, event_type, occurred_at, recorded_at, note)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::jsonb[])`,
        [
          events.map((e) => e.id),
          events.map((e) => e.streamId),
          events.map((e) => e.type),
          events.map((e) => e.metadata.occurredAt),
          events.map((e) => e.recordedAt),
          events.map((e) => JSON.stringify(e.data)),
        ],
      );
    },
  };
}
