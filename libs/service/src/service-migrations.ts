import type { Migration } from '@lib/database';
import { eventStoreMigrations } from '@lib/event-store';
import { migrationsForProjections } from '@lib/projector';
import { accessLogMigrations } from './access-log.migrations';
import { idempotencyMigrations } from './idempotency.migrations';
import { sessionMigrations } from './session.migrations';
import { SERVICE_PROJECTIONS } from '@lib/read-models/catalogue';

/** Every schema migration of the service (log, idempotency, browser sessions, projector checkpoints, read models), in id order. */
export const serviceMigrations: ReadonlyArray<Migration> = [
  ...eventStoreMigrations,
  ...idempotencyMigrations,
  ...accessLogMigrations,
  ...sessionMigrations,
  ...migrationsForProjections(SERVICE_PROJECTIONS),
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
