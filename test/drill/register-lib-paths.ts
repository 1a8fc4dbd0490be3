import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// Compiled to dist/drill/test/drill/; the libs it imports land in dist/drill/libs/<name>/src.
register({ baseUrl: join(__dirname, '..', '..'), paths: { '@lib/*': ['libs/*/src'] }, addMatchAll: false });
