import { resolve } from 'node:path';

/** The repository's root: this file runs from dist/drill/test/drill/. */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');

/** Where the figures (JSON) and the service's logs of a run go; both are kept out of git (.gitignore). */
export const RESULTS_DIR = resolve(REPO_ROOT, 'bench', 'results');
