import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { runMigrations } from '@lib/database';
import { PostgresEventStore } from '@lib/event-store';
import { serviceMigrations } from '@lib/service';
import { seedDemoOrganisation } from '../org/demo-organisation.seeder';
import { runImportOrg } from './import-org.command';

const fixture = (name: string) => resolve('test/fixtures/org-import', name);

function captured(): { io: { out(t: string): void; err(t: string): void }; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { out: (t) => (out += t), err: (t) => (err += t) }, out: () => out, err: () => err };
}

describe('npm run import-org', () => {
  let db: TestDatabase;
  let seeded: number;
  beforeAll(async () => {
    db = await createTestDatabase('cli');
    const pool = new Pool({ connectionString: db.url });
    try {
      await runMigrations(pool, serviceMigrations);
      seeded = await seedDemoOrganisation(new PostgresEventStore(pool));
    } finally {
      await pool.end();
    }
  });
  afterAll(() => db.drop());

  it('refuses a file with bad rows (exit 1), naming lines, and writes nothing', async () => {
    const run = captured();
    expect(await runImportOrg([fixture('bad-rows.csv')], { DATABASE_URL: db.url }, run.io)).toBe(1);
    expect(run.out()).toMatch(/Dòng \d+/);
    expect(run.out()).toMatch(/Từ chối/);
    expect(await countOrgEvents(db.url)).toBe(seeded);
  });

  it('applies a good file (exit 0), then finds nothing to change the second time', async () => {
    const first = captured();
    expect(await runImportOrg([fixture('good.csv')], { DATABASE_URL: db.url }, first.io)).toBe(0);
    const written = (await countOrgEvents(db.url)) - seeded;
    expect(written).toBeGreaterThan(0);
    expect(first.out()).toContain(`đã ghi ${written} sự kiện`);
    expect(await importsOfOrgEvents(db.url, seeded)).toEqual([
      { source: 'import-org:good.csv', batchId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    ]);
    const second = captured();
    expect(await runImportOrg([fixture('good.csv')], { DATABASE_URL: db.url }, second.io)).toBe(0);
    expect(second.out()).toContain('đã ghi 0 sự kiện');
    expect(await countOrgEvents(db.url)).toBe(seeded + written);
  });

  it('explains its usage (exit 2) and asks for DATABASE_URL rather than touching the embedded database', async () => {
    const usage = captured();
    expect(await runImportOrg([], { DATABASE_URL: db.url }, usage.io)).toBe(2);
    expect(usage.err()).toMatch(/import-org/);
    const noDatabase = captured();
    expect(await runImportOrg([fixture('good.csv')], {}, noDatabase.io)).toBe(2);
    expect(noDatabase.err()).toContain('DATABASE_URL');
    expect(noDatabase.err()).toContain('/org/imports');
  });
});

async function countOrgEvents(url: string): Promise<number> {
  const pool = new Pool({ connectionString: url });
  try {
    const counted = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM events WHERE category IN ('unit', 'person')");
    return counted.rows[0]!.n;
  } finally {
    await pool.end();
  }
}

/** The distinct import metadata of the organisation events after the first `skip` (the demo organisation's). */
async function importsOfOrgEvents(url: string, skip: number): Promise<unknown[]> {
  const pool = new Pool({ connectionString: url });
  try {
    const found = await pool.query<{ origin: unknown }>(
      `SELECT DISTINCT metadata->'import' AS origin FROM (SELECT metadata FROM events WHERE category IN ('unit', 'person') ORDER BY global_position OFFSET $1) imported`,
      [skip],
    );
    return found.rows.map((row) => row.origin);
  } finally {
    await pool.end();
  }
}
