import { printTable } from '../../bench/table';
import type { DrillResult } from './drill-result';

const HEADER = ['drill', 'requests', 'acknowledged', 'lost', 'duplicated', '5xx (not 503)', 'recover (ms)', 'verdict'];

/** The run's table, then every check that failed under it (the reason a verdict is "fail"). */
export function printDrillTable(results: ReadonlyArray<DrillResult>): void {
  printTable(
    'Drills',
    HEADER,
    results.map((result) => [
      `${result.id}. ${result.name}`,
      String(result.requests),
      String(result.acknowledged),
      String(result.lost),
      String(result.duplicated),
      String(result.serverErrors),
      result.recoverMs === null ? '—' : String(result.recoverMs),
      result.passed ? 'pass' : 'FAIL',
    ]),
  );
  console.log('');
  for (const result of results) console.log(`${result.id}. ${result.summary}`);
  for (const result of results.filter((r) => !r.passed)) {
    console.log(`\n${result.id}. ${result.name}: fails`);
    if (result.error) console.log(`  could not finish: ${result.error}`);
    if (result.lost > 0) console.log(`  lost: ${result.lost} acknowledged command(s) missing from the log`);
    if (result.duplicated > 0) console.log(`  duplicated: ${result.duplicated} key(s) recorded more than once`);
    if (result.serverErrors > 0) console.log(`  5xx other than 503: ${result.serverErrors}`);
    for (const failed of result.checks.filter((c) => !c.ok))
      console.log(`  ✗ ${failed.name}${failed.detail ? `: ${failed.detail.slice(0, 600)}` : ''}`);
  }
}

/** One line as a drill ends. */
export function summaryLine(result: DrillResult): string {
  const recover = result.recoverMs === null ? '' : `, recovered in ${result.recoverMs} ms`;
  return (
    `drill ${result.id} ${result.name}: ${result.passed ? 'pass' : 'FAIL'} in ${(result.durationMs / 1000).toFixed(1)} s — ` +
    `${result.requests} requests, ${result.acknowledged} acknowledged, ${result.lost} lost, ${result.duplicated} duplicated, ${result.serverErrors} 5xx (not 503)${recover}\n` +
    `  ${result.summary}`
  );
}
