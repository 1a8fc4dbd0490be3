import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:console`: the console's *.test.ts(x) (logic that is not layout) in jsdom. Jest never sees them: it
// looks for *.spec.ts, *.int-spec.ts and *.e2e-spec.ts only.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
