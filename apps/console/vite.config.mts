import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The console: React with Vite's own JSX transform (Oxc, the automatic runtime), no plugin. `vite build` writes the
// files the API serves at `/` into the repository's dist/console (beside the compiled API, so one `dist` holds the
// whole service: the Docker image copies it as is). Vitest's settings are in vitest.config.mts.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    // Ant Design is large: one vendor chunk the browser keeps (hashed names, cached for a year by the API).
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Ant Design marks its modules "use client" (for React Server Components); meaningless in this bundle.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: {
    // `npx vite apps/console` for development: the API (npm start) answers the calls on the same origin through this
    // proxy (every first segment of its routes, apps/api/src/**/*.controller.ts).
    proxy: Object.fromEntries(
      [
        '/session',
        '/tasks',
        '/events',
        '/findings',
        '/rules',
        '/audit',
        '/org',
        '/reports',
        '/cases',
        '/calendar',
        '/projections',
        '/admin',
        '/problems',
        '/health',
        '/docs',
      ].map((path) => [path, { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false }]),
    ),
  },
});
