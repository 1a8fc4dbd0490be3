import type { Pool } from 'pg';
import type { Checkpoint, EventStore, StoredEvent } from '@lib/event-store';
import type { LogWakeUp } from './log-wake-up';
import type { Projection } from './projection';
import { isTransientDatabaseError, messageOf } from '@lib/database';
import { applyBatch, applyEventByEvent, ProjectionEventError } from './projection-batch';
import type { ProjectionCheckpointStore } from './projection-checkpoint.store';

export type ProjectionState = 'catching_up' | 'live' | 'stopped' | 'failed';

export interface ProjectionWorkerSettings {
  pool: Pool;
  eventStore: EventStore;
  checkpoints: ProjectionCheckpointStore;
  wakeUp: LogWakeUp;
  batchSize: number;
  pollIntervalMs: number;
  retryDelayMs: { initial: number; max: number };
  log: (line: string) => void;
}

/** Told after every committed batch: how many log events it covered and whether the loop reached the head. */
export type BatchListener = (eventsCommitted: number, atHead: boolean) => void;

/**
 * The loop of one projection: read a batch after its checkpoint, apply it in one transaction with the
 * checkpoint, repeat; at the head, wait for the log to grow. It never skips: a failing event stops the
 * loop (state `failed`, event id kept in memory and in `projection_checkpoints`), a transient database
 * error is retried with backoff from the last committed checkpoint.
 */
export class ProjectionWorker {
  state: ProjectionState = 'stopped';
  failure: { eventId: string | null; message: string } | null = null;
  transientError: string | null = null;
  /** Highest global position seen since start: with out-of-order commits the last applied event need not hold it. */
  highestPosition = 0;
  lastGlobalPosition: number | null = null;
  lastRecordedAt: string | null = null;
  private checkpoint: Checkpoint = '';
  private checkpointKnown = false;
  private loop: Promise<void> | undefined;
  private stopping = false;

  constructor(
    readonly projection: Projection,
    private readonly settings: ProjectionWorkerSettings,
  ) {}

  get running(): boolean {
    return this.loop !== undefined;
  }

  /** Follows the log in the background from the stored checkpoint until `stop()` or a failure. */
  start(listener?: BatchListener): void {
    if (this.loop) return;
    this.loop = this.run(false, listener).finally(() => (this.loop = undefined));
  }

  /** Runs until the head of the log in the foreground; rejects when the projection fails on the way. */
  async catchUp(listener?: BatchListener): Promise<void> {
    if (this.loop) throw new Error(`Projection ${this.projection.name} is already running`);
    this.loop = this.run(true, listener).finally(() => (this.loop = undefined));
    await this.loop;
    if (this.state === 'failed') throw new Error(`Projection ${this.projection.name} failed: ${this.failure?.message}`);
  }

  /** Lets the batch in flight commit (or roll back), then returns. */
  async stop(): Promise<void> {
    if (!this.loop) return;
    this.stopping = true;
    this.settings.wakeUp.wakeAll();
    await this.loop;
  }

  private async run(untilHead: boolean, listener: BatchListener | undefined): Promise<void> {
    const { eventStore, wakeUp, batchSize, pollIntervalMs, retryDelayMs } = this.settings;
    this.stopping = false;
    this.failure = null;
    this.state = 'catching_up';
    let delay = retryDelayMs.initial;
    let ahead: ReadAhead | undefined;
    while (!this.stopping) {
      const mark = wakeUp.mark;
      let read = 0;
      try {
        await this.loadCheckpointIfUnknown();
        const events =
          ahead?.after === this.checkpoint ? await ahead.events : await eventStore.readAll({ after: this.checkpoint, limit: batchSize });
        ahead = undefined;
        if (this.stopping) break;
        read = events.length;
        // A full batch means more to come: read the next one while this one is applied. Used only if this one
        // commits whole (the checkpoint then is where the read began); otherwise dropped.
        if (read === batchSize) ahead = readAhead(eventStore, events[read - 1]!.checkpoint, batchSize);
        const committed = events.length > 0 ? await this.applyIsolatingFailures(events) : 0;
        this.transientError = null;
        delay = retryDelayMs.initial;
        if (committed < 0) continue;
        listener?.(committed, read < batchSize);
      } catch (error) {
        if (!isTransientDatabaseError(error)) return this.fail(error);
        this.transientError = messageOf(error);
        this.settings.log(`projection ${this.projection.name}: ${this.transientError}; retrying in ${delay} ms`);
        this.checkpointKnown = false;
        await wakeUp.wait(wakeUp.mark, delay);
        delay = Math.min(delay * 2, retryDelayMs.max);
        continue;
      }
      if (read < batchSize) {
        this.state = 'live';
        if (untilHead) break;
        wakeUp.follow(this.checkpoint);
        await wakeUp.wait(mark, pollIntervalMs);
      } else {
        this.state = 'catching_up';
      }
    }
    this.state = 'stopped';
    this.checkpointKnown = false;
  }

