export * from './access-log.migrations';
export * from './app-config';
export * from './database-preparation';
export * from './idempotency.migrations';
export * from './service-migrations';
export * from './service-pool';
export * from './session.migrations';
export * from './service-projector';
