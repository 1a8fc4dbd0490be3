import type { Notification, Pool, PoolClient } from 'pg';
import type { EventSubscription, ReadAllOptions, SubscribeOptions } from '../event-store.port';
import type { StoredEvent } from '../stored-event';

interface LogReader {
  readAll(options: ReadAllOptions): Promise<StoredEvent[]>;
}

const DEFAULT_BATCH = 500;
const DEFAULT_POLL_MS = 1000;
/** After a wake-up that found nothing (an older transaction still holds the log back), look again soon. */
const RETRY_AFTER_WAKE_MS = 25;
const RETRIES_AFTER_WAKE = 40;

/**
 * Catch-up, then live. Reads in log order from the checkpoint; when it reaches the head it waits
 * for a NOTIFY from an append (on a dedicated connection) or, failing that, for the poll interval.
 */
export class PostgresSubscription implements EventSubscription {
  private closed = false;
  private listener: PoolClient | undefined;
  private wakeWaiter: (() => void) | undefined;
  private notified = false;
  private retriesLeft = 0;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;

  constructor(
    private readonly reader: LogReader,
    private readonly pool: Pool,
    private readonly channel: string,
    private readonly options: SubscribeOptions,
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH;
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_MS;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<StoredEvent> {
    let after = this.options.after;
    await this.listen();
    try {
      while (!this.closed) {
        const batch = await this.reader.readAll({
          after,
          limit: this.batchSize,
          ...(this.options.categories ? { categories: this.options.categories } : {}),
        });
        for (const event of batch) {
          if (this.closed) return;
          after = event.checkpoint;
          yield event;
        }
        if (batch.length > 0) this.retriesLeft = 0;
        if (batch.length < this.batchSize) await this.waitForNews();
      }
    } finally {
      await this.unlisten();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeWaiter?.();
    await this.unlisten();
  }

  private async listen(): Promise<void> {
    try {
      const client = await this.pool.connect();
      client.on('notification', this.onNotification);
      client.on('error', () => this.dropListener());
      await client.query(`LISTEN ${this.channel}`);
      this.listener = client;
    } catch {
      this.listener = undefined;
    }
  }

  private readonly onNotification = (message: Notification): void => {
    if (message.channel !== this.channel) return;
    this.notified = true;
    this.retriesLeft = RETRIES_AFTER_WAKE;
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
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        if (this.wakeWaiter === done) this.wakeWaiter = undefined;
        this.notified = false;
        resolve();
      };
      const timer = setTimeout(done, waitMs);
      this.wakeWaiter = done;
    });
  }

  private dropListener(): void {
    const client = this.listener;
    this.listener = undefined;
    client?.release(true);
  }

  private async unlisten(): Promise<void> {
    const client = this.listener;
    if (!client) return;
    this.listener = undefined;
    client.off('notification', this.onNotification);
    await client.query(`UNLISTEN ${this.channel}`).catch(() => undefined);
    client.release(true);
  }
}
