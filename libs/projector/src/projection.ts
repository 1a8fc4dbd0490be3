import type { Migration } from '@lib/database';
import type { StoredEvent } from '@lib/event-store';

/** What a projection sees of the batch transaction: plain SQL on the connection that also writes the checkpoint. */
export interface ProjectionTransaction {
  query<Row = Record<string, unknown>>(sql: string, params?: ReadonlyArray<unknown>): Promise<Row[]>;
}

/**
 * A read model fed from the log. Rules the runtime relies on:
 * - deterministic: no clock, no randomness, no reads outside its own tables; time comes from the
 *   events (`metadata.occurredAt`, `recordedAt`), so a rebuild gives identical rows;
 * - batch boundaries carry no meaning: `apply([a, b])` must leave the same rows as `apply([a])`
 *   then `apply([b])` (the runtime splits a failing batch to find the event at fault);
 * - it writes only to `tables`, which a rebuild truncates.
 */
export interface Projection {
  /** Stable key of the checkpoint row; renaming it means a new projection. */
  readonly name: string;
  /** Bump it when the rows this projection would produce change: the runtime rebuilds it at start. */
  readonly version: number;
  /** Only these event types reach `apply` (`'all'`: every event); the checkpoint still moves past the others. */
  readonly eventTypes: ReadonlyArray<string> | 'all';
  /** The tables this projection owns and a rebuild empties (never shared with another projection). */
  readonly tables: ReadonlyArray<string>;
  /** Creates its tables; applied by our migration runner, never by ORM synchronisation. */
  readonly migrations: ReadonlyArray<Migration>;
  /** Turns a batch of events (in global log order) into row changes, inside the runtime's transaction. */
  apply(events: ReadonlyArray<StoredEvent>, tx: ProjectionTransaction): Promise<void>;
}

/** Whether the projection handles events of this type. */
export function handlerOf(projection: Pick<Projection, 'eventTypes'>): (type: string) => boolean {
  if (projection.eventTypes === 'all') return () => true;
  const handled = new Set(projection.eventTypes);
  return (type) => handled.has(type);
}
