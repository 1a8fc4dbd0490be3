import type { Pool } from 'pg';
import { PostgresEventStore, type EventStore } from '@lib/event-store';
import { ProjectorRuntime } from '@lib/projector';
import { serviceProjections } from '@lib/read-models/catalogue';
import type { AppConfig } from './app-config';

/** The log as the service configures it (event size limit, how appends notify listeners). */
export function serviceEventStore(pool: Pool, config: Pick<AppConfig, 'maxEventBytes' | 'eventStoreNotify'>): PostgresEventStore {
  return new PostgresEventStore(pool, { maxEventBytes: config.maxEventBytes, notify: config.eventStoreNotify });
}

/** The projector runtime over every read model of the service, with the rules in force; logs each finished rebuild. */
export function serviceProjector(options: {
  pool: Pool;
  eventStore: EventStore;
  config: Pick<AppConfig, 'rules'>;
  log: (line: string) => void;
}): ProjectorRuntime {
  return new ProjectorRuntime({
    pool: options.pool,
    eventStore: options.eventStore,
    projections: serviceProjections(options.config.rules),
    log: options.log,
    onRebuildProgress: (progress) => {
      if (progress.done) options.log(`${progress.projection} rebuilt: ${progress.eventsDone} events`);
    },
  });
}
