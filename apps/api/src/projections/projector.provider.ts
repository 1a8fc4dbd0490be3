import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import type { ProjectorRuntime, ProjectionStatus } from '@lib/projector';
import type { EventStore } from '@lib/event-store';
import type { CheckpointPublisher } from '@lib/read-models/ledger';
import { serviceLedgerPublisher, serviceProjector, type AppConfig } from '@lib/service';
import { APP_CONFIG, PG_POOL } from '../database/database.tokens';
import { EVENT_STORE } from '../event-store/event-store.module';

/** Runs the projector inside the API process: started once the app is up, stopped (batch finished) on shutdown. */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projector');
  readonly runtime: ProjectorRuntime;
  /** Signs the ledger's checkpoints beside the projector that keeps its tree (none without a key). */
  readonly ledgerPublisher: CheckpointPublisher | undefined;

  constructor(@Inject(PG_POOL) pool: Pool, @Inject(EVENT_STORE) eventStore: EventStore, @Inject(APP_CONFIG) config: AppConfig) {
    const log = (line: string) => this.logger.log(line);
    this.runtime = serviceProjector({ pool, eventStore, config, log });
    this.ledgerPublisher = serviceLedgerPublisher({ pool, config, log });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runtime.start();
    this.ledgerPublisher?.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.ledgerPublisher?.stop();
    await this.runtime.stop();
  }

  status(): Promise<ProjectionStatus[]> {
    return this.runtime.status();
  }
}
