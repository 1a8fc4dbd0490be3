import './register-lib-paths';
import { createDatabase, serverFacts, type BenchDatabase } from './database';
import { eventBytes, WriterEvents } from './events';
import { measureAppend, measureReadAll, type AppendFigures, type ReadFigures } from './measure';
import { machineFacts, peakRssMb, printTable, writeResults } from './table';
import { emmett, ourStore, rawFloor, type Target } from './targets';

interface Size {
  name: string;
  secondsPerCell: number;
  warmupSeconds: number;
}

const SIZES: Record<string, Size> = {
  quick: { name: 'quick', secondsPerCell: 0.8, warmupSeconds: 0.15 },
  large: { name: 'large', secondsPerCell: 8, warmupSeconds: 1 },
};
const CONCURRENCY = [1, 8, 32];
const BATCHES = [1, 5];
const READ_PAGE = 1000;
const SEED = 20260302;

const FLOOR = 'floor (raw pg INSERT)';
const PEER = 'emmett-postgresql';
const OURS_NOTIFY = 'ours, notify on';
const OURS_QUIET = 'ours, notify off';
const OURS_COALESCED = 'ours, notify coalesced';

function parseArgs(argv: ReadonlyArray<string>): Size {
  let size = SIZES.quick!;
  for (const arg of argv) {
    const match = /^--size=(\w+)$/.exec(arg);
    if (match && SIZES[match[1]!]) size = SIZES[match[1]!]!;
    else if (match) throw new Error(`unknown size ${match[1]}: use --size=quick (default) or --size=large`);
    const seconds = /^--seconds=([\d.]+)$/.exec(arg);
    if (seconds) size = { ...size, secondsPerCell: Number(seconds[1]) };
  }
  return size;
}

async function main(): Promise<void> {
  const size = parseArgs(process.argv.slice(2));
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.error(
      'DATABASE_URL is not set. The bench needs a PostgreSQL server where it may CREATE DATABASE (it creates and drops its own), e.g.\n' +
        '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench',
    );
    process.exitCode = 2;
    return;
  }

  const databases: BenchDatabase[] = [];
  const cleanUp = () => Promise.allSettled(databases.map((d) => d.drop()));
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

  try {
    const server = await serverFacts(serverUrl);
    const open = async (prefix: string, make: (url: string) => Promise<Target>) => {
      const db = await createDatabase(serverUrl, prefix);
      databases.push(db);
      return make(db.url);
    };
    const floor = await open('floor', rawFloor);
    const oursNotify = await open('ours_notify', (url) => ourStore(OURS_NOTIFY, url, true));
    const oursQuiet = await open('ours_quiet', (url) => ourStore(OURS_QUIET, url, false));
    const oursCoalesced = await open('ours_coalesced', (url) => ourStore(OURS_COALESCED, url, 'coalesced'));
    const peer = await open('emmett', emmett);
    const all = [floor, oursNotify, oursQuiet, oursCoalesced, peer];

    const sample = new WriterEvents(SEED).nextBatch(200);
    const meanEventBytes = sample.reduce((sum, e) => sum + eventBytes(e), 0) / sample.length;
    console.log(
      `size=${size.name}: ${size.secondsPerCell}s per cell, concurrency ${CONCURRENCY.join('/')}, batches ${BATCHES.join('/')}; ` +
        `events ~${Math.round(meanEventBytes)} bytes of data+metadata JSON; PostgreSQL ${server.server_version}, fsync=${server.fsync}, synchronous_commit=${server.synchronous_commit}`,
    );

    const appends: AppendFigures[] = [];
    const appendedTotal = new Map<string, number>();
    let cell = 2;
    for (const batch of BATCHES) {
      for (const concurrency of CONCURRENCY) {
        // Rotate the order from cell to cell so that no target always runs first (or right after the floor).
        const order = all.map((_, i) => all[(i + cell) % all.length]!);
        for (const target of order) {
          const figures = await measureAppend(target, concurrency, batch, size.secondsPerCell, size.warmupSeconds, cell);
          appends.push(figures);
          appendedTotal.set(target.name, (appendedTotal.get(target.name) ?? 0) + figures.events + figures.warmupEvents);
          process.stderr.write(`  ${target.name} c=${concurrency} b=${batch}: ${Math.round(figures.eventsPerSecond)} events/s\n`);
        }
        cell++;
      }
    }

    const reads: ReadFigures[] = [];
    for (const target of all) reads.push(await measureReadAll(target, READ_PAGE));
    for (const read of reads) {
      const appended = appendedTotal.get(read.target) ?? 0;
      if (read.events !== appended) console.warn(`WARNING: ${read.target} read ${read.events} events of the ${appended} it appended`);
    }

    const peakMb = peakRssMb();
    printAppendTable(appends);
    printReadTable(reads);
    console.log(`\npeak RSS of the bench process: ${peakMb.toFixed(0)} MB`);
    writeResults(`event-store-${size.name}`, {
      size,
      seed: SEED,
      meanEventBytes,
      machine: machineFacts(),
      server,
      appends,
      reads,
      ratios: ratios(appends, reads),
      peakRssMb: peakMb,
    });
  } finally {
    await cleanUp();
  }
}

