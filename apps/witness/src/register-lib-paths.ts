import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// The compiled tree mirrors the sources (dist/libs/<name>/src/index.js), so `@lib/<name>` imports
// resolve against dist at run time. Tests resolve the same aliases through Jest's moduleNameMapper.
register({ baseUrl: join(__dirname, '..', '..', '..'), paths: { '@lib/*': ['libs/*/src'] }, addMatchAll: false });
