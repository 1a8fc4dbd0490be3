import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Pool } from 'pg';
import { PG_POOL } from '../../../apps/api/src/testing';
import { apiAs } from '../../support/api-client';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { assignmentTo } from './reliability-fixture';

/** The service's own pool, as an attacker who took over the process would use it. */
async function refusal(pool: Pool, sql: string): Promise<string | undefined> {
  try {
    await pool.query(sql);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe("the service's database role", () => {
  let t: TestApp;
  let pool: Pool;
  beforeAll(async () => {
    t = await startTestApp();
    pool = t.app.get<Pool>(PG_POOL);
    await apiAs(t.app, t.tokenFor(city.chairman)).post('/tasks', assignmentTo('so-xay-dung', 1)).expect(201);
    await apiAs(t.app, t.tokenFor(city.inspector)).get('/audit/events?unit=so-xay-dung').expect(200);
  });
  afterAll(() => t.close());

  it('is not the owner of the schema and not a superuser', async () => {
    const { rows } = await pool.query<{ me: string; owner: string; superuser: boolean }>(
      `SELECT current_user AS me, pg_get_userbyid(relowner) AS owner, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser
         FROM pg_class WHERE relname = 'events'`,
    );
    expect(rows[0]!.me).not.toBe(rows[0]!.owner);
    expect(rows[0]!.superuser).toBe(false);
  });

  it('reads and appends to the event log and the access log', async () => {
    const events = await pool.query<{ n: string }>('SELECT count(*) AS n FROM events');
    expect(Number(events.rows[0]!.n)).toBeGreaterThan(0);
    // The access log is written as the read's answer goes out: look until it shows.
    let accesses = 0;
    for (let tries = 0; tries < 100 && accesses === 0; tries++) {
      accesses = Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM access_log')).rows[0]!.n);
      if (accesses === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(accesses).toBeGreaterThan(0);
  });

  for (const table of ['events', 'access_log']) {
    it(`cannot disable, drop or bypass the append-only triggers of ${table}`, async () => {
      const { rows } = await pool.query<{ tgname: string }>(
        `SELECT tgname FROM pg_trigger WHERE tgrelid = '${table}'::regclass AND NOT tgisinternal`,
      );
      expect(rows.length).toBe(3);
      for (const { tgname } of rows) {
        expect(await refusal(pool, `ALTER TABLE ${table} DISABLE TRIGGER ${tgname}`)).toBe('42501');
        expect(await refusal(pool, `DROP TRIGGER ${tgname} ON ${table}`)).toBe('42501');
      }
      expect(await refusal(pool, `ALTER TABLE ${table} DISABLE TRIGGER ALL`)).toBe('42501');
      expect(await refusal(pool, `UPDATE ${table} SET ${table === 'events' ? 'event_type' : 'path'} = 'x'`)).toBe('42501');
      expect(await refusal(pool, `DELETE FROM ${table}`)).toBe('42501');
      expect(await refusal(pool, `TRUNCATE ${table}`)).toBe('42501');
      expect(await refusal(pool, `DROP TABLE ${table}`)).toBe('42501');
      expect(await refusal(pool, `ALTER TABLE ${table} ADD COLUMN forged text`)).toBe('42501');
      expect(await refusal(pool, `SET session_replication_role = replica`)).toBe('42501');
    });
  }

  it('cannot rewrite stream versions, the append function or the migration ledger', async () => {
    expect(await refusal(pool, 'DELETE FROM streams')).toBe('42501');
    expect(await refusal(pool, `DELETE FROM schema_migrations`)).toBe('42501');
    expect(
      await refusal(
        pool,
        `CREATE OR REPLACE FUNCTION events_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
      ),
    ).toBe('42501');
  });
});
