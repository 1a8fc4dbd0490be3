import './register-lib-paths';
import 'reflect-metadata';
import type { Pool } from 'pg';
import { custodyTimeline, type CustodyLog } from '@lib/domain/custody';
import { runMigrations } from '@lib/database';
import { workingDayCalendar } from '../apps/api/src/testing';
import { serviceMigrations } from '@lib/service';
import { benchPool, createDatabase, serverFacts, type BenchDatabase } from './database';
import { timeEach, type Latency } from './latency';
import { measureReadAll, type ReadFigures } from './measure';
import { startProvinceApi } from './province/province-api';
import { loadProvince, type LoadFigures } from './province/province-load';
import { rebuildAll, type RebuildFigures } from './province/province-rebuild';
import { Province, PROVINCE_SIZES, type ProvinceSize } from './province/province';
import { machineFacts, peakRssMb, printTable, ratio, writeResults } from './table';
import { emmett, indexFloorStreams, ourStore, rawFloor, type Target } from './targets';

const WRITERS = 8;
const QUERY_SAMPLES = 300;
const REPORT_SAMPLES = 100;
const READ_PAGE = 1000;
const AS_OF = '2026-11-20T03:00:00.000Z';
const FLOOR = 'floor';
const PEER = 'emmett';

/** A query's latency for ours, and for the floor and the peer doing the nearest thing they can (see the notes). */
interface QueryFigures {
  query: string;
  /** What the floor and the peer read for the same answer: the task's stream, the report's task streams, nothing. */
  baseline: 'task stream' | 'report streams' | null;
  ours: Latency;
  floor?: Latency;
  emmett?: Latency;
  target: string;
}

/** What ours read while timing queries, so that the floor and the peer read the same things. */
interface Samples {
  taskStreams: string[];
  /** Per person sampled: the tasks their yearly report counts as held. */
  reportTasks: string[][];
}

/**
 * `npm run bench:province [-- --size=100k|1m|10m] [--keep] [--no-baselines]`: generates the province (bench/province) and loads
 * it three times in the same process — into our event store, into a plain table by raw INSERTs (the floor) and
 * into Emmett's PostgreSQL event store (the peer) — then reads each log whole, rebuilds every projection of ours
 * from the log, and times queries against what the floor and the peer would read for the same answer.
 * Prints the tables and writes JSON to bench/results/. Needs DATABASE_URL (a server where it may create and
 * drop databases). `--keep` keeps our database (not the baselines') for rebuild-probe and profiling;
 * `--no-baselines` measures ours alone (quicker, for profiling; no ratios).
 *
 * Order matters: Emmett replaces pg's process-wide type parsers when it opens a pool, so everything of ours
 * (the API included) runs before the peer is loaded.
 */
async function main(): Promise<void> {
  const sizeArg =
    process.argv
      .slice(2)
      .find((arg) => arg.startsWith('--size='))
      ?.slice('--size='.length) ?? '100k';
  if (!(sizeArg in PROVINCE_SIZES)) throw new Error(`unknown size ${sizeArg}: use --size=100k (default), 1m or 10m`);
  const size = sizeArg as ProvinceSize;
  const keep = process.argv.includes('--keep');
  const baselines = !process.argv.includes('--no-baselines');
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.error('DATABASE_URL is not set, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:province');
    process.exitCode = 2;
    return;
  }
  const db = await createDatabase(serverUrl, `province_${size}`);
  const baselineDbs: BenchDatabase[] = [];
  const dropAll = () => Promise.allSettled([...(keep ? [] : [db]), ...baselineDbs].map((d) => d.drop()));
  process.once('SIGINT', () => void dropAll().finally(() => process.exit(130)));
  const pool = benchPool({ connectionString: db.url, max: WRITERS + 2 });
  try {
    const server = await serverFacts(serverUrl);
    await runMigrations(pool, serviceMigrations);
    const started = Date.now();
    const province = new Province(PROVINCE_SIZES[size]);
    console.log(
      `province ${size}: ${province.units} units, ${province.persons} people, ${province.taskCopies} copies of the demo city's tasks ` +
        `(city generated in ${((Date.now() - started) / 1000).toFixed(1)} s); PostgreSQL ${server['server_version']}, shared_buffers ${server['shared_buffers']}`,
    );

    // Ours: load, read, rebuild, query.
    const ours = await ourStore('ours', db.url, false);
    const loads: LoadFigures[] = [await loadInto(ours, province)];
    const reads: ReadFigures[] = [await measureReadAll(ours, READ_PAGE)];
    const rebuilds = await rebuildAll(pool);
    await checkReadModels(pool);
    const { queries, samples } = await timeOurQueries(db.url, pool, ours);

    // The floor, then the peer (last: see above), each on a database of its own, loaded and read the same way.
    for (const [name, make] of baselines
      ? ([
          [FLOOR, rawFloor],
          [PEER, emmett],
        ] as const)
      : []) {
      const baselineDb = await createDatabase(serverUrl, `province_${size}_${name}`);
      baselineDbs.push(baselineDb);
      const target = await make(baselineDb.url);
      loads.push(await loadInto(target, province, name));
      if (name === FLOOR) await indexFloorStreams(baselineDb.url);
      reads.push({ ...(await measureReadAll(target, READ_PAGE)), target: name });
      await timeBaselineQueries(name, target, samples, queries);
      await baselineDb.drop();
      baselineDbs.pop();
    }
    const peakMb = peakRssMb();
    printFigures(loads, reads, rebuilds, queries);
    console.log(`\npeak RSS of the bench process: ${peakMb.toFixed(0)} MB`);
    writeResults(`province-${size}`, {
      size,
      units: province.units,
      persons: province.persons,
      machine: machineFacts(),
      server,
      loads,
      reads,
      rebuilds,
      queries,
      peakRssMb: peakMb,
    });
  } finally {
    await pool.end();
    if (keep) console.log(`kept the database for inspection: ${db.url} (drop it when done)`);
    await dropAll();
  }
}

