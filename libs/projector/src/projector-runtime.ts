import type { Pool } from 'pg';
import type { Checkpoint, EventStore } from '@lib/event-store';
import { LogWakeUp } from './log-wake-up';
import type { Projection } from './projection';
import { ProjectionCheckpointStore, type StoredProjectionCheckpoint } from './projection-checkpoint.store';
import { ProjectionWorker, type ProjectionState } from './projection-worker';
import { RebuildProgressTracker, type RebuildProgress, type RebuildProgressListener } from './rebuild-progress';

export interface ProjectorRuntimeOptions {
  /** The service's pool; the read-model tables, the checkpoints and (usually) the event log share one database. */
  pool: Pool;
  eventStore: EventStore;
  projections: ReadonlyArray<Projection>;
  /** Log events per read and per transaction. Default 500. */
  batchSize?: number;
  /** Longest wait at the head of the log when no wake-up arrives. Default 1000 ms. */
  pollIntervalMs?: number;
  /** Backoff after a transient database error, doubling up to `max`. Default 200 ms to 30 s. */
  retryDelayMs?: { initial: number; max: number };
  /** For rates and lag only; projections never see it. */
  now?: () => Date;
  /** Progress of the automatic rebuilds that `start()` begins (new projections, bumped versions). */
  onRebuildProgress?: RebuildProgressListener;
  log?: (line: string) => void;
}

export interface ProjectionStatus {
  name: string;
  version: number;
  state: ProjectionState;
  checkpoint: Checkpoint;
  lastGlobalPosition: number | null;
  lastRecordedAt: string | null;
  /**
   * `events`: the log's highest global position minus the highest one this projection has passed — an
   * estimate (positions burnt by rolled-back appends count). `seconds`: now minus `recordedAt` of the
   * last applied event while `events` > 0, 0 when caught up, null when behind with nothing applied yet.
   */
  lag: { events: number; seconds: number | null };
  rebuilding: boolean;
  failure: { eventId: string | null; message: string } | null;
  /** The last transient database error while it is being retried. */
  transientError: string | null;
}

/**
 * Runs projections: one loop per projection (own checkpoint, own failure), all woken by one log
 * follower. Exactly-once comes from `applyBatch`: rows and checkpoint commit in one transaction, and the
 * checkpoint moves only by compare-and-set from the one the batch was read after.
 *
 * `start()` rebuilds, in the background, every projection that has no checkpoint yet or whose stored
 * version differs from its code (tables truncated and checkpoint reset in one transaction, then the log
 * replayed from the start), reporting through `onRebuildProgress`; the others resume from their checkpoint.
 */
export class ProjectorRuntime {
  private readonly workers: Map<string, ProjectionWorker>;
  private readonly rebuilds = new Map<string, RebuildProgressTracker>();
  private readonly checkpoints: ProjectionCheckpointStore;
  private readonly wakeUp: LogWakeUp;
  private readonly now: () => Date;
  private started = false;

  constructor(private readonly options: ProjectorRuntimeOptions) {
    assertUniqueNames(options.projections);
    this.checkpoints = new ProjectionCheckpointStore(options.pool);
    this.wakeUp = new LogWakeUp(options.eventStore);
    this.now = options.now ?? (() => new Date());
    const settings = {
      pool: options.pool,
      eventStore: options.eventStore,
      checkpoints: this.checkpoints,
      wakeUp: this.wakeUp,
      batchSize: Math.max(1, options.batchSize ?? 500),
      pollIntervalMs: options.pollIntervalMs ?? 1000,
      retryDelayMs: options.retryDelayMs ?? { initial: 200, max: 30_000 },
      log: options.log ?? (() => undefined),
    };
    this.workers = new Map(options.projections.map((p) => [p.name, new ProjectionWorker(p, settings)]));
  }

