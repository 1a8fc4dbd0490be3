import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** Prints a titled table: the first column left-aligned, the others right-aligned. */
export function printTable(title: string, header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: ReadonlyArray<string>) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** `a ÷ b` printed as a ratio, or a dash when there is no baseline to divide by. */
export function ratio(value: number | undefined, baseline: number | undefined): string {
  if (value === undefined || baseline === undefined || !(baseline > 0)) return '—';
  return `${(value / baseline).toFixed(2)}×`;
}

export function machineFacts(): { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string } {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: process.platform,
  };
}

export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Writes the run's figures to bench/results/<prefix>-<timestamp>.json and returns the path. */
export function writeResults(prefix: string, payload: object): string {
  const resultsDir = join(__dirname, '..', '..', '..', 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${prefix}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(payload, null, 2)}\n`);
  console.log(`results written to ${file}`);
  return file;
}