async function loadInto(target: Target, province: Province, name = target.name): Promise<LoadFigures> {
  const connected = await target.connect(WRITERS);
  try {
    const figures = await loadProvince(name, province, WRITERS, (batch) => connected.appendAny(batch.streamId, batch.events));
    process.stderr.write(`  ${name}: loaded ${figures.events} events in ${figures.seconds.toFixed(1)} s\n`);
    return figures;
  } finally {
    await connected.close();
  }
}

async function checkReadModels(pool: Pool): Promise<void> {
  const {
    rows: [counts],
  } = await pool.query<{ tasks: number; findings: number; streams: number }>(
    `SELECT (SELECT count(*)::int FROM rm_task) AS tasks, (SELECT count(*)::int FROM rm_finding) AS findings,
            (SELECT count(*)::int FROM streams WHERE stream_id LIKE 'task-%') AS streams`,
  );
  console.log(`read models after the rebuilds: ${counts!.tasks} tasks of ${counts!.streams} task streams, ${counts!.findings} findings`);
  if (counts!.tasks !== counts!.streams) throw new Error('task_custody does not hold every task: a projection failed during the rebuild');
}

async function timeOurQueries(databaseUrl: string, pool: Pool, ours: Target): Promise<{ queries: QueryFigures[]; samples: Samples }> {
  const calendar = workingDayCalendar();
  const { rows: tasks } = await pool.query<{ task_id: string }>('SELECT task_id FROM rm_task ORDER BY md5(task_id::text) LIMIT $1', [
    QUERY_SAMPLES,
  ]);
  const { rows: units } = await pool.query<{ unit_id: string }>('SELECT DISTINCT unit_id FROM rm_finding_party ORDER BY unit_id LIMIT $1', [
    QUERY_SAMPLES,
  ]);
  const { rows: persons } = await pool.query<{ person_id: string }>(
    'SELECT DISTINCT person_id FROM rm_task_party WHERE person_id IS NOT NULL ORDER BY person_id LIMIT $1',
    [REPORT_SAMPLES],
  );
  const taskIds = tasks.map((t) => t.task_id);
  const api = await startProvinceApi(databaseUrl);
  const connected = await ours.connect(1);
  try {
    const reportTasks: string[][] = [];
    const queries: QueryFigures[] = [
      {
        query: "a task's custody over HTTP",
        baseline: 'task stream',
        ours: await timeEach(taskIds, (id) => api.get(`/tasks/${id}/custody?asOf=${AS_OF}`)),
        target: 'p99 < 10 ms',
      },
      {
        query: "a task's custody: row + fold, no HTTP",
        baseline: 'task stream',
        ours: await timeEach(taskIds, async (id) => {
          const { rows } = await pool.query<{ custody_log: CustodyLog }>('SELECT custody_log FROM rm_task WHERE task_id = $1', [id]);
          custodyTimeline(rows[0]!.custody_log, { asOf: AS_OF, calendar });
        }),
        target: 'p99 < 10 ms',
      },
      {
        query: "a task's stream read whole",
        baseline: 'task stream',
        ours: await timeEach(taskIds, (id) => connected.readStream(`task-${id}`)),
        target: '—',
      },
      {
        query: "a unit's findings over HTTP (page of 50)",
        baseline: null,
        ours: await timeEach(
          units.map((u) => u.unit_id),
          (unit) => api.get(`/findings?unit=${encodeURIComponent(unit)}&limit=50`),
        ),
        target: '—',
      },
      {
        query: "a person's yearly report over HTTP",
        baseline: 'report streams',
        ours: await timeEach(
          persons.map((p) => p.person_id),
          async (personId) => {
            const report = (await api.get(`/reports/persons/${encodeURIComponent(personId)}?from=2026-01-01&to=2026-12-31`)) as {
              figures?: { tasksHeld?: { taskIds?: string[] } };
            };
            reportTasks.push(report.figures?.tasksHeld?.taskIds ?? []);
          },
        ),
        target: 'p99 < 100 ms',
      },
    ];
    return { queries, samples: { taskStreams: taskIds.map((id) => `task-${id}`), reportTasks } };
  } finally {
    await connected.close();
    await api.close();
  }
}

