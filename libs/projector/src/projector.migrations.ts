import type { Migration } from '@lib/database';
import type { Projection } from './projection';

/**
 * One row per projection. `checkpoint` is the event store's opaque token; the runtime advances it
 * with a compare-and-set in the same transaction as the projection's rows (see projection-checkpoint.store.ts).
 * The failure columns make a stopped projection visible to operators after a restart.
 */
const createCheckpoints = `
CREATE TABLE projection_checkpoints (
  name                 text PRIMARY KEY,
  version              integer NOT NULL,
  checkpoint           text NOT NULL DEFAULT '',
  last_global_position bigint,
  last_recorded_at     timestamptz,
  failed_event_id      text,
  failure              text,
  failed_at            timestamptz,
  updated_at           timestamptz NOT NULL DEFAULT now()
);
`;

const projectorMigrations: ReadonlyArray<Migration> = [
  { id: '0050_projection_checkpoints', description: 'projector checkpoints, one row per projection', sql: createCheckpoints },
];

/**
 * The checkpoint table plus every projection's own migrations, in id order, ready for `runMigrations`.
 * Ids must be unique across the service; a clash is reported here rather than skipped.
 */
export function migrationsForProjections(projections: ReadonlyArray<Projection>): Migration[] {
  const all = [...projectorMigrations, ...projections.flatMap((projection) => projection.migrations)];
  const seen = new Set<string>();
  for (const migration of all) {
    if (seen.has(migration.id)) throw new Error(`Two projector migrations share the id ${migration.id}`);
    seen.add(migration.id);
  }
  return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