  /** Starts every projection that is not running (a failed one is retried from its checkpoint). */
  async start(): Promise<void> {
    this.started = true;
    const stored = await this.checkpoints.loadAll();
    for (const worker of this.workers.values()) {
      if (worker.running) continue;
      const { name, version, tables } = worker.projection;
      const row = stored.get(name);
      if (row && row.version === version) {
        worker.start();
        continue;
      }
      if (!(await this.checkpoints.reset(name, version, tables, { onlyIfNotAt: version }))) {
        worker.start();
        continue;
      }
      this.log(`projection ${name}: ${row ? `version ${row.version} -> ${version}` : 'new'}; rebuilding from the start of the log`);
      const tracker = await this.track(name, this.options.onRebuildProgress);
      worker.start(tracker.onBatch);
    }
  }

  /** Stops every loop; each lets its batch in flight finish first. */
  async stop(): Promise<void> {
    this.started = false;
    await Promise.all([...this.workers.values()].map((worker) => worker.stop()));
    await this.wakeUp.close();
  }

  /**
   * Empties the named projections' tables, resets their checkpoints (one transaction each) and replays the
   * log up to its head, one projection after the other. Running projections are stopped first and
   * resumed afterwards. Rejects if a projection fails during its replay (it is then left `failed`).
   */
  async rebuild(projectionNames?: ReadonlyArray<string>, onProgress?: RebuildProgressListener): Promise<RebuildProgress[]> {
    const names = projectionNames ?? [...this.workers.keys()];
    const selected = names.map((name) => {
      const worker = this.workers.get(name);
      if (!worker) throw new Error(`Unknown projection ${name}; known: ${[...this.workers.keys()].join(', ')}`);
      return worker;
    });
    const reports: RebuildProgress[] = [];
    for (const worker of selected) {
      const { name, version, tables } = worker.projection;
      await worker.stop();
      await this.checkpoints.reset(name, version, tables);
      const tracker = await this.track(name, onProgress);
      await worker.catchUp(tracker.onBatch);
      reports.push(tracker.snapshot());
      if (this.started) worker.start();
    }
    return reports;
  }

  async status(): Promise<ProjectionStatus[]> {
    const [stored, health] = await Promise.all([this.checkpoints.loadAll(), this.options.eventStore.health()]);
    const now = this.now().getTime();
    return [...this.workers.values()].map((worker) =>
      this.statusOf(worker, stored.get(worker.projection.name), health.lastGlobalPosition, now),
    );
  }

  private statusOf(worker: ProjectionWorker, row: StoredProjectionCheckpoint | undefined, head: number, now: number): ProjectionStatus {
    const { name, version } = worker.projection;
    const lastGlobalPosition = row?.lastGlobalPosition ?? null;
    const lastRecordedAt = row?.lastRecordedAt ?? null;
    const passed = Math.max(worker.highestPosition, lastGlobalPosition ?? 0);
    const events = Math.max(0, head - passed);
    const seconds = events === 0 ? 0 : lastRecordedAt === null ? null : Math.max(0, (now - Date.parse(lastRecordedAt)) / 1000);
    const storedFailure = row?.failure ? { eventId: row.failure.eventId, message: row.failure.message } : null;
    const failure = worker.failure ?? (worker.running ? null : storedFailure);
    return {
      name,
      version: row?.version ?? version,
      state: !worker.running && failure ? 'failed' : worker.state,
      checkpoint: row?.checkpoint ?? '',
      lastGlobalPosition,
      lastRecordedAt,
      lag: { events, seconds },
      rebuilding: this.rebuilds.get(name)?.done === false,
      failure,
      transientError: worker.transientError,
    };
  }

  private async track(name: string, listener: RebuildProgressListener | undefined): Promise<RebuildProgressTracker> {
    const head = await this.options.eventStore.health();
    const tracker = new RebuildProgressTracker(name, head.lastGlobalPosition, this.now, listener ?? (() => undefined));
    this.rebuilds.set(name, tracker);
    return tracker;
  }

  private log(line: string): void {
    this.options.log?.(line);
  }
}

function assertUniqueNames(projections: ReadonlyArray<Projection>): void {
  const names = new Set<string>();
  for (const { name } of projections) {
    if (names.has(name)) throw new Error(`Two projections are named ${name}`);
    names.add(name);
  }
}