/**
 * What the floor and the peer do for the same answers. They keep no read models, so for a task's custody they
 * read the task's stream (the fold is not counted for them), and for a person's report the streams of the tasks
 * the report counts, stream by stream, eight at a time. A unit's
 * findings have no counterpart short of running the rules over every task of the unit: left blank.
 */
async function timeBaselineQueries(name: string, target: Target, samples: Samples, queries: QueryFigures[]): Promise<void> {
  const connected = await target.connect(8);
  try {
    const streamRead = await timeEach(samples.taskStreams, (streamId) => connected.readStream(streamId));
    const reportRead = await timeEach(samples.reportTasks, (taskIds) => connected.readStreams(taskIds.map((id) => `task-${id}`)));
    for (const query of queries) {
      const figure = query.baseline === 'task stream' ? streamRead : query.baseline === 'report streams' ? reportRead : undefined;
      if (figure) query[name === FLOOR ? 'floor' : 'emmett'] = figure;
    }
  } finally {
    await connected.close();
  }
}

function printFigures(
  loads: readonly LoadFigures[],
  reads: readonly ReadFigures[],
  rebuilds: readonly RebuildFigures[],
  queries: readonly QueryFigures[],
): void {
  const load = (name: string) => loads.find((l) => l.target === name)?.eventsPerSecond;
  const read = (name: string) => reads.find((r) => r.target === name)?.eventsPerSecond;
  printTable(
    `load, ${WRITERS} writers, one append per stream (events/s)`,
    ['target', 'events', 'seconds', 'events/s', '÷ floor', '÷ emmett'],
    loads.map((l) => [
      l.target,
      String(l.events),
      l.seconds.toFixed(1),
      String(Math.round(l.eventsPerSecond)),
      ratio(l.eventsPerSecond, load(FLOOR)),
      ratio(l.eventsPerSecond, load(PEER)),
    ]),
  );
  printTable(
    `reading the whole log (pages of ${READ_PAGE}) and rebuilding each projection from it (target ≥ 30,000 events/s); ratios to the floor's and Emmett's read`,
    ['what', 'events', 'seconds', 'events/s', '÷ floor read', '÷ emmett read'],
    [
      ...reads.map((r) => [
        `read: ${r.target}`,
        String(r.events),
        r.seconds.toFixed(1),
        String(Math.round(r.eventsPerSecond)),
        ratio(r.eventsPerSecond, read(FLOOR)),
        ratio(r.eventsPerSecond, read(PEER)),
      ]),
      ...rebuilds.map((r) => [
        `rebuild: ${r.projection}`,
        String(r.events),
        r.seconds.toFixed(1),
        String(Math.round(r.eventsPerSecond)),
        ratio(r.eventsPerSecond, read(FLOOR)),
        ratio(r.eventsPerSecond, read(PEER)),
      ]),
    ],
  );
  const ms = (l?: Latency) => (l ? `${l.p50.toFixed(2)} / ${l.p99.toFixed(2)}` : '—');
  printTable(
    'queries, p50 / p99 ms (ratios: our p99 time ÷ theirs; floor and emmett read the raw events the answer needs)',
    ['query', 'ours', 'floor', 'emmett', 'ours ÷ floor', 'ours ÷ emmett', 'target'],
    queries.map((q) => [
      q.query,
      ms(q.ours),
      ms(q.floor),
      ms(q.emmett),
      ratio(q.ours.p99, q.floor?.p99),
      ratio(q.ours.p99, q.emmett?.p99),
      q.target,
    ]),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
