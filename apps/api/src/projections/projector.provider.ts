import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import type { ProjectorRuntime, ProjectionStatus } from '@lib/projector';
import type { EventStore } from '@lib/event-store';
import { serviceProjector, type AppConfig } from '@lib/service';
import { APP_CONFIG, PG_POOL } from '../database/database.tokens';
import { EVENT_STORE } from '../event-store/event-store.module';

/** Runs the projector inside the API process: started once the app is up, stopped (batch finished) on shutdown. */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projector');
  readonly runtime: ProjectorRuntime;

  constructor(@Inject(PG_POOL) pool: Pool, @Inject(EVENT_STORE) eventStore: EventStore, @Inject(APP_CONFIG) config: AppConfig) {
    this.runtime = serviceProjector({ pool, eventStore, config, log: (line: string) => this.logger.log(line) });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runtime.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runtime.stop();
  }

  status(): Promise<ProjectionStatus[]> {
    return this.runtime.status();
  }
}
