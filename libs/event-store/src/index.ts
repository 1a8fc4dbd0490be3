export type { AppendResult, Checkpoint, EventMetadata, ImportOrigin, NewEvent, StoredEvent } from './stored-event';
export type {
  AppendOptions,
  EventStore,
  EventStoreHealth,
  EventSubscription,
  ExpectedVersion,
  ReadAllOptions,
  StreamReader,
  SubscribeOptions,
} from './event-store.port';
export * from './event-store.errors';
export { eventSummaryOf } from './event-summary';
export type { EventSummary } from './event-summary';
export { assertValidAppend, assertValidStreamId, DEFAULT_MAX_EVENT_BYTES } from './append-validation';
export { PostgresEventStore, APPENDED_CHANNEL } from './postgres/postgres-event-store';
export type { PostgresEventStoreOptions } from './postgres/postgres-event-store';
export { eventStoreMigrations } from './postgres/event-store.migrations';
export { PostgresAuditQuery } from './postgres/postgres-audit-query';
export type { AuditFilter } from './postgres/postgres-audit-query';
