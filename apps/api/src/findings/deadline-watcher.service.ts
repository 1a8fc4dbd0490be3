import { nameBasedUuid } from '@lib/domain/core';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import type { WorkingDayCalendar } from '@lib/domain/calendar';
import { nextDeadlineLapse, type DeadlineLapse, type RuleSourceEvent } from '@lib/domain/rules';
import { StreamConflictError, handleCommand } from '@lib/command-handling';
import { createTaskDecider, taskStreamId, type RecordDeadlineLapse } from '@lib/domain/task';
import type { EventStore, StoredEvent } from '@lib/event-store';
import { WORKING_DAY_CALENDAR } from '../calendar/calendar.provider';
import { CLOCK, type Clock } from '../clock/clock';
import type { AppConfig } from '@lib/service';
import { APP_CONFIG, PG_POOL } from '../database/database.tokens';
import { EVENT_STORE } from '../event-store/event-store.module';
import { ImportBatchesReader, type ImportRound } from '../imports/import-batches.reader';
import { OrganisationReadModel } from '../org/organisation.read-model';
import { toRecordedTaskEvent } from '../tasks/task-stream.reader';
import { asOfTask } from '@lib/read-models/findings';

/** No person acts when a deadline lapses: the trail names the watcher. */
export const DEADLINE_WATCHER_ACTOR = { personId: 'system:deadline-watcher', unitId: 'system' } as const;
const LAPSE_SCHEMA_VERSION = 1;
/** A task whose record stopped long ago may have several lapses to catch up on (overdue, then stalled…). */
const MAX_LAPSES_PER_TASK = 50;
const TASKS_PER_ROUND = 500;

export interface WatchRound {
  tasksExamined: number;
  lapsesRecorded: number;
  /** Tasks left for later: an import that holds them is still running. */
  tasksDeferred: number;
}

/**
 * Appends `DeadlineLapsed` to a task's stream when a time-based rule's verdict changes with nothing else
 * recorded (overdue hold, stalled, silent consultee, unowned task, dossier promises). The candidates come
 * from the findings read model (`next_lapse_at`); each is re-judged from its own stream before anything is
 * written. The event id is name-based on the task, the instant and the rules, and the append expects the
 * version just read: two watchers, or a restart, add nothing twice.
 *
 * History still being imported is not judged: a task that a running import batch declared, or whose
 * stream holds an event of a running batch, is deferred (not dropped) until the batch finishes or is
 * deemed abandoned (no sign of life for IMPORT_STALE_MINUTES); its lapses are then appended as of their
 * own instants, with the same ids.
 */
