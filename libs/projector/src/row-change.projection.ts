import type { Migration } from '@lib/database';
import type { StoredEvent } from '@lib/event-store';
import type { Projection, ProjectionTransaction } from './projection';
import { renderRowChange, type RowChange } from './row-change';

export interface RowChangeProjectionDefinition {
  readonly name: string;
  readonly version: number;
  readonly eventTypes: ReadonlyArray<string>;
  readonly tables: ReadonlyArray<string>;
  readonly migrations: ReadonlyArray<Migration>;
  /** The pure part: one event in, the row changes it causes out. No clock, no I/O. */
  changesFor(event: StoredEvent): ReadonlyArray<RowChange>;
}

/**
 * A projection whose whole logic is a pure `changesFor`; the writing is generic. Read models that need
 * to read their own rows first (or bulk SQL) implement `Projection.apply` directly instead.
 */
export function rowChangeProjection(definition: RowChangeProjectionDefinition): Projection {
  const owned = new Set(definition.tables);
  return {
    name: definition.name,
    version: definition.version,
    eventTypes: definition.eventTypes,
    tables: definition.tables,
    migrations: definition.migrations,
    async apply(events: ReadonlyArray<StoredEvent>, tx: ProjectionTransaction): Promise<void> {
      for (const event of events) {
        const changes = definition.changesFor(event);
        for (const change of changes) {
          if (!owned.has(change.table)) {
            throw new Error(`Projection ${definition.name} may not write to ${change.table}: it owns ${[...owned].join(', ')}`);
          }
        }
        await writeRowChanges(tx, changes);
      }
    },
  };
}

/** Applies changes in order, one statement each (an upsert may not touch the same row twice in one statement). */
async function writeRowChanges(tx: ProjectionTransaction, changes: ReadonlyArray<RowChange>): Promise<void> {
  for (const change of changes) {
    const { sql, params } = renderRowChange(change);
    await tx.query(sql, params);
  }
}