function find(appends: ReadonlyArray<AppendFigures>, target: string, concurrency: number, batch: number): AppendFigures | undefined {
  return appends.find((f) => f.target === target && f.concurrency === concurrency && f.batch === batch);
}

function ratios(appends: ReadonlyArray<AppendFigures>, reads: ReadonlyArray<ReadFigures>) {
  return {
    append: appends.map((f) => {
      const floor = find(appends, FLOOR, f.concurrency, f.batch)!;
      const peer = find(appends, PEER, f.concurrency, f.batch)!;
      return {
        target: f.target,
        concurrency: f.concurrency,
        batch: f.batch,
        toFloor: f.eventsPerSecond / floor.eventsPerSecond,
        toEmmett: f.eventsPerSecond / peer.eventsPerSecond,
      };
    }),
    readAll: reads.map((r) => ({
      target: r.target,
      toFloor: r.eventsPerSecond / reads.find((x) => x.target === FLOOR)!.eventsPerSecond,
      toEmmett: r.eventsPerSecond / reads.find((x) => x.target === PEER)!.eventsPerSecond,
    })),
  };
}

function printAppendTable(appends: ReadonlyArray<AppendFigures>): void {
  const rows = appends.map((f) => {
    const floor = find(appends, FLOOR, f.concurrency, f.batch)!;
    const peer = find(appends, PEER, f.concurrency, f.batch)!;
    return [
      f.target,
      String(f.concurrency),
      String(f.batch),
      Math.round(f.eventsPerSecond).toString(),
      f.p50Ms.toFixed(2),
      f.p99Ms.toFixed(2),
      `${(f.eventsPerSecond / floor.eventsPerSecond).toFixed(2)}×`,
      `${(f.eventsPerSecond / peer.eventsPerSecond).toFixed(2)}×`,
    ];
  });
  printTable(
    'appendToStream (throughput in events/s; latency per append call)',
    ['target', 'conc', 'batch', 'events/s', 'p50 ms', 'p99 ms', '÷ floor', '÷ emmett'],
    rows,
  );
}

function printReadTable(reads: ReadonlyArray<ReadFigures>): void {
  const floor = reads.find((r) => r.target === FLOOR)!;
  const peer = reads.find((r) => r.target === PEER)!;
  printTable(
    `catch-up read of the whole log from the start, pages of ${READ_PAGE}`,
    ['target', 'events', 'seconds', 'events/s', '÷ floor', '÷ emmett'],
    reads.map((r) => [
      r.target,
      String(r.events),
      r.seconds.toFixed(2),
      Math.round(r.eventsPerSecond).toString(),
      `${(r.eventsPerSecond / floor.eventsPerSecond).toFixed(2)}×`,
      `${(r.eventsPerSecond / peer.eventsPerSecond).toFixed(2)}×`,
    ]),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