@Injectable()
export class DeadlineWatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DeadlineWatcher');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;
  private rounds = 0;
  private lastError: { message: string; at: string } | null = null;
  private lastRoundAt: string | null = null;
  private readonly imports: ImportBatchesReader;
  /** Tasks found to hold a running batch's events, by the batch: left out of the candidates while it runs. */
  private readonly deferred = new Map<string, string>();
  private readonly decider;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    private readonly organisation: OrganisationReadModel,
  ) {
    this.imports = new ImportBatchesReader(store);
    this.decider = createTaskDecider({ clockSkewMs: config.clockSkewMs });
  }

  onApplicationBootstrap(): void {
    if (this.config.deadlineWatchMs === 0) return;
    const interval = this.config.deadlineWatchMs;
    const tick = (): void => {
      if (this.stopped) return;
      let next = interval;
      this.running = this.runOnce()
        .then((round) => {
          if (round.lapsesRecorded > 0)
            this.logger.log(`recorded ${round.lapsesRecorded} deadline lapse(s) on ${round.tasksExamined} task(s)`);
          if (this.lastError) this.logger.log('deadline watch resumed');
          this.lastError = null;
          this.lastRoundAt = new Date().toISOString();
          // A backlog (a full page, or lapses that make new ones due) is worked off at once; in the first
          // minute the projection may still be catching up with the log, so look again soon.
          if (round.tasksExamined > 0) next = Math.min(interval, 1_000);
          else if (this.rounds < 12) next = Math.min(interval, 5_000);
        })
        .catch((error: Error) => {
          // Kept and retried at the next tick: a database restart only delays the watch.
          if (!this.lastError) this.logger.warn(`deadline watch failed, retrying: ${error.message}`);
          this.lastError = { message: error.message, at: new Date().toISOString() };
          next = Math.min(interval, 5_000);
        })
        .finally(() => {
          this.rounds += 1;
          if (!this.stopped) this.timer = setTimeout(tick, next);
        });
    };
    this.timer = setTimeout(tick, Math.min(this.config.deadlineWatchMs, 2_000));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** For `/health`: off, watching, or retrying after the last round failed. */
  status(): { state: 'off' | 'watching' | 'retrying'; lastRoundAt: string | null; error: string | null } {
    if (this.config.deadlineWatchMs === 0) return { state: 'off', lastRoundAt: null, error: null };
    return { state: this.lastError ? 'retrying' : 'watching', lastRoundAt: this.lastRoundAt, error: this.lastError?.message ?? null };
  }

  /** One pass over the tasks whose next lapse is due at `now`. Whether an import still runs is judged on the service's clock. */
  async runOnce(now: Date = this.clock.now()): Promise<WatchRound> {
    const running = await this.imports.round(this.clock.now().getTime(), this.config.importStaleMinutes * 60_000);
    for (const [taskId, batchId] of this.deferred) if (!(await running.isRunning(batchId))) this.deferred.delete(taskId);
    const waiting = [...new Set([...running.taskIds.keys(), ...this.deferred.keys()])];
    const { rows } = await this.pool.query<{ task_id: string }>(
      `SELECT task_id FROM rm_finding_task WHERE next_lapse_at <= $1 AND NOT (task_id = ANY($3::uuid[]))
        ORDER BY next_lapse_at, task_id LIMIT $2`,
      [now.toISOString(), TASKS_PER_ROUND, waiting],
    );
    let lapsesRecorded = 0;
    let tasksDeferred = 0;
    for (const { task_id: taskId } of rows) {
      const recorded = await this.catchUp(taskId, now.getTime(), running);
      if (recorded === 'deferred') tasksDeferred += 1;
      else lapsesRecorded += recorded;
    }
    return { tasksExamined: rows.length, lapsesRecorded, tasksDeferred };
  }

  private async catchUp(taskId: string, nowMs: number, running: ImportRound): Promise<number | 'deferred'> {
    const streamId = taskStreamId(taskId);
    let recorded = 0;
    for (let round = 0; round < MAX_LAPSES_PER_TASK; round++) {
      const stored = await this.store.readStream(streamId);
      if (stored.length === 0) return recorded;
      const importing = running.taskIds.get(taskId) ?? (await runningBatchOf(stored, running));
      if (importing !== undefined) {
        this.deferred.set(taskId, importing);
        return recorded > 0 ? recorded : 'deferred';
      }
      const events: RuleSourceEvent[] = stored.map((event) => ({ ...toRecordedTaskEvent(event), globalPosition: event.globalPosition }));
      const lapse = nextDeadlineLapse(events, {
        organisation: this.organisation.current,
        calendar: this.calendar,
        asOf: asOfTask(events),
        parameters: this.config.rules.resolved,
      });
      if (lapse === null || Date.parse(lapse.at) > nowMs) return recorded;
      // Judged on this version: if anything was recorded since, the lapse is judged again from the new record.
      const id = lapseEventId(taskId, lapse);
      try {
        const handled = await handleCommand(
          this.store,
          this.decider,
          streamId,
          lapseCommand(lapse, nowMs),
          {
            actor: { ...DEADLINE_WATCHER_ACTOR },
            commandId: id,
            correlationId: id,
            occurredAt: lapse.at,
            schemaVersion: LAPSE_SCHEMA_VERSION,
          },
          { retries: 0, eventId: () => id, expectedStreamVersion: stored.length - 1 },
        );
        if (!handled.replayed) recorded += 1;
      } catch (error) {
        if (!(error instanceof StreamConflictError)) throw error;
      }
    }
    return recorded;
  }
}

/** A running import batch that wrote to the stream, if any. */
async function runningBatchOf(stored: ReadonlyArray<StoredEvent>, running: ImportRound): Promise<string | undefined> {
  const batchIds = new Set(stored.flatMap((event) => (event.metadata.import ? [event.metadata.import.batchId] : [])));
  for (const batchId of batchIds) if (await running.isRunning(batchId)) return batchId;
  return undefined;
}

/** Name-based on the task, the instant and the rules: a second watcher, or a restart, appends nothing new. */
export function lapseEventId(taskId: string, lapse: Pick<DeadlineLapse, 'at' | 'ruleCodes'>): string {
  return nameBasedUuid(`deadline-lapse|${taskId}|${lapse.at}|${lapse.ruleCodes.join(',')}`);
}

function lapseCommand(lapse: DeadlineLapse, nowMs: number): RecordDeadlineLapse {
  return {
    type: 'RecordDeadlineLapse',
    data: { lapseAt: lapse.at, ruleCodes: [...lapse.ruleCodes] },
    context: { actor: { ...DEADLINE_WATCHER_ACTOR, roles: [] }, occurredAt: lapse.at, now: new Date(nowMs).toISOString() },
  };
}
