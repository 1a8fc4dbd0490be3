import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { Migration } from './migration';
import { withClient } from './with-client';

/** Arbitrary, fixed key: only one process migrates a database at a time. */
const MIGRATION_LOCK_KEY = 727_310_001;

class MigrationChecksumError extends Error {
  constructor(readonly migrationId: string) {
    super(`Migration ${migrationId} was changed after it was applied; add a new migration instead of editing an applied one.`);
  }
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies pending migrations, each in its own transaction, under an advisory lock so that
 * several processes starting together do not race. Never uses ORM schema synchronisation.
 */
export async function runMigrations(
  pool: Pool,
  migrations: ReadonlyArray<Migration>,
  log: (line: string) => void = () => undefined,
): Promise<MigrationReport> {
  assertUniqueSortedIds(migrations);
  return withClient(pool, async (client) => {
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        id text PRIMARY KEY, description text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const done = await appliedChecksums(client);
      const applied: string[] = [];
      for (const migration of migrations) {
        const checksum = checksumOf(migration);
        const existing = done.get(migration.id);
        if (existing !== undefined) {
          if (existing !== checksum) throw new MigrationChecksumError(migration.id);
          continue;
        }
        await applyOne(client, migration, checksum);
        applied.push(migration.id);
        log(`migration ${migration.id} applied: ${migration.description}`);
      }
      return { applied, alreadyApplied: migrations.length - applied.length };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  });
}

async function appliedChecksums(client: PoolClient): Promise<Map<string, string>> {
  const { rows } = await client.query<{ id: string; checksum: string }>('SELECT id, checksum FROM schema_migrations');
  return new Map(rows.map((row) => [row.id, row.checksum]));
}

async function applyOne(client: PoolClient, migration: Migration, checksum: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(migration.sql);
    await client.query('INSERT INTO schema_migrations (id, description, checksum) VALUES ($1, $2, $3)', [
      migration.id,
      migration.description,
      checksum,
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

function checksumOf(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

function assertUniqueSortedIds(migrations: ReadonlyArray<Migration>): void {
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i - 1]!.id >= migrations[i]!.id) {
      throw new Error(`Migrations must have unique ids in ascending order: ${migrations[i - 1]!.id} then ${migrations[i]!.id}`);
    }
  }
}
