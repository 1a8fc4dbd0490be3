import { resolve } from 'node:path';

/** The repository's root: Jest runs from it (npm run test:browser), and so does everything these tests start. */
export const REPOSITORY = resolve(process.cwd());

/** Where a run keeps its screenshots and the service's log (kept out of git); its own folder per run. */
export function runFolder(): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return resolve(REPOSITORY, 'test', 'browser', 'screenshots', stamp);
}
