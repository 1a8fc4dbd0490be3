import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { loadConfig } from '@lib/service';
import { resolveTokenKeys, TokenService } from '../../../apps/api/src/testing';
import { createTestDatabase } from '../../support/test-database';
import { REPOSITORY } from './repository';

/** The service's signing secret here: the harness mints an administrator's token to read /health's details. */
const JWT_SECRET = 'browser-tests-secret-that-is-long-enough-0123456789';

/** What main.ts prints once it listens and the demo city is loaded. */
const READY = 'accountability service is running';

export interface ConsoleService {
  /** http://127.0.0.1:<port>, where the console is served at `/`. */
  url: string;
  stop(): Promise<void>;
}

/**
 * The built service (`dist/apps/api/src/main.js`, with the built console in dist/console), started as an operator
 * would, on a fresh database of the test server with the demo city loaded; every line it prints goes to logFile.
 * `env` adds to (or overrides) the service's environment: an identity provider's OIDC_ISSUER, say.
 */
export async function startConsoleService(logFile: string, env: Record<string, string> = {}): Promise<ConsoleService> {
  const db = await createTestDatabase('browser');
  const port = await freePort();
  const child = spawn(process.execPath, [join(REPOSITORY, 'dist/apps/api/src/main.js')], {
    cwd: REPOSITORY,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: db.serviceUrl,
      DATABASE_OWNER_URL: db.url,
      JWT_SECRET,
      DEMO_DATA: 'true',
      CONSOLE_DIR: join(REPOSITORY, 'dist', 'console'),
      RATE_LIMIT_PER_ADDRESS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await readyOrExit(child, logFile, 180_000);
    await readModelsCaughtUp(`http://127.0.0.1:${port}`, 120_000);
  } catch (error) {
    await stopProcess(child);
    await db.drop();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await stopProcess(child);
      await db.drop();
    },
  };
}

function readyOrExit(child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const recent: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the service was not ready in ${timeoutMs} ms:\n${recent.join('\n')}`)), timeoutMs);
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        appendFileSync(logFile, chunk);
        recent.push(...chunk.split('\n'));
        recent.splice(0, Math.max(0, recent.length - 30));
        if (chunk.includes(READY)) {
          clearTimeout(timer);
          resolve();
        }
      });
    }
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the service exited during start (code ${code}, signal ${signal}):\n${recent.join('\n')}`));
    });
  });
}

/**
 * Waits until every projection has taken in the whole log (GET /health: each projection's lag is 0 events), so that a
 * spec comparing a page with the API does not race the demo city still being projected after the start.
 */
async function readModelsCaughtUp(url: string, timeoutMs: number): Promise<void> {
  const config = { ...loadConfig({}), jwtSecret: JWT_SECRET };
  const token = new TokenService(resolveTokenKeys(config), config).mint({ personId: 'quan-tri', unitId: 'ubnd-tp', roles: ['admin'] }, 600);
  const until = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < until) {
    try {
      const health = (await (await fetch(`${url}/health`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
        projections?: { lag?: Record<string, { events: number }> };
      };
      const lag = Object.entries(health.projections?.lag ?? {});
      if (lag.length > 0 && lag.every(([, projection]) => projection.events === 0)) return;
      last = JSON.stringify(Object.fromEntries(lag));
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the read models did not catch up with the log in ${timeoutMs} ms: ${last}`);
}

/** SIGTERM (the service closes its server and pool), SIGKILL if it is still there 15 s later. Only this child. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
