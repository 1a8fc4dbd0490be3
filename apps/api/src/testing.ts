/**
 * The API app's one public surface for tests (`test/`): what e2e and integration specs need to start the app,
 * reach its pg pool, event store and projector, mint tokens, and drive its background workers. A dependency-cruiser
 * rule (`tests-use-public-entry-points`) forbids tests from importing any other file of an app, so moving a file
 * inside the app changes this list, not dozens of specs. Read-model code is imported from its library
 * (`@lib/read-models/<name>`), configuration and schema from `@lib/service`.
 */
export type { Principal } from './auth/principal';
export { resolveTokenKeys } from './auth/token-keys';
export { TokenService } from './auth/token-service';
export { workingDayCalendar } from './calendar/calendar.provider';
export type { Clock } from './clock/clock';
export { apiDocumentOf, createApp } from './create-app';
export { runVerifyLedger } from './cli/verify-ledger.command';
export { PG_POOL } from './database/database.tokens';
export { DEMO_LOADED_STREAM, demoImportBatch, demoStateOf, loadDemoOrganisation, loadDemoTasks } from './demo/demo-city.loader';
export { DEMO_PRINCIPALS } from './demo/demo-principals';
export { seedDemoTasks } from './demo/demo-tasks.seeder';
export { EVENT_STORE } from './event-store/event-store.module';
export { DEADLINE_WATCHER_ACTOR, DeadlineWatcher, lapseEventId } from './findings/deadline-watcher.service';
export { PROBLEM_KINDS } from './http/problem-catalogue';
export { PROBLEM_TYPE_BASE } from './http/problem-document';
export { ImportBatchLog } from './imports/import-batch.log';
export { seedDemoOrganisation } from './org/demo-organisation.seeder';
export { LedgerWatch } from './ledger/ledger-watch.service';
export { OrganisationReadModel } from './org/organisation.read-model';
export { ProjectorService } from './projections/projector.provider';
export { READ_MODEL_ENTITIES, READ_MODELS_POOL_SIZE } from './read-models/read-models.data-source';
export { TaskCommandRecorder } from './tasks/task-command.recorder';
export { SessionService } from './session/session.service';
