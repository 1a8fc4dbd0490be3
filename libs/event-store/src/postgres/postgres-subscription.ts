import type { EventSubscription, ReadAllOptions, SubscribeOptions } from '../event-store.port';
import type { StoredEvent } from '../stored-event';
import type { PostgresNotifications, WakeReason } from './postgres-notifications';

interface LogReader {
  readAll(options: ReadAllOptions): Promise<StoredEvent[]>;
}

const DEFAULT_BATCH = 500;
const DEFAULT_POLL_MS = 1000;
/** After a wake-up that found nothing (an older transaction still holds the log back), look again soon. */
const RETRY_AFTER_WAKE_MS = 25;
const RETRIES_AFTER_WAKE = 40;
const MAX_BACKOFF_MS = 5_000;

/**
 * Catch-up, then live. Reads in log order from the checkpoint; when it reaches the head it waits for a
 * notification of an append (the store's shared LISTEN connection) or, failing that, for the poll interval.
 * A read that fails (a dropped connection, a database restart) is retried with backoff from the last
 * event delivered: the iteration ends only when the subscription is closed.
 */
export class PostgresSubscription implements EventSubscription {
  private closed = false;
  private wakeWaiter: (() => void) | undefined;
  private notified = false;
  private retriesLeft = 0;
  private stopListening: (() => void) | undefined;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;

  constructor(
    private readonly reader: LogReader,
    private readonly notifications: PostgresNotifications,
    private readonly options: SubscribeOptions,
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH;
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_MS;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<StoredEvent> {
    let after = this.options.after;
    const listening = this.notifications.add(this.onNotification);
    this.stopListening = listening.remove;
    await listening.ready;
    let backoff = 0;
    try {
      while (!this.closed) {
        let batch: StoredEvent[];
        try {
          batch = await this.reader.readAll({
            after,
            limit: this.batchSize,
            ...(this.options.categories ? { categories: this.options.categories } : {}),
          });
          backoff = 0;
        } catch {
          backoff = Math.min(Math.max(backoff * 2, 100), MAX_BACKOFF_MS);
          await this.pause(backoff);
          continue;
        }
        for (const event of batch) {
          if (this.closed) return;
          after = event.checkpoint;
          yield event;
        }
        if (batch.length > 0) this.retriesLeft = 0;
        if (batch.length < this.batchSize) await this.waitForNews();
      }
    } finally {
      this.stopListening?.();
      this.stopListening = undefined;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeWaiter?.();
    this.stopListening?.();
    this.stopListening = undefined;
  }

  private readonly onNotification = (reason: WakeReason): void => {
    this.notified = true;
    // After a notification the events may still be held back by an older transaction: look again soon, a few
    // times. After a reconnect one look is enough to pick up what was missed.
    if (reason === 'notification') this.retriesLeft = RETRIES_AFTER_WAKE;
    this.wakeWaiter?.();
  };

  private waitForNews(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.notified) {
      this.notified = false;
      return Promise.resolve();
    }
    const waitMs = this.retriesLeft > 0 ? RETRY_AFTER_WAKE_MS : this.pollIntervalMs;
    if (this.retriesLeft > 0) this.retriesLeft--;
    return this.pause(waitMs);
  }

  /** Waits `ms`, or less if a notification or `close()` comes first. */
  private pause(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        if (this.wakeWaiter === done) this.wakeWaiter = undefined;
        this.notified = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeWaiter = done;
    });
  }
}
