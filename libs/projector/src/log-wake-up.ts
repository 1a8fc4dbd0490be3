import type { Checkpoint, EventStore, EventSubscription } from '@lib/event-store';

/**
 * Wakes idle projection loops when the log grows. It follows one `EventStore.subscribe` (catch-up then
 * live, so it reacts to the adapter's own notifications) and only counts what it sees; the loops then
 * read the log themselves in batches. Waits always end after `timeoutMs`, so a lost subscription only
 * slows projections down to polling.
 */
export class LogWakeUp {
  private seen = 0;
  private readonly waiters = new Set<() => void>();
  private subscription: EventSubscription | undefined;
  private following: Promise<void> | undefined;

  constructor(private readonly eventStore: EventStore) {}

  /** A number to pass to `wait`: a wait returns at once if anything arrived since it was taken. */
  get mark(): number {
    return this.seen;
  }

  /** Starts following the log after `checkpoint`, unless already following. */
  follow(checkpoint: Checkpoint): void {
    if (this.following) return;
    const subscription = this.eventStore.subscribe({ after: checkpoint, batchSize: 100 });
    this.subscription = subscription;
    this.following = (async () => {
      try {
        for await (const _event of subscription) this.wakeAll();
      } catch {
        // Followed again by the next idle loop; until then the loops poll.
      } finally {
        if (this.subscription === subscription) {
          this.subscription = undefined;
          this.following = undefined;
        }
      }
    })();
  }

  wait(mark: number, timeoutMs: number): Promise<void> {
    if (this.seen !== mark) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }

  wakeAll(): void {
    this.seen++;
    for (const waiter of [...this.waiters]) waiter();
  }

  async close(): Promise<void> {
    const subscription = this.subscription;
    const following = this.following;
    this.subscription = undefined;
    this.following = undefined;
    await subscription?.close();
    await following;
    this.wakeAll();
  }
}
