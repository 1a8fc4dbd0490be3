import './register-lib-paths';
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runMigrations } from '@lib/database';
import { loadConfig, serviceMigrations } from '@lib/service';
import { createApp, resolveTokenKeys, SessionService, type Principal } from '../apps/api/src/testing';
import { benchPool, createDatabase } from './database';
import { openConsoleBrowser, timeConsolePage, type ConsoleBrowser, type PageLoad } from './console/console-load';
import { loadProvince } from './province/province-load';
import { rebuildAll } from './province/province-rebuild';
import { Province, PROVINCE_SIZES, type ProvinceSize } from './province/province';
import { BENCH_RATE_LIMITS } from './rate-limits';
import { machineFacts, printTable, ratio, writeResults } from './table';
import { ourStore } from './targets';

const WRITERS = 8;
const CONSOLE_DIR = join(__dirname, '..', '..', 'console');

/**
 * The inspector of the province's first city copy (bench/province names every id `<id>.c<k>`): she reads the tasks and
 * findings of every unit under that copy's People's Committee, as the demo city's inspector does in hers.
 */
const INSPECTOR: Principal = {
  personId: 'vu-thu-ha.c0',
  unitId: 'thanh-tra-tp.c0',
  position: 'staff',
  roles: ['inspector'],
  jurisdictionUnitId: 'ubnd-tp.c0',
  name: 'Vũ Thu Hà',
};

/** The province's administrator reads every unit: the whole province's handover network. */
const ADMINISTRATOR: Principal = { personId: 'quan-tri.c0', unitId: 'ubnd-tp.c0', roles: ['admin'], name: 'Quản trị hệ thống' };

interface PageFigures {
  page: string;
  path: string;
  aim: string;
  cold: PageLoad[];
  warm: PageLoad[];
}

/**
 * `npm run bench:console [-- --size=100k|1m] [--runs=N] [--pages=word,…]`: the console in Debian's Chromium on the province. Loads the
 * province into a fresh database and rebuilds the read models (as bench:province does), starts the API serving the
 * built console, signs the province's inspector in (a server-side session, its cookie given to the browser), and
 * opens each page N times with an empty cache (cold) and N times again with the cache kept (warm). For each load: the
 * JavaScript fetched (bytes as sent, and gzip-compressed as a proxy would send them) and the time from navigation
 * until the page is usable (its data on screen). The baseline, in the same run, is the signed-in shell with no data
 * (an unknown address): page ÷ shell says what the page's own reads and drawing cost on top of starting the console.
 * Needs DATABASE_URL and the built console (the npm script builds it).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const size = (option('size') ?? '100k') as ProvinceSize;
  if (!(size in PROVINCE_SIZES)) throw new Error(`unknown size ${size}: use --size=100k (default) or 1m`);
  const runs = Number(option('runs') ?? '5');
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number ≥ 1, not ${option('runs')}`);
  // `--pages=report,network`: only the pages whose name holds one of the words (the shell, the baseline, always runs).
  const only = option('pages')
    ?.split(',')
    .filter((word) => word.length > 0);
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.error('DATABASE_URL is not set, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:console');
    process.exitCode = 2;
    return;
  }
  if (!existsSync(join(CONSOLE_DIR, 'index.html'))) throw new Error(`the console is not built in ${CONSOLE_DIR}: npm run build:console`);

  const db = await createDatabase(serverUrl, `console_${size}`);
  const pool = benchPool({ connectionString: db.url, max: WRITERS + 2 });
  process.once('SIGINT', () => void db.drop().finally(() => process.exit(130)));
  try {
    await runMigrations(pool, serviceMigrations);
    const province = new Province(PROVINCE_SIZES[size]);
    const store = await ourStore('ours', db.url, false);
    const connected = await store.connect(WRITERS);
    const load = await loadProvince('ours', province, WRITERS, (batch) => connected.appendAny(batch.streamId, batch.events)).finally(() =>
      connected.close(),
    );
    console.log(`province ${size}: ${load.events} events loaded in ${load.seconds.toFixed(1)} s; rebuilding the read models`);
    await rebuildAll(pool);

    process.env.CONSOLE_DIR = CONSOLE_DIR;
    const secret = 'bench-secret-that-is-long-enough-for-hs256-0123456789';
    const config = {
      ...loadConfig({}),
      databaseUrl: db.url,
      jwtSecret: secret,
      deadlineWatchMs: 0,
      projector: 'external' as const,
      ...BENCH_RATE_LIMITS,
    };
    const app = await createApp(config, { tokenKeys: resolveTokenKeys(config) }, { logger: false });
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const sessions = app.get(SessionService);
    const inspector = await openConsoleBrowser(base, (await sessions.start(INSPECTOR, 'demo')).sessionId);
    const administrator = await openConsoleBrowser(base, (await sessions.start(ADMINISTRATOR, 'demo')).sessionId);
    try {
      const task = await overdueTaskWithMostHandovers(inspector.apiGet);
      const year = new Date().getUTCFullYear();
      const pages: Array<{ page: string; path: string; usable: string[]; aim: string; browser: ConsoleBrowser }> = [
        {
          page: 'shell, no data (baseline)',
          path: '/nhiem-vu/khong/co-trang-nay',
          usable: ['.ant-result-404'],
          aim: 'JS < 400 kB gzip',
          browser: inspector,
        },
        { page: 'findings inbox', path: '/phat-hien', usable: [FIRST_ROW], aim: '< 1000 ms', browser: inspector },
        { page: 'task list', path: '/nhiem-vu', usable: [FIRST_ROW], aim: '—', browser: inspector },
        {
          page: `task page (${task.hops} custody intervals)`,
          path: `/nhiem-vu/${task.id}`,
          usable: TASK_PAGE_USABLE,
          aim: '< 1000 ms',
          browser: inspector,
        },
        {
          page: `unit report, Sở Xây dựng of copy 0, ${year}`,
          path: `/bao-cao/don-vi/so-xay-dung.c0?tu-ngay=${year}-01-01&den-ngay=${year}-12-31`,
          usable: ['.report-chart[data-drawn="true"] svg'],
          aim: '< 1000 ms',
          browser: inspector,
        },
        {
          page: `handover network, whole province, ${year}`,
          path: `/mang-luoi-chuyen-giao?tu-ngay=${year}-01-01&den-ngay=${year}-12-31`,
          usable: ['.network-chart[data-ready="true"]'],
          aim: '< 2000 ms',
          browser: administrator,
        },
      ];
      const chosen = pages.filter((page, index) => index === 0 || !only || only.some((word) => page.page.includes(word)));
      if (chosen.length === 1 && only) throw new Error(`--pages=${only.join(',')} names none of: ${pages.map((p) => p.page).join('; ')}`);
      const figures: PageFigures[] = [];
      for (const page of chosen) {
        const cold: PageLoad[] = [];
        const warm: PageLoad[] = [];
        for (let run = 0; run < runs; run++) cold.push(await timeConsolePage(page.browser, page.path, page.usable, 'cold'));
        for (let run = 0; run < runs; run++) warm.push(await timeConsolePage(page.browser, page.path, page.usable, 'warm'));
        figures.push({ page: page.page, path: page.path, aim: page.aim, cold, warm });
        process.stderr.write(`  ${page.page}: ${runs} cold and ${runs} warm loads\n`);
      }
      printFigures(figures, runs);
      writeResults(`console-${size}`, { size, runs, machine: machineFacts(), events: load.events, pages: figures });
    } finally {
      await inspector.close();
      await administrator.close();
      await app.close();
    }
  } finally {
    await pool.end();
    await db.drop();
  }
}

/** A list page is usable once its first row shows. */
const FIRST_ROW = '.ant-table-tbody tr.ant-table-row';
/** The task page is usable once its slip shows: the handover table's rows and the timeline chart drawn. */
const TASK_PAGE_USABLE = ['.task-handovers tbody tr.ant-table-row', '.task-slip .task-slip-chart svg'];

