import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printTable } from './table';

/**
 * `npm run bench [-- --province=100k|1m|10m] [--seconds=N] [--only=store,http,province,console]`: the four benches in
 * turn, each in its own process (its own peak memory): the event store against the floor and Emmett
 * (`bench:store`), commands over HTTP (`bench:http`), the province — load, rebuild, queries (`bench:province`) — and the
 * console in Chromium on the province (`bench:console`).
 * Each prints its tables and writes its JSON to bench/results/; at the end a summary against the targets.
 */
const PARTS = ['store', 'http', 'province', 'console'] as const;
type Part = (typeof PARTS)[number];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const unknown = args.filter((arg) => !/^--(province|seconds|only)=/.test(arg));
  if (unknown.length > 0)
    throw new Error(`unknown option ${unknown.join(' ')}: use --province=100k|1m|10m, --seconds=N, --only=store,http,province,console`);
  const only = (option('only') ?? PARTS.join(',')).split(',');
  const bad = only.filter((part) => !PARTS.includes(part as Part));
  if (bad.length > 0) throw new Error(`unknown part ${bad.join(', ')}: --only takes ${PARTS.join(', ')}`);
  if (!process.env.DATABASE_URL) {
    console.error('DATABASE_URL is not set, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench');
    process.exitCode = 2;
    return;
  }
  const seconds = option('seconds');
  const commands: Record<Part, string[]> = {
    store: ['run.js', ...(seconds ? [`--seconds=${seconds}`] : [])],
    http: ['http-run.js', ...(seconds ? [`--seconds=${seconds}`] : [])],
    province: ['province-run.js', `--size=${option('province') ?? '100k'}`],
    console: ['console-run.js'],
  };
  const results: Partial<Record<Part, Record<string, unknown>>> = {};
  for (const part of PARTS.filter((p) => only.includes(p))) {
    console.log(`\n=== ${part} ===`);
    const file = await runPart(commands[part]);
    results[part] = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  }
  printSummary(results);
}

/** Runs one bench script, passing its output through, and returns the results file it wrote. */
function runPart([script, ...args]: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(__dirname, script!), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let file: string | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      file = /results written to (\S+)/.exec(chunk.toString())?.[1] ?? file;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 && file ? resolve(file) : reject(new Error(`${script} ended with code ${code}${file ? '' : ' and wrote no results'}`)),
    );
  });
}

type Row = [string, string, string, string];

function printSummary(results: Partial<Record<Part, Record<string, unknown>>>): void {
  const rows: Row[] = [];
  const x = (n: number) => `${n.toFixed(2)}×`;
  const store = results.store as
    | {
        ratios: { append: Array<{ target: string; concurrency: number; batch: number; toFloor: number; toEmmett: number }> };
        peakRssMb: number;
      }
    | undefined;
  if (store) {
    for (const r of store.ratios.append.filter((a) => a.target === 'ours, notify coalesced')) {
      rows.push([
        `append c=${r.concurrency} b=${r.batch} (coalesced NOTIFY)`,
        `${x(r.toFloor)} floor, ${x(r.toEmmett)} emmett`,
        '≥ 0.70× floor, > 1× emmett',
        verdict(r.toFloor >= 0.7 && r.toEmmett > 1),
      ]);
    }
  }
  const http = results.http as { results: Array<{ command: string; concurrency: number; commandsPerSecond: number }> } | undefined;
  if (http) {
    for (const r of http.results.filter((h) => h.command === 'POST /tasks')) {
      const floor = http.results.find((h) => h.command.startsWith('floor') && h.concurrency === r.concurrency)?.commandsPerSecond ?? NaN;
      const peer = http.results.find((h) => h.command.startsWith('emmett') && h.concurrency === r.concurrency)?.commandsPerSecond ?? NaN;
      rows.push([
        `POST /tasks over HTTP c=${r.concurrency}`,
        `${Math.round(r.commandsPerSecond)}/s: ${x(r.commandsPerSecond / floor)} floor, ${x(r.commandsPerSecond / peer)} emmett`,
        '— (no target)',
        '',
      ]);
    }
  }
  const province = results.province as
    | {
        size: string;
        rebuilds: Array<{ projection: string; eventsPerSecond: number }>;
        queries: Array<{ query: string; ours: { p99: number } }>;
        peakRssMb: number;
      }
    | undefined;
  if (province) {
    for (const r of province.rebuilds)
      rows.push([
        `rebuild ${r.projection} (${province.size})`,
        `${Math.round(r.eventsPerSecond)} events/s`,
        '≥ 30,000 events/s',
        verdict(r.eventsPerSecond >= 30_000),
      ]);
    const custody = province.queries.find((q) => q.query === "a task's custody over HTTP");
    const report = province.queries.find((q) => q.query.includes('yearly report'));
    if (custody)
      rows.push([
        `a task's custody p99 (${province.size})`,
        `${custody.ours.p99.toFixed(2)} ms`,
        '< 10 ms at 1m',
        verdict(custody.ours.p99 < 10),
      ]);
    if (report)
      rows.push([
        `a person's yearly report p99 (${province.size})`,
        `${report.ours.p99.toFixed(1)} ms`,
        '< 100 ms at 1m',
        verdict(report.ours.p99 < 100),
      ]);
  }
  const consoleFigures = results.console as
    { size: string; pages: Array<{ page: string; aim: string; cold: Array<{ usableMs: number; scriptGzipBytes: number }> }> } | undefined;
  if (consoleFigures) {
    const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
    const [shell, ...pages] = consoleFigures.pages;
    if (shell) {
      const gzipKb = medianOf(shell.cold.map((load) => load.scriptGzipBytes)) / 1024;
      rows.push(['console first load, JS gzip', `${gzipKb.toFixed(0)} kB`, '< 400 kB', verdict(gzipKb < 400)]);
    }
    for (const page of pages) {
      const limit = /< (\d+) ms/.exec(page.aim)?.[1];
      if (!limit) continue;
      const ms = medianOf(page.cold.map((load) => load.usableMs));
      rows.push([
        `console ${page.page}, usable, cold (${consoleFigures.size})`,
        `${ms.toFixed(0)} ms`,
        page.aim,
        verdict(ms < Number(limit)),
      ]);
    }
  }
  for (const part of PARTS) {
    const peak = (results[part] as { peakRssMb?: number } | undefined)?.peakRssMb;
    if (peak !== undefined) rows.push([`peak RSS, ${part} bench process`, `${peak.toFixed(0)} MB`, '—', '']);
  }
  printTable('summary against the targets (measured, not asserted)', ['figure', 'measured', 'target', 'met'], rows);
}

function verdict(met: boolean): string {
  return met ? 'yes' : 'no';
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
