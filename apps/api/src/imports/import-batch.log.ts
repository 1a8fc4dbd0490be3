import { randomUUID } from 'node:crypto';
import { WrongExpectedVersionError, type EventStore, type ImportOrigin, type NewEvent } from '@lib/event-store';
import type { Clock } from '../clock/clock';
import { importStreamId, type ImportBatchEventType } from './import-batch.events';

const LIFECYCLE_SCHEMA_VERSION = 1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Records a batch's lifecycle on `import-<batchId>`: started (or resumed), progress as a sign of life,
 * finished. Lifecycle events are recorded as they happen (occurredAt = now) and carry no import metadata:
 * they are the record of the load, not the loaded history. Their ids are random: a resumption or a
 * second progress note is a new fact, not a retry.
 */
export class ImportBatchLog {
  private readonly streamId: string;

  constructor(
    private readonly store: EventStore,
    readonly origin: ImportOrigin,
    private readonly recorder: { personId: string; unitId: string },
    private readonly clock: Clock,
  ) {
    this.streamId = importStreamId(origin.batchId);
  }

  /** True once the batch was started (by this process or an earlier one). */
  async exists(): Promise<boolean> {
    return (await this.store.readStream(this.streamId)).length > 0;
  }

  /**
   * Starts the batch, or resumes it when the log already holds it (a load interrupted and started again).
   * `taskIds`: existing tasks the batch will add history to, so the watcher waits for them from now on.
   */
  async open(taskIds: ReadonlyArray<string> | null = null): Promise<'started' | 'resumed'> {
    const bad = taskIds?.find((taskId) => !UUID.test(taskId));
    if (bad !== undefined) throw new Error(`import ${this.origin.batchId}: task id ${bad} is not a UUID`);
    if ((await this.store.readStream(this.streamId)).length === 0) {
      try {
        await this.append(
          'ImportStarted',
          { source: this.origin.source, taskIds: taskIds === null ? null : [...taskIds].map((id) => id.toLowerCase()) },
          'no_stream',
        );
        return 'started';
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
      }
    }
    await this.append('ImportResumed', {}, 'any');
    return 'resumed';
  }

  /** A sign of life: a batch silent for longer than IMPORT_STALE_MINUTES is deemed abandoned. */
  async progress(done: number, total: number): Promise<void> {
    await this.append('ImportProgressed', { done, total }, 'any');
  }

  async finish(tasks: number): Promise<void> {
    await this.append('ImportFinished', { tasks }, 'any');
  }

  private async append(type: ImportBatchEventType, data: Record<string, unknown>, expectedVersion: 'no_stream' | 'any'): Promise<void> {
    const id = randomUUID();
    const event: NewEvent = {
      id,
      type,
      data: { batchId: this.origin.batchId, ...data },
      metadata: {
        actor: { ...this.recorder },
        commandId: id,
        correlationId: `import-${this.origin.batchId}`,
        causationId: null,
        occurredAt: this.clock.now().toISOString(),
        schemaVersion: LIFECYCLE_SCHEMA_VERSION,
      },
    };
    await this.store.appendToStream(this.streamId, [event], { expectedVersion });
  }
}
