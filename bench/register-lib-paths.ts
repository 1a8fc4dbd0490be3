import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// Compiled to dist/bench/bench/; the libs it imports land in dist/bench/libs/<name>/src.
register({ baseUrl: join(__dirname, '..'), paths: { '@lib/*': ['libs/*/src'] }, addMatchAll: false });
