import { Controller, Get, Headers, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Pool } from 'pg';
import type { EventStore } from '@lib/event-store';
import { Public } from '../auth/auth.decorators';
import { bearerTokenOf, TOKEN_SERVICE } from '../auth/jwt-auth.guard';
import type { TokenService } from '../auth/token-service';
import { PG_POOL } from '../database/database.tokens';
import { EVENT_STORE } from '../event-store/event-store.module';
import { DeadlineWatcher } from '../findings/deadline-watcher.service';
import { LedgerReader } from '../ledger/ledger.reader';
import { LedgerWatch } from '../ledger/ledger-watch.service';
import { OrganisationReadModel } from '../org/organisation.read-model';
import { ProjectorService } from '../projections/projector.provider';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';

interface ComponentHealth {
  status: 'up' | 'down';
  [detail: string]: unknown;
}

interface HealthReport {
  status: 'ok' | 'degraded';
  database: ComponentHealth;
  eventStore: ComponentHealth;
  organisation: ComponentHealth;
  projections: ComponentHealth;
  deadlineWatcher: ComponentHealth;
  ledger: ComponentHealth;
}

/**
 * Up or down for anyone (load balancers, monitors); the parts, versions, positions and error texts only
 * for an administrator's token. Down (503) when the database or the log cannot be read, or the organisation
 * follower is retrying: commands would then be judged against a stale organisation; or when the periodic check of
 * the ledger found the log no longer matching its Merkle tree or its signed checkpoints (evidence was changed).
 */
@Public()
@ApiRoutesDocumented()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(TOKEN_SERVICE) private readonly tokens: TokenService,
    private readonly projector: ProjectorService,
    private readonly organisation: OrganisationReadModel,
    private readonly deadlineWatcher: DeadlineWatcher,
    private readonly ledgerReader: LedgerReader,
    private readonly ledgerWatch: LedgerWatch,
  ) {}

  @Get()
  @ApiJsonOk(
    { type: 'object', properties: { status: { type: 'string', enum: ['up', 'down'] } }, additionalProperties: true },
    'Tình trạng dịch vụ (chi tiết chỉ cho quản trị).',
  )
  async check(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<HealthReport | { status: 'up' | 'down' }> {
    const report = await this.report();
    response.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    if (report.status !== 'ok') response.setHeader('Retry-After', '5');
    if (await this.isAdministrator(authorization)) return report;
    return { status: report.status === 'ok' ? 'up' : 'down' };
  }

  private async isAdministrator(authorization: string | undefined): Promise<boolean> {
    const token = bearerTokenOf(authorization);
    if (token === undefined) return false;
    const principal = await this.tokens.verify(token).catch(() => undefined);
    return principal?.roles.includes('admin') ?? false;
  }

  private async report(): Promise<HealthReport> {
    const [database, eventStore, projections, ledger] = await Promise.all([
      this.database(),
      this.eventStoreHealth(),
      this.projections(),
      this.ledgerHealth(),
    ]);
    const organisation = this.organisationHealth();
    const deadlineWatcher = this.deadlineWatcherHealth();
    const ok = database.status === 'up' && eventStore.status === 'up' && organisation.status === 'up' && ledger.status === 'up';
    return { status: ok ? 'ok' : 'degraded', database, eventStore, organisation, projections, deadlineWatcher, ledger };
  }

  /** Lag is reported, not judged: a projection catching up is not an outage; a failed one is. */
  private async projections(): Promise<ComponentHealth> {
    try {
      const statuses = await this.projector.status();
      const failed = statuses.filter((s) => s.state === 'failed').map((s) => s.name);
      return {
        status: failed.length === 0 ? 'up' : 'down',
        failed,
        lag: Object.fromEntries(
          statuses.map((s) => [
            s.name,
            { state: s.state, events: s.lag.events, seconds: s.lag.seconds, ...(s.transientError ? { retrying: s.transientError } : {}) },
          ]),
        ),
      };
    } catch (error) {
      return { status: 'down', error: (error as Error).message };
    }
  }

  private organisationHealth(): ComponentHealth {
    const { state, units, persons, error, since } = this.organisation.status();
    return { status: state === 'live' ? 'up' : 'down', state, units, persons, since, ...(error ? { error } : {}) };
  }

  /**
   * What the periodic check found (nothing is hashed here), with the tree's size and the latest checkpoint read
   * now. Down only on a mismatch: a check that could not run is the database's failure, reported there.
   */
  private async ledgerHealth(): Promise<ComponentHealth> {
    const watch = this.ledgerWatch.status();
    const found = {
      status: watch.mismatch ? ('down' as const) : ('up' as const),
      state: watch.state,
      signing: this.ledgerReader.verifier !== undefined,
      signaturesChecked: this.ledgerWatch.checksSignatures,
      verifiedUpTo: watch.verifiedUpTo,
      sweep: watch.sweep,
      lastCheckAt: watch.lastRoundAt,
      ...(watch.mismatch ? { mismatch: watch.mismatch } : {}),
      ...(watch.error ? { error: watch.error } : {}),
    };
    try {
      const { rows } = await this.pool.query<{ tree_size: string | null; checkpoint_size: string | null; published_at: Date | null }>(
        `SELECT (SELECT tree_size FROM ledger_state) AS tree_size, c.tree_size AS checkpoint_size, c.published_at
           FROM (SELECT 1) AS one
           LEFT JOIN LATERAL (SELECT tree_size, published_at FROM ledger_checkpoint ORDER BY tree_size DESC LIMIT 1) c ON true`,
      );
      const row = rows[0];
      return {
        ...found,
        treeSize: Number(row?.tree_size ?? 0),
        latestCheckpoint:
          row?.checkpoint_size != null ? { treeSize: Number(row.checkpoint_size), publishedAt: row.published_at!.toISOString() } : null,
      };
    } catch (error) {
      return { ...found, error: (error as Error).message };
    }
  }

  private deadlineWatcherHealth(): ComponentHealth {
    const { state, lastRoundAt, error } = this.deadlineWatcher.status();
    return { status: state === 'retrying' ? 'down' : 'up', state, lastRoundAt, ...(error ? { error } : {}) };
  }

  private async database(): Promise<ComponentHealth> {
    const started = process.hrtime.bigint();
    try {
      const { rows } = await this.pool.query<{ server_version: string }>('SHOW server_version');
      const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
      return {
        status: 'up',
        serverVersion: rows[0]?.server_version,
        latencyMs: Math.round(latencyMs * 100) / 100,
        pool: { total: this.pool.totalCount, idle: this.pool.idleCount, waiting: this.pool.waitingCount },
      };
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
