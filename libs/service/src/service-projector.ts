import type { Pool } from 'pg';
import { PostgresEventStore, type EventStore } from '@lib/event-store';
import { ProjectorRuntime } from '@lib/projector';
import { serviceProjections } from '@lib/read-models/catalogue';
import { verifierOf } from '@lib/ledger';
import { CheckpointPublisher, CheckpointWitnesses } from '@lib/read-models/ledger';
import { resolveLedgerSigner } from './ledger-signer';
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

/**
 * Signs a checkpoint of the ledger every LEDGER_CHECKPOINT_MS while the log grows, beside the projector that keeps
 * the tree, and asks the witnesses of LEDGER_WITNESSES to cosign each; none without a key (a server on DATABASE_URL
 * not given LEDGER_SIGNING_KEY), which it logs once.
 */
export function serviceLedgerPublisher(options: {
  pool: Pool;
  config: Pick<AppConfig, 'ledgerSigningKey' | 'ledgerOrigin' | 'ledgerCheckpointMs' | 'ledgerWitnesses' | 'databaseUrl' | 'dataDir'>;
  log: (line: string) => void;
}): CheckpointPublisher | undefined {
  const signer = resolveLedgerSigner(options.config);
  if (!signer) {
    options.log('ledger: no LEDGER_SIGNING_KEY, so no checkpoint is signed (the tree is still kept; /health says so)');
    return undefined;
  }
  const { ledgerWitnesses } = options.config;
  const witnesses =
    ledgerWitnesses.length > 0
      ? new CheckpointWitnesses({ pool: options.pool, logKey: verifierOf(signer), witnesses: ledgerWitnesses, log: options.log })
      : undefined;
  return new CheckpointPublisher({
    pool: options.pool,
    signer,
    intervalMs: options.config.ledgerCheckpointMs,
    log: options.log,
    onPublished: witnesses ? (checkpoint) => witnesses.cosign(checkpoint) : undefined,
  });
}
