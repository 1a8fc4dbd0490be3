import { Client, type Notification, type Pool } from 'pg';
import { connectionConfigOf } from '@lib/database';

const MAX_RECONNECT_MS = 5_000;

/** A notification arrived, or the connection came back after a loss (notifications sent meanwhile are lost). */
export type WakeReason = 'notification' | 'reconnected';

/**
 * One LISTEN connection per event store, shared by all its subscriptions and kept outside the pool (a
 * LISTEN held on a pooled connection takes it from the commands for good). It is opened with the first
 * listener and closed with the last. When its backend is terminated or the server restarts, it reconnects
 * with backoff by itself and then wakes every listener, since notifications sent meanwhile are lost;
 * readers poll as well, so a missed wake-up only delays them.
 */
export class PostgresNotifications {
  private readonly listeners = new Set<(reason: WakeReason) => void>();
  /** Set when the connection was lost: notifications may have been missed until it is back. */
  private lostSince = false;
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private backoffMs = 0;

  constructor(
    private readonly pool: Pool,
    private readonly channel: string,
  ) {}

  /**
   * Calls `listener` on every notification (and after every reconnect) until `remove` is called. `ready`
   * resolves once the connection listens (or after `readyTimeoutMs` if it cannot yet): a reader that awaits
   * it before reading the head misses no notification sent after that read.
   */
  add(listener: (reason: WakeReason) => void, readyTimeoutMs = 2_000): { ready: Promise<void>; remove: () => void } {
    this.listeners.add(listener);
    if (!this.client && !this.connecting && !this.reconnectTimer) this.connect();
    const connecting = this.connecting ?? Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    const ready = Promise.race([connecting, new Promise<void>((resolve) => (timer = setTimeout(resolve, readyTimeoutMs)))]).finally(() =>
      clearTimeout(timer),
    );
    return {
      ready,
      remove: () => {
        this.listeners.delete(listener);
        if (this.listeners.size === 0) this.disconnect();
      },
    };
  }

  private connect(): void {
    const connection = connectionConfigOf(this.pool);
    const client = new Client({ ...connection, application_name: `${connection.application_name ?? 'event-store'}-listen` });
    const broken = (): void => this.lost(client);
    // Both are needed: 'error' when the backend is terminated, 'end' when the socket closes quietly.
    client.on('error', broken);
    client.on('end', broken);
    client.on('notification', (message: Notification) => {
      if (message.channel === this.channel) this.wakeAll('notification');
    });
    this.connecting = (async () => {
      try {
        await client.connect();
        await client.query(`LISTEN ${this.channel}`);
        if (this.listeners.size === 0) return void (await client.end().catch(() => undefined));
        this.client = client;
        this.backoffMs = 0;
        if (this.lostSince) this.wakeAll('reconnected');
        this.lostSince = false;
      } catch {
        this.lostSince = true;
        client.removeAllListeners('end');
        await client.end().catch(() => undefined);
        this.scheduleReconnect();
      } finally {
        this.connecting = undefined;
      }
    })();
  }

  private lost(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.lostSince = true;
    client.removeAllListeners('end');
    void client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.listeners.size === 0 || this.reconnectTimer) return;
    this.backoffMs = Math.min(Math.max(this.backoffMs * 2, 100), MAX_RECONNECT_MS);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.listeners.size > 0 && !this.client) this.connect();
    }, this.backoffMs);
    this.reconnectTimer.unref();
  }

  private disconnect(): void {
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    client.removeAllListeners('end');
    void client
      .query(`UNLISTEN ${this.channel}`)
      .catch(() => undefined)
      .finally(() => void client.end().catch(() => undefined));
  }

  private wakeAll(reason: WakeReason): void {
    for (const listener of [...this.listeners]) listener(reason);
  }
}
