import './register-lib-paths';
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { custodyTimeline, type CustodyLog } from '@lib/domain/custody';
import { runMigrations } from '@lib/database';
import { PostgresEventStore, type NewEvent } from '@lib/event-store';
import { ProjectorRuntime } from '@lib/projector';
import { workingDayCalendar } from '../apps/api/src/calendar/calendar.provider';
import { serviceMigrations } from '../apps/api/src/database/service-migrations';
import { serviceProjections } from '../apps/api/src/projections/service-projections';
import { resolveTokenKeys } from '../apps/api/src/auth/token-keys';
import { TokenService } from '../apps/api/src/auth/token-service';
import { loadConfig } from '../apps/api/src/config/app-config';
import { createApp } from '../apps/api/src/create-app';
import { createDatabase, serverFacts } from './database';
import { Province, PROVINCE_SIZES, type ProvinceSize } from './province/province';

const WRITERS = 8;
const QUERY_SAMPLES = 300;

/**
 * `npm run bench:province [-- --size=100k|1m|10m] [--keep]`: generates the province (bench/province), loads it into a
 * fresh database through the event store, rebuilds every projection from the log and times queries on the
 * read models. Prints the figures and writes JSON to bench/results/. Needs DATABASE_URL (a server where it
 * may create and drop a database).
 */
