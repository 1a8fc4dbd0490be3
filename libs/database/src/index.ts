export type { Migration } from './migration';
export { runMigrations, MigrationChecksumError } from './migration-runner';
export type { MigrationReport } from './migration-runner';
