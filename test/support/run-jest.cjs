// Runs Jest (native ESM mode: NestJS 12 ships ESM only) with the arguments given, then prints one plain
// closing line, "N passed, N failed, N skipped", as the very last line of the run (after Jest's own summary
// and its global teardown), so any reader of the output finds the counts without knowing Jest's format.
const { spawn } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const dir = mkdtempSync(join(tmpdir(), 'rtn-jest-'));
const results = join(dir, 'results.json');
const jest = join(__dirname, '..', '..', 'node_modules', 'jest', 'bin', 'jest.js');
const child = spawn(
  process.execPath,
  ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', jest, ...process.argv.slice(2), '--json', `--outputFile=${results}`],
  { stdio: ['inherit', 'inherit', 'inherit'] },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  let line = 'jest: no results (the run was interrupted)';
  try {
    const summary = JSON.parse(readFileSync(results, 'utf8'));
    const skipped = summary.numPendingTests + summary.numTodoTests;
    line = `jest: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${skipped} skipped`;
  } catch {
    // No results file: Jest stopped before writing it; the line above says so.
  }
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`\n${line}\n`);
  process.exit(signal ? 1 : (code ?? 1));
});
