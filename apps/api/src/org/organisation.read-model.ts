import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { OrganisationTimeline, type OrgEvent } from '@lib/domain/org';
import type { Checkpoint, EventStore, EventSubscription, StoredEvent } from '@lib/event-store';
import { EVENT_STORE } from '../event-store/event-store.module';

export const ORG_STREAM_CATEGORIES = ['unit', 'person'] as const;

export class OrganisationNotCaughtUpError extends Error {}

/**
 * The organisation as of any date, folded in memory from the unit and person streams: caught up before
 * the app serves requests, then kept current by a live subscription. Every instance folds the same log
 * in the same order, so every instance answers the same.
 */
@Injectable()
export class OrganisationReadModel implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Organisation');
  private timeline = new OrganisationTimeline();
  private checkpoint: Checkpoint | undefined;
  private readonly appliedIds = new Set<string>();
  private subscription: EventSubscription | undefined;
  private following: Promise<void> | undefined;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  get current(): OrganisationTimeline {
    return this.timeline;
  }

  /** Grows with every organisation event folded in: what was derived from `current` at one revision holds until the next. */
  get revision(): number {
    return this.appliedIds.size;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.store.awaitVisibility();
    for (;;) {
      const page = await this.store.readAll({ after: this.checkpoint, limit: 2000, categories: ORG_STREAM_CATEGORIES });
      if (page.length === 0) break;
      page.forEach((event) => this.apply(event));
    }
    this.logger.log(`organisation loaded: ${this.timeline.unitCount} units, ${this.timeline.personCount} persons`);
    this.subscription = this.store.subscribe({ ...(this.checkpoint ? { after: this.checkpoint } : {}), categories: ORG_STREAM_CATEGORIES, pollIntervalMs: 500 });
    const subscription = this.subscription;
    this.following = (async () => {
      for await (const event of subscription) this.apply(event);
    })().catch((error: Error) => this.logger.error(`organisation subscription stopped: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.close();
    await this.following;
  }

  /** Read-your-writes for organisation commands: wait until these events are folded in. */
  async waitFor(eventIds: ReadonlyArray<string>, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!eventIds.every((id) => this.appliedIds.has(id))) {
      if (Date.now() > until) throw new OrganisationNotCaughtUpError(`organisation read model did not catch up within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  private apply(event: StoredEvent): void {
    this.checkpoint = event.checkpoint;
    if (this.appliedIds.has(event.id)) return;
    this.timeline.apply({ type: event.type, data: event.data } as OrgEvent);
    this.appliedIds.add(event.id);
  }
}