  /** The stored checkpoint is the truth: reloaded at every (re)start and after every retry or conflict. */
  private async loadCheckpointIfUnknown(): Promise<void> {
    if (this.checkpointKnown) return;
    const stored = await this.settings.checkpoints.load(this.projection.name);
    if (!stored) throw new Error(`Projection ${this.projection.name} has no checkpoint row: start it through the runtime`);
    if (stored.version !== this.projection.version) {
      throw new Error(
        `Projection ${this.projection.name} is stored at version ${stored.version}, this code is version ${this.projection.version}`,
      );
    }
    this.checkpoint = stored.checkpoint;
    this.lastGlobalPosition = stored.lastGlobalPosition;
    this.lastRecordedAt = stored.lastRecordedAt;
    this.highestPosition = Math.max(this.highestPosition, stored.lastGlobalPosition ?? 0);
    this.checkpointKnown = true;
  }

  /** Events committed, or -1 when another runner had moved the checkpoint (nothing written; reload). */
  private async applyIsolatingFailures(events: ReadonlyArray<StoredEvent>): Promise<number> {
    const { pool, checkpoints } = this.settings;
    let outcome;
    try {
      outcome = await applyBatch(pool, checkpoints, this.projection, this.checkpoint, events);
    } catch (error) {
      if (isTransientDatabaseError(error)) throw error;
      let committed = 0;
      outcome = await applyEventByEvent(pool, checkpoints, this.projection, this.checkpoint, events, (slice) => {
        committed += slice.length;
        this.committed(slice);
      });
      return outcome.kind === 'stale' ? this.conflict() : committed;
    }
    if (outcome.kind === 'stale') return this.conflict();
    this.committed(events);
    return events.length;
  }

  private conflict(): number {
    this.settings.log(`projection ${this.projection.name}: checkpoint moved by another runner; reloading it`);
    this.checkpointKnown = false;
    return -1;
  }

  private committed(events: ReadonlyArray<StoredEvent>): void {
    const last = events[events.length - 1]!;
    this.checkpoint = last.checkpoint;
    this.lastGlobalPosition = last.globalPosition;
    this.lastRecordedAt = last.recordedAt;
    for (const event of events) this.highestPosition = Math.max(this.highestPosition, event.globalPosition);
  }

  private async fail(error: unknown): Promise<void> {
    const eventId = error instanceof ProjectionEventError ? error.eventId : null;
    const message = error instanceof ProjectionEventError ? messageOf(error.cause) : messageOf(error);
    this.failure = { eventId, message };
    this.state = 'failed';
    this.checkpointKnown = false;
    this.settings.log(`projection ${this.projection.name} stopped${eventId ? ` at event ${eventId}` : ''}: ${message}`);
    await this.settings.checkpoints.recordFailure(this.projection.name, eventId, message).catch((recordError: unknown) => {
      this.settings.log(`projection ${this.projection.name}: could not record its failure: ${messageOf(recordError)}`);
    });
  }
}

interface ReadAhead {
  after: Checkpoint;
  events: Promise<ReadonlyArray<StoredEvent>>;
}

function readAhead(eventStore: EventStore, after: Checkpoint, limit: number): ReadAhead {
  const events = eventStore.readAll({ after, limit });
  // Dropped read-aheads must not surface as unhandled rejections; a used one rethrows where it is awaited.
  events.catch(() => undefined);
  return { after, events };
}
