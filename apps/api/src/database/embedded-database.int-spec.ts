import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { freePort } from '../../../../test/support/private-cluster';
import { startEmbeddedDatabase } from './embedded-database';
import { AlreadyRunningError } from './instance-lock';

describe('the embedded PostgreSQL default', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'embedded-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user and must reach its folder
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts, refuses a second instance on the same data, and keeps data across restarts', async () => {
    // A port free now, not one derived from the pid: the run's own embedded server may hold that one.
    const port = await freePort();
    const first = await startEmbeddedDatabase(dataDir, port, () => undefined);
    try {
      await query(first.url, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$Sở Xây dựng$$)');
      await expect(startEmbeddedDatabase(dataDir, port + 1, () => undefined)).rejects.toBeInstanceOf(AlreadyRunningError);
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedDatabase(dataDir, port, () => undefined);
    try {
      expect(await query(second.url, 'SELECT note FROM kept')).toEqual([{ note: 'Sở Xây dựng' }]);
    } finally {
      await second.stop();
    }
  }, 60_000);
});

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(sql);
    return Array.isArray(result) ? [] : result.rows;
  } finally {
    await client.end();
  }
}
