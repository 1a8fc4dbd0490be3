import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { Pool } from 'pg';
import { runMigrations } from '@lib/database';
import { PostgresEventStore, type EventStore } from '@lib/event-store';
import { serviceMigrations } from '@lib/service';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { systemClock } from '../clock/clock';
import { seedDemoOrganisation } from './demo-organisation.seeder';
import { OrgImportConflictError } from './org-import-conflict.error';
import { OrgImportService, type OrgImportRequest } from './org-import.service';
import { OrganisationReadModel } from './organisation.read-model';

const file: OrgImportRequest = {
  format: 'csv',
  content: readFileSync(resolve('test/fixtures/org-import/good.csv'), 'utf8'),
  mode: 'all_or_nothing',
  dryRun: false,
};
const trace = (commandId: string) => ({
  actor: { personId: 'he-thong', unitId: 'van-phong-ubnd-tp' },
  commandId,
  correlationId: `corr-${commandId}`,
  roles: ['admin' as const],
});

describe('OrgImportService: an organisation file written part by part through the command handler', () => {
  let db: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  let organisation: OrganisationReadModel;
  const service = (over: EventStore, commandRetries: number) =>
    new OrgImportService(over, { clockSkewMs: 300_000, commandRetries }, systemClock, organisation);

  /** Another clerk loads the same file between this import's plan and its first write; `written` is what they wrote. */
  function racedBySameFile(): { store: EventStore; written: () => number } {
    let written = -1;
    const raced = Object.assign(Object.create(store) as EventStore, {
      appendToStream: async (...args: Parameters<EventStore['appendToStream']>) => {
        if (written < 0) written = (await service(store, 0).run(file, trace('other-clerk'))).eventsAppended;
        return store.appendToStream(...args);
      },
    });
    return { store: raced, written: () => written };
  }
  const orgEventCount = async (): Promise<number> =>
    (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM events WHERE category IN ('unit', 'person')")).rows[0]?.n ?? 0;

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(async () => {
    db = await createTestDatabase('org_import');
    pool = new Pool({ connectionString: db.url, max: 4 });
    await runMigrations(pool, serviceMigrations);
    await seedDemoOrganisation(new PostgresEventStore(pool));
    store = new PostgresEventStore(pool, {});
    organisation = new OrganisationReadModel(store);
    await organisation.onApplicationBootstrap();
  });
  afterEach(async () => {
    await organisation.onApplicationShutdown();
    await pool.end();
    await db.drop();
  });

  it('after losing the race plans again and finds the file already applied: nothing written twice', async () => {
    const before = await orgEventCount();
    const other = racedBySameFile();
    const raced = await service(other.store, 1).run(file, trace('raced'));
    expect(other.written()).toBeGreaterThan(0);
    expect(raced).toMatchObject({ applied: true, accepted: true, eventsAppended: 0, eventsPlanned: 0 });
    expect(await orgEventCount()).toBe(before + other.written());
  });

  it('with no retry left answers a typed conflict naming the stream, having written nothing of its own', async () => {
    const raced = service(racedBySameFile().store, 0).run(file, trace('raced'));
    await expect(raced).rejects.toBeInstanceOf(OrgImportConflictError);
    await expect(raced).rejects.toMatchObject({ attempts: 1, eventsAppended: 0, streamId: expect.stringMatching(/^(unit|person)-/) });
  });
});
