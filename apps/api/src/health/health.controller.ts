import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Pool } from 'pg';
import type { EventStore } from '@lib/event-store';
import { Public } from '../auth/auth.decorators';
import { PG_POOL } from '../database/database.tokens';
import { EVENT_STORE } from '../event-store/event-store.module';
import { ProjectorService } from '../projections/projector.provider';

interface ComponentHealth {
  status: 'up' | 'down';
  [detail: string]: unknown;
}

@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly projector: ProjectorService,
  ) {}

  @Get()
  async check(
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ status: 'ok' | 'degraded'; database: ComponentHealth; eventStore: ComponentHealth; projections: ComponentHealth }> {
    const [database, eventStore, projections] = await Promise.all([this.database(), this.eventStoreHealth(), this.projections()]);
    const ok = database.status === 'up' && eventStore.status === 'up';
    response.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ok ? 'ok' : 'degraded', database, eventStore, projections };
  }

  /** Lag is reported, not judged: a projection catching up is not an outage; a failed one is. */
  private async projections(): Promise<ComponentHealth> {
    try {
      const statuses = await this.projector.status();
      const failed = statuses.filter((s) => s.state === 'failed').map((s) => s.name);
      return {
        status: failed.length === 0 ? 'up' : 'down',
        failed,
        lag: Object.fromEntries(statuses.map((s) => [s.name, { state: s.state, events: s.lag.events, seconds: s.lag.seconds }])),
      };
    } catch (error) {
      return { status: 'down', error: (error as Error).message };
    }
  }

  private async database(): Promise<ComponentHealth> {
    const started = process.hrtime.bigint();
    try {
      const { rows } = await this.pool.query<{ server_version: string }>('SHOW server_version');
      const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
      return { status: 'up', serverVersion: rows[0]?.server_version, latencyMs: Math.round(latencyMs * 100) / 100 };
    } catch (error) {
      return { status: 'down', error: (error as Error).message };
    }
  }

  private async eventStoreHealth(): Promise<ComponentHealth> {
    const health = await this.eventStore.health();
    return health.ok
      ? { status: 'up', adapter: health.adapter, lastGlobalPosition: health.lastGlobalPosition }
      : { status: 'down', adapter: health.adapter, error: health.detail };
  }
}
