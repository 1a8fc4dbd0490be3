import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, type AppConfig } from '@lib/service';
import {
  createApp,
  EVENT_STORE,
  resolveTokenKeys,
  seedDemoOrganisation,
  TokenService,
  type Clock,
  type Principal,
} from '../../apps/api/src/testing';
import type { EventStore } from '@lib/event-store';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  db: TestDatabase;
  config: AppConfig & { databaseUrl: string };
  /** A valid bearer token for this principal, signed like the service's own. */
  tokenFor(principal: Principal): string;
  close(): Promise<void>;
}

/** The real application wiring on a fresh database of the test server. */
export interface TestAppOptions {
  clock?: Clock;
  /** Load the demo city's organisation before the app starts (default true): task commands are checked against it. */
  organisation?: 'demo' | 'none';
  /** A database made elsewhere (a private cluster); default: a fresh one on the test server. */
  database?: TestDatabase;
}

export async function startTestApp(overrides: Partial<AppConfig> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const { clock, organisation = 'demo' } = options;
  const db = options.database ?? (await createTestDatabase('e2e'));
  // The deadline watcher is off unless a test turns it on: tests call DeadlineWatcher.runOnce with their own instant.
  // So is the periodic check of the ledger: tests call LedgerWatch.runOnce.
  // Like the embedded default: migrations as the owner, the service as a role that may only read and append to the logs.
  const config = {
    ...loadConfig({}),
    jwtSecret: TEST_JWT_SECRET,
    deadlineWatchMs: 0,
    ledgerVerifyMs: 0,
    ...overrides,
    databaseUrl: db.serviceUrl,
    databaseOwnerUrl: db.url,
  };
  const tokens = new TokenService(resolveTokenKeys(config), config);
  const app = await createApp(config, { tokenKeys: resolveTokenKeys(config), ...(clock ? { clock } : {}) }, { logger: false });
  if (organisation === 'demo') await seedDemoOrganisation(app.get<EventStore>(EVENT_STORE));
  await app.init();
  return {
    app,
    db,
    config,
    tokenFor: (principal) => tokens.mint(principal, 3600),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
