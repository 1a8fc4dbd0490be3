import './register-lib-paths';
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { PostgresEventStore, type NewEvent } from '@lib/event-store';
import { createApp, resolveTokenKeys, seedDemoOrganisation, TokenService } from '../apps/api/src/testing';
import { loadConfig } from '@lib/service';
import { benchPool, createDatabase, serverFacts, type BenchDatabase } from './database';
import { machineFacts, peakRssMb, printTable, ratio, writeResults } from './table';
import { BENCH_RATE_LIMITS } from './rate-limits';
import { emmett, rawFloor, type Target } from './targets';

const CONCURRENCY = [1, 8, 32];
const BASELINE = 'appendToStream, no HTTP (baseline)';
const FLOOR = 'floor: raw pg INSERT of the event';
const PEER = 'emmett: appendToStream of the event';
const SECONDS = Number(process.argv.find((arg) => arg.startsWith('--seconds='))?.slice('--seconds='.length) ?? 3);
const chairman = { personId: 'tran-van-an', unitId: 'ubnd-tp', position: 'head' as const, roles: ['office_chief' as const] };
const cuong = { personId: 'le-van-cuong', unitId: 'so-xay-dung', position: 'staff' as const, roles: ['officer' as const] };

interface Figures {
  command: string;
  concurrency: number;
  commands: number;
  commandsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/**
 * `npm run bench:http [-- --seconds=3]`: the whole command path over HTTP (token check, validation, the
 * organisation checks, the task decider, one append, the JSON answer; the projector is left to its own
 * process, as in the clustered deployment) at concurrency 1, 8 and 32, against the same TaskAssigned event
 * appended by the event store directly in the same run (the ratio is what HTTP and command handling cost).
 * Two commands: POST /tasks (a new stream per command) and POST /tasks/{id}/comments (one stream per
 * writer, read and folded before each append). The floor (raw INSERT of the same event into a plain table) and
 * the peer (Emmett's appendToStream to a new stream) run in the same process after the app has closed, since
 * Emmett replaces pg's process-wide type parsers.
 */
async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.error('DATABASE_URL is not set, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:http');
    process.exitCode = 2;
    return;
  }
  const db = await createDatabase(serverUrl, 'http');
  const secret = 'bench-secret-that-is-long-enough-for-hs256-0123456789';
  // The projector runs in its own process (PROJECTOR=external, the clustered deployment), so that the commands, our
  // direct append, the floor and the peer all run with nothing else in this process.
  const config = {
    ...loadConfig({}),
    databaseUrl: db.url,
    jwtSecret: secret,
    deadlineWatchMs: 0,
    databasePoolSize: 40,
    projector: 'external' as const,
    ...BENCH_RATE_LIMITS,
  };
  const keys = resolveTokenKeys(config);
  const app = await createApp(config, { tokenKeys: keys }, { logger: false });
  const pool = benchPool({ connectionString: db.url, max: 40 });
  let appOpen = true;
  try {
    const server = await serverFacts(serverUrl);
    await app.init();
    await seedDemoOrganisation(new PostgresEventStore(pool, { notify: false }));
    await app.listen(0, '127.0.0.1');
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the organisation read model follows the log
    const base = await app.getUrl();
    const tokens = new TokenService(keys, config);
    const chairmanToken = tokens.mint(chairman, 3600);
    const cuongToken = tokens.mint(cuong, 3600);
    const post = async (path: string, token: string, body: object): Promise<{ status: number; body: Record<string, unknown> }> => {
      const response = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    let sequence = 0;
    const assignment = () => ({
      title: `Kiểm tra công trình xây dựng số ${++sequence} đường Lê Duẩn`,
      category: 'construction',
      source: { number: `${1000 + sequence}/UBND-TH`, date: '2026-03-02' },
      assigningAuthority: { personId: chairman.personId, unitId: chairman.unitId },
      leadUnitId: 'so-xay-dung',
      responsiblePerson: { personId: cuong.personId, unitId: cuong.unitId },
      deadline: { workingDays: 10 },
      occurredAt: '2026-03-02T09:00:00+07:00',
    });
    const results: Figures[] = [];
    const direct = new PostgresEventStore(pool, { notify: 'coalesced' });
    const sample = (await post('/tasks', chairmanToken, assignment())).body['taskId'] as string;
    const [template] = await direct.readStream(`task-${sample}`);
    for (const concurrency of CONCURRENCY) {
      // The floor of this bench: the same TaskAssigned event appended to a new stream by the store itself.
      results.push(
        await measure(BASELINE, concurrency, async () => {
          const id = randomUUID();
          await direct.appendToStream(
            `task-${id}`,
            [{ id: randomUUID(), type: template!.type, data: template!.data, metadata: template!.metadata }],
            { expectedVersion: 'no_stream' },
          );
          return 201;
        }),
      );
      results.push(await measure('POST /tasks', concurrency, async () => (await post('/tasks', chairmanToken, assignment())).status));
      const own = await Promise.all(
        Array.from({ length: concurrency }, async () => (await post('/tasks', chairmanToken, assignment())).body['taskId'] as string),
      );
      let writer = 0;
      results.push(
        await measure('POST /tasks/{id}/comments', concurrency, async () => {
          const taskId = own[writer++ % concurrency]!;
          return (
            await post(`/tasks/${taskId}/comments`, cuongToken, {
              content: 'Đã kiểm tra hiện trường, đang lập biên bản',
              occurredAt: '2026-03-03T09:00:00+07:00',
            })
          ).status;
        }),
      );
    }
    await app.close();
    appOpen = false;
    const event: NewEvent = { id: template!.id, type: template!.type, data: template!.data, metadata: template!.metadata };
    results.push(...(await measureBaseline(serverUrl, FLOOR, rawFloor, event)));
    results.push(...(await measureBaseline(serverUrl, PEER, emmett, event)));
    printResults(results);
    const peakMb = peakRssMb();
    console.log(`\npeak RSS of the bench process (the app included): ${peakMb.toFixed(0)} MB`);
    writeResults('http', { seconds: SECONDS, machine: machineFacts(), server, results, peakRssMb: peakMb });
  } finally {
    if (appOpen) await app.close();
    await pool.end();
    await db.drop();
  }
}

