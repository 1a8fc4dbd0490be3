import type { DynamicModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { consoleFileHeaders } from '../http/security-headers.middleware';

/**
 * The console's pages' first path segments, as apps/console/src/app/routes.ts names them (CONSOLE_PATH_PREFIXES):
 * a browser that opens a bookmarked /nhiem-vu/… gets the console's index.html, which shows the page. Vietnamese
 * words, so never an API route's (English) segment; the browser tests open each console route directly.
 */
const CONSOLE_PATH_PREFIXES = [
  'dang-nhap',
  'nhiem-vu',
  'phat-hien',
  'ky-luat',
  'bao-cao',
  'mang-luoi-chuyen-giao',
  'to-chuc',
  'tra-cuu-nhat-ky',
];

/** Where `vite build` writes the console (npm start builds it): dist/console under the working folder, or CONSOLE_DIR. */
export function consoleDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CONSOLE_DIR?.trim() || join('dist', 'console'));
}

/** True when the console is built there (its index.html exists): only then does the API serve it. */
export function consoleIsBuilt(directory = consoleDirectory()): boolean {
  return existsSync(join(directory, 'index.html'));
}

/**
 * Serves the built console: `/` and its files (after every API route and /docs, which Nest registers first, so none
 * is shadowed), and index.html for the console's own addresses. Anything else unknown stays the API's 404 problem.
 * Nothing when the console is not built (the API alone, as in the e2e tests).
 */
export function consoleStaticModules(directory = consoleDirectory()): DynamicModule[] {
  if (!consoleIsBuilt(directory)) return [];
  return [
    ServeStaticModule.forRoot({
      rootPath: directory,
      renderPath: new RegExp(`^/(?:${CONSOLE_PATH_PREFIXES.join('|')})(?:/.*)?$`),
      serveStaticOptions: { index: 'index.html', redirect: false, setHeaders: consoleFileHeaders },
    }),
  ];
}
