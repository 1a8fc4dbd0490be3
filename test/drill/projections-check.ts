import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Pool } from 'pg';
import { dumpTables } from '@lib/projector';
import { SERVICE_PROJECTIONS } from '@lib/read-models/catalogue';
import { REPO_ROOT } from './drill-paths';
import type { HttpClient } from './http-client';
import { pause } from './http-load';

interface ProjectionLag {
  name: string;
  state: string;
  lag: { events: number };
  failure: { message: string } | null;
}

/** Polls GET /projections (an administrator's token) until every read model has caught up with the log; returns how long it took. */
export async function readModelsCaughtUpOverHttp(client: HttpClient, adminToken: string, timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  let last: unknown;
  while (Date.now() - started < timeoutMs) {
    const answer = await client.send({ method: 'GET', path: '/projections', token: adminToken, timeoutMs: 5_000 });
    last = answer.body;
    const projections = (answer.body as { projections?: ProjectionLag[] } | null)?.projections;
    if (answer.status === 200 && Array.isArray(projections)) {
      const failed = projections.find((projection) => projection.failure !== null);
      if (failed) throw new Error(`projection ${failed.name} failed: ${failed.failure!.message}`);
      if (projections.every((projection) => projection.lag.events === 0)) return Date.now() - started;
    }
    await pause(100);
  }
  throw new Error(`the read models did not catch up within ${timeoutMs} ms: ${JSON.stringify(last)}`);
}

export interface RebuildComparison {
  identical: boolean;
  tables: number;
  rows: number;
  bytes: number;
  rebuildMs: number;
  /** The first line that differs, as kept and as rebuilt, when they differ. */
  firstDifference?: { line: number; kept: string; rebuilt: string };
}

/**
 * With the service stopped: dumps every read-model table (as the owner), replays the whole log into them
 * with the rebuild CLI the operator runs (`npm run rebuild`, here its built file with the drill's database),
 * dumps them again and compares the two texts byte for byte.
 */
export async function compareWithRebuild(urls: { databaseUrl: string; databaseOwnerUrl: string }): Promise<RebuildComparison> {
  const tables = SERVICE_PROJECTIONS.flatMap((projection) => projection.tables);
  const pool = new Pool({ connectionString: urls.databaseOwnerUrl, max: 1, application_name: 'drill-inspector' });
  pool.on('error', () => undefined);
  try {
    const kept = await dumpTables(pool, tables);
    const started = Date.now();
    await runRebuildCli(urls);
    const rebuildMs = Date.now() - started;
    const rebuilt = await dumpTables(pool, tables);
    const rows = kept.split('\n').filter((line) => line !== '' && !line.startsWith('-- ')).length;
    const comparison: RebuildComparison = {
      identical: kept === rebuilt,
      tables: tables.length,
      rows,
      bytes: Buffer.byteLength(kept),
      rebuildMs,
    };
    if (!comparison.identical) comparison.firstDifference = firstDifference(kept, rebuilt);
    return comparison;
  } finally {
    await pool.end();
  }
}

function runRebuildCli(urls: { databaseUrl: string; databaseOwnerUrl: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/apps/api/src/cli/rebuild.js')], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: urls.databaseUrl, DATABASE_OWNER_URL: urls.databaseOwnerUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`rebuild exited with code ${code} (signal ${signal}): ${output.slice(-2000)}`));
    });
  });
}

function firstDifference(kept: string, rebuilt: string): { line: number; kept: string; rebuilt: string } {
  const a = kept.split('\n');
  const b = rebuilt.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return { line: i + 1, kept: (a[i] ?? '(none)').slice(0, 300), rebuilt: (b[i] ?? '(none)').slice(0, 300) };
  }
  return { line: -1, kept: '', rebuilt: '' };
}