/** The same TaskAssigned event appended to a new stream per call at each concurrency, on a database of its own. */
async function measureBaseline(
  serverUrl: string,
  name: string,
  make: (url: string) => Promise<Target>,
  event: NewEvent,
): Promise<Figures[]> {
  const db: BenchDatabase = await createDatabase(serverUrl, 'http_baseline');
  try {
    const target = await make(db.url);
    const figures: Figures[] = [];
    for (const concurrency of CONCURRENCY) {
      const connected = await target.connect(concurrency);
      try {
        figures.push(
          await measure(name, concurrency, async () => {
            await connected.appender(`task-${randomUUID()}`)([{ ...event, id: randomUUID() }]);
            return 201;
          }),
        );
      } finally {
        await connected.close();
      }
    }
    return figures;
  } finally {
    await db.drop();
  }
}

/** `concurrency` clients each sending one command after the other for SECONDS; a command is timed from send to answer. */
async function measure(command: string, concurrency: number, send: () => Promise<number>): Promise<Figures> {
  const times: number[] = [];
  let errors = 0;
  const until = Date.now() + SECONDS * 1000;
  const begin = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const started = process.hrtime.bigint();
        const status = await send();
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
        if (status !== 201) errors += 1;
      }
    }),
  );
  const seconds = (Date.now() - begin) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  process.stderr.write(`  ${command} c=${concurrency}: ${Math.round(times.length / seconds)} commands/s\n`);
  return {
    command,
    concurrency,
    commands: times.length,
    commandsPerSecond: times.length / seconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    errors,
  };
}

function printResults(results: readonly Figures[]): void {
  const rate = (command: string, concurrency: number) =>
    results.find((r) => r.command === command && r.concurrency === concurrency)?.commandsPerSecond;
  printTable(
    'commands over HTTP (each records one event), against the same event appended without HTTP',
    ['command', 'conc', 'commands/s', 'p50 ms', 'p99 ms', 'errors', '÷ our append', '÷ floor', '÷ emmett'],
    results.map((r) => [
      r.command,
      String(r.concurrency),
      String(Math.round(r.commandsPerSecond)),
      r.p50Ms.toFixed(1),
      r.p99Ms.toFixed(1),
      String(r.errors),
      ratio(r.commandsPerSecond, rate(BASELINE, r.concurrency)),
      ratio(r.commandsPerSecond, rate(FLOOR, r.concurrency)),
      ratio(r.commandsPerSecond, rate(PEER, r.concurrency)),
    ]),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