/** Of the first overdue tasks the inspector may read, the one whose slip has the most custody intervals. */
async function overdueTaskWithMostHandovers(apiGet: (path: string) => Promise<unknown>): Promise<{ id: string; hops: number }> {
  const page = (await apiGet('/tasks?overdue=true&limit=30')) as { items: Array<{ id: string }> };
  let best: { id: string; hops: number } | undefined;
  for (const { id } of page.items) {
    const custody = (await apiGet(`/tasks/${id}/custody`)) as { intervals: unknown[] };
    if (!best || custody.intervals.length > best.hops) best = { id, hops: custody.intervals.length };
  }
  if (!best) throw new Error('the province has no overdue task the inspector may read');
  return best;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

/** The API path most often slowest across the loads, with the median of its times. */
function slowestReadOf(loads: readonly PageLoad[]): string {
  const reads = loads.flatMap((load) => (load.slowestRead ? [load.slowestRead] : []));
  if (reads.length === 0) return '—';
  const counts = new Map<string, number[]>();
  for (const read of reads) counts.set(read.path, [...(counts.get(read.path) ?? []), read.ms]);
  const [path, times] = [...counts].sort((a, b) => b[1].length - a[1].length)[0]!;
  return `${path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}')} ${median(times).toFixed(0)}`;
}

function printFigures(figures: readonly PageFigures[], runs: number): void {
  const shell = figures[0]!;
  const kb = (bytes: number) => (bytes / 1024).toFixed(0);
  printTable(
    `the console in Chromium on the province, ${runs} loads each: JavaScript fetched cold (kB as sent / gzip) and ms from navigation until usable (median / worst); ratios to the shell with no data`,
    ['page', 'JS kB', 'JS kB gzip', 'cold ms', 'warm ms', 'cold ÷ shell', 'warm ÷ shell', 'slowest API read (median ms)', 'aim'],
    figures.map((f) => {
      const cold = median(f.cold.map((l) => l.usableMs));
      const warm = median(f.warm.map((l) => l.usableMs));
      return [
        f.page,
        kb(median(f.cold.map((l) => l.scriptBytes))),
        kb(median(f.cold.map((l) => l.scriptGzipBytes))),
        `${cold.toFixed(0)} / ${Math.max(...f.cold.map((l) => l.usableMs)).toFixed(0)}`,
        `${warm.toFixed(0)} / ${Math.max(...f.warm.map((l) => l.usableMs)).toFixed(0)}`,
        ratio(cold, median(shell.cold.map((l) => l.usableMs))),
        ratio(warm, median(shell.warm.map((l) => l.usableMs))),
        slowestReadOf(f.cold),
        f.aim,
      ];
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