async function main(): Promise<void> {
  const sizeArg = process.argv.slice(2).find((arg) => arg.startsWith('--size='))?.slice('--size='.length) ?? '100k';
  if (!(sizeArg in PROVINCE_SIZES)) throw new Error(`unknown size ${sizeArg}: use --size=100k (default), 1m or 10m`);
  const size = sizeArg as ProvinceSize;
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.error('DATABASE_URL is not set, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:province');
    process.exitCode = 2;
    return;
  }
  const db = await createDatabase(serverUrl, `province_${size}`);
  process.once('SIGINT', () => void db.drop().finally(() => process.exit(130)));
  const pool = new Pool({ connectionString: db.url, max: WRITERS + 2 });
  try {
    const server = await serverFacts(serverUrl);
    await runMigrations(pool, serviceMigrations);
    const started = Date.now();
    const province = new Province(PROVINCE_SIZES[size]);
    const generatedIn = (Date.now() - started) / 1000;
    console.log(`province ${size}: ${province.units} units, ${province.persons} people, ${province.taskCopies} copies of the demo city's tasks (city generated in ${generatedIn.toFixed(1)} s)`);

    const load = await loadProvince(province, new PostgresEventStore(pool, { notify: false }));
    console.log(`loaded ${load.events} events (${load.streams} streams) in ${load.seconds.toFixed(1)} s: ${Math.round(load.events / load.seconds)} events/s with ${WRITERS} writers`);

    const rebuilds: Array<{ projection: string; events: number; seconds: number; eventsPerSecond: number }> = [];
    for (const projection of serviceProjections()) {
      const runtime = new ProjectorRuntime({ pool, eventStore: new PostgresEventStore(pool, { notify: false }), projections: [projection], batchSize: 1000 });
      const begin = Date.now();
      const [report] = await runtime.rebuild([projection.name], (progress) => {
        if (!progress.done && progress.eventsDone % 50_000 < 1000) process.stderr.write(`  rebuilding ${projection.name}: ${progress.eventsDone} events\r`);
      });
      const seconds = (Date.now() - begin) / 1000;
      rebuilds.push({ projection: projection.name, events: report!.eventsDone, seconds, eventsPerSecond: report!.eventsDone / seconds });
      process.stderr.write('\n');
    }
    printTable('full rebuild from the log (target ≥ 30,000 events/s)', ['projection', 'events', 'seconds', 'events/s'], rebuilds.map((r) => [r.projection, String(r.events), r.seconds.toFixed(1), String(Math.round(r.eventsPerSecond))]));

    const { rows: [counts] } = await pool.query<{ tasks: number; findings: number; streams: number }>(
      `SELECT (SELECT count(*)::int FROM rm_task) AS tasks, (SELECT count(*)::int FROM rm_finding) AS findings,
              (SELECT count(*)::int FROM streams WHERE stream_id LIKE 'task-%') AS streams`,
    );
    console.log(`read models after the rebuilds: ${counts!.tasks} tasks of ${counts!.streams} task streams, ${counts!.findings} findings`);
    if (counts!.tasks !== counts!.streams) throw new Error('task_custody does not hold every task: a projection failed during the rebuild');
    const queries = await timeQueries(pool);
    queries.push(await timeYearlyReports(db.url, pool));
    printTable(`read-model queries (${QUERY_SAMPLES} samples each)`, ['query', 'p50 ms', 'p99 ms', 'target'], queries.map((q) => [q.query, q.p50.toFixed(2), q.p99.toFixed(2), q.target]));
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    console.log(`\npeak RSS of the bench process: ${peakRssMb.toFixed(0)} MB`);

    const resultsDir = join(__dirname, '..', '..', '..', 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, `province-${size}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version };
    writeFileSync(file, `${JSON.stringify({ size, units: province.units, persons: province.persons, machine, server, load, rebuilds, queries, peakRssMb }, null, 2)}\n`);
    console.log(`results written to ${file}`);
  } finally {
    await pool.end();
    if (process.argv.includes('--keep')) console.log(`kept the database for inspection: ${db.url} (drop it when done)`);
    else await db.drop();
  }
}

async function loadProvince(province: Province, store: PostgresEventStore): Promise<{ events: number; streams: number; seconds: number }> {
  const begin = Date.now();
  let events = 0;
  let streams = 0;
  let lastReport = begin;
  const append = async (batch: { streamId: string; events: NewEvent[] }): Promise<void> => {
    await store.appendToStream(batch.streamId, batch.events, { expectedVersion: 'any' });
    events += batch.events.length;
    streams += 1;
    if (Date.now() - lastReport > 5000) {
      lastReport = Date.now();
      process.stderr.write(`  loading: ${events} / ~${province.targetEvents} events, ${Math.round(events / ((lastReport - begin) / 1000))} events/s\n`);
    }
  };
  // WRITERS writers take whole organisation copies (a copy's streams in order: a unit before its people), then tasks.
  const copies = province.organisationCopies();
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      for (let copy = copies.next(); !copy.done; copy = copies.next()) for (const batch of copy.value) await append(batch);
    }),
  );
  const tasks = province.taskStreams();
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      for (let batch = tasks.next(); !batch.done; batch = tasks.next()) await append(batch.value);
    }),
  );
  return { events, streams, seconds: (Date.now() - begin) / 1000 };
}

async function timeQueries(pool: Pool): Promise<Array<{ query: string; p50: number; p99: number; target: string }>> {
  const calendar = workingDayCalendar();
  const { rows: tasks } = await pool.query<{ task_id: string }>('SELECT task_id FROM rm_task ORDER BY md5(task_id::text) LIMIT $1', [QUERY_SAMPLES]);
  const { rows: units } = await pool.query<{ unit_id: string }>('SELECT DISTINCT unit_id FROM rm_finding_party ORDER BY unit_id LIMIT $1', [QUERY_SAMPLES]);
  const custody = await sample(tasks.map((t) => t.task_id), async (taskId) => {
    const { rows } = await pool.query<{ custody_log: CustodyLog }>('SELECT custody_log FROM rm_task WHERE task_id = $1', [taskId]);
    custodyTimeline(rows[0]!.custody_log, { asOf: '2026-11-20T03:00:00.000Z', calendar });
  });
  const findings = await sample(units.map((u) => u.unit_id), async (unitId) => {
    await pool.query(
      `SELECT f.* FROM rm_finding f WHERE EXISTS (SELECT 1 FROM rm_finding_party p WHERE p.finding_id = f.finding_id AND p.unit_id = $1)
        ORDER BY f.at DESC, f.finding_id DESC LIMIT 50`,
      [unitId],
    );
  });
  return [
    { query: "a task's custody (row + fold)", ...custody, target: 'p99 < 10 ms' },
    { query: 'findings list of a unit (first page of 50)', ...findings, target: '—' },
  ];
}

/**
 * A person's yearly report over HTTP (the API on this database, projector external: the read models are
 * already rebuilt): GET /reports/persons/{id}?from=2026-01-01&to=2026-12-31 for officials who held tasks.
 */
async function timeYearlyReports(databaseUrl: string, pool: Pool): Promise<{ query: string; p50: number; p99: number; target: string }> {
  const secret = 'bench-secret-that-is-long-enough-for-hs256-0123456789';
  const config = { ...loadConfig({}), databaseUrl, jwtSecret: secret, deadlineWatchMs: 0, projector: 'external' as const };
  const keys = resolveTokenKeys(config);
  const app = await createApp(config, { tokenKeys: keys }, { logger: false });
  try {
    await app.init();
    await app.listen(0, '127.0.0.1');
    const base = await app.getUrl();
    const token = new TokenService(keys, config).mint({ personId: 'bench-admin', unitId: 'ubnd-tp.c0', roles: ['admin'] }, 3600);
    const { rows } = await pool.query<{ person_id: string }>(
      'SELECT DISTINCT person_id FROM rm_task_party WHERE person_id IS NOT NULL ORDER BY person_id LIMIT $1',
      [QUERY_SAMPLES / 3],
    );
    const figures = await sample(rows.map((row) => row.person_id), async (personId) => {
      const response = await fetch(`${base}/reports/persons/${encodeURIComponent(personId)}?from=2026-01-01&to=2026-12-31`, { headers: { authorization: `Bearer ${token}` } });
      if (response.status !== 200) throw new Error(`report of ${personId}: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    });
    return { query: "a person's yearly report over HTTP", ...figures, target: 'p99 < 100 ms' };
  } finally {
    await app.close();
  }
}

async function sample<T>(inputs: readonly T[], run: (input: T) => Promise<void>): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (const input of inputs) {
    const begin = process.hrtime.bigint();
    await run(input);
    times.push(Number(process.hrtime.bigint() - begin) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

function printTable(title: string, header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: ReadonlyArray<string>) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
