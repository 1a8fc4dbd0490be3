export type { Migration } from './migration';
export { runMigrations } from './migration-runner';
export type { MigrationReport } from './migration-runner';
export { isPoolExhaustedError, isTransientDatabaseError, messageOf } from './database-errors';
export { connectionConfigOf, createResilientPool, keepErrorsHeard } from './resilient-pool';
export type { ResilientPoolOptions } from './resilient-pool';
export { withClient } from './with-client';
export { grantServiceAccess, roleOfConnection } from './service-grants';
export type { ServiceGrants } from './service-grants';
