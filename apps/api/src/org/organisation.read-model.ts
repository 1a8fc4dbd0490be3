import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { messageOf } from '@lib/database';
import { OrganisationTimeline, type OrgEvent } from '@lib/domain/org';
import type { Checkpoint, EventStore, StoredEvent } from '@lib/event-store';
import { EVENT_STORE } from '../event-store/event-store.module';
import { OrganisationNotCaughtUpError } from './organisation-not-caught-up.error';

export { OrganisationNotCaughtUpError };

export const ORG_STREAM_CATEGORIES = ['unit', 'person'] as const;
const PAGE = 2000;
const POLL_MS = 500;
const MAX_BACKOFF_MS = 5_000;

/** What `/health` shows of the organisation follower. */
export interface OrganisationFollowerStatus {
  state: 'live' | 'retrying' | 'stopped';
  units: number;
  persons: number;
  /** The last error while the follower retries; null when it is live. */
  error: string | null;
  since: string;
}

/**
 * The organisation as of any date, folded in memory from the unit and person streams: caught up before
 * the app serves requests, then kept current by a follower that reads what is new every half second and
 * whenever a command waits for its own events. Every read failure (a dropped connection, a database
 * restart) is retried with backoff until it succeeds: the follower never stops on its own, and `/health`
 * reports it degraded while it retries. Every instance folds the same log in the same order, so every
 * instance answers the same.
 */
@Injectable()
export class OrganisationReadModel implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Organisation');
  private timeline = new OrganisationTimeline();
  private checkpoint: Checkpoint | undefined;
  private readonly appliedIds = new Set<string>();
  private reading: Promise<void> | undefined;
  private following: Promise<void> | undefined;
  private stopped = false;
  private wake: (() => void) | undefined;
  private state: OrganisationFollowerStatus = { state: 'stopped', units: 0, persons: 0, error: null, since: new Date().toISOString() };

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  get current(): OrganisationTimeline {
    return this.timeline;
  }

  /** Grows with every organisation event folded in: what was derived from `current` at one revision holds until the next. */
  get revision(): number {
    return this.appliedIds.size;
  }

  status(): OrganisationFollowerStatus {
    return { ...this.state, units: this.timeline.unitCount, persons: this.timeline.personCount };
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.store.awaitVisibility();
    await this.catchUp();
    this.logger.log(`organisation loaded: ${this.timeline.unitCount} units, ${this.timeline.personCount} persons`);
    this.setState('live', null);
    this.following = this.follow();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.following;
  }

  /** Read-your-writes for organisation commands: reads the log until these events are folded in. */
  async waitFor(eventIds: ReadonlyArray<string>, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (let pause = 5; !eventIds.every((id) => this.appliedIds.has(id)); pause = Math.min(pause * 2, 200)) {
      // An older transaction may still hide the events from log readers: look again until they show.
      await this.catchUp().catch(() => undefined);
      if (eventIds.every((id) => this.appliedIds.has(id))) return;
      if (Date.now() > until) throw new OrganisationNotCaughtUpError(`organisation read model did not catch up within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }

  /** Folds in everything new in the log; one read at a time (callers share the one in flight). */
  private catchUp(): Promise<void> {
    this.reading ??= (async () => {
      try {
        for (;;) {
          const page = await this.store.readAll({ after: this.checkpoint, limit: PAGE, categories: ORG_STREAM_CATEGORIES });
          page.forEach((event) => this.apply(event));
          if (page.length < PAGE) return;
        }
      } finally {
        this.reading = undefined;
      }
    })();
    return this.reading;
  }

  private async follow(): Promise<void> {
    let backoff = 0;
    while (!this.stopped) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, backoff || POLL_MS);
        this.wake = () => (clearTimeout(timer), resolve());
      });
      if (this.stopped) break;
      try {
        await this.catchUp();
        if (this.state.state !== 'live') this.logger.log('organisation follower resumed');
        this.setState('live', null);
        backoff = 0;
      } catch (error) {
        if (this.state.state === 'live') this.logger.warn(`organisation follower cannot read the log, retrying: ${messageOf(error)}`);
        this.setState('retrying', messageOf(error));
        backoff = Math.min(Math.max(backoff * 2, 200), MAX_BACKOFF_MS);
      }
    }
    this.setState('stopped', null);
  }

  private setState(state: OrganisationFollowerStatus['state'], error: string | null): void {
    if (this.state.state === state && this.state.error === error) return;
    this.state = { ...this.state, state, error, since: this.state.state === state ? this.state.since : new Date().toISOString() };
  }

  private apply(event: StoredEvent): void {
    this.checkpoint = event.checkpoint;
    if (this.appliedIds.has(event.id)) return;
    this.timeline.apply({ type: event.type, data: event.data } as OrgEvent);
    this.appliedIds.add(event.id);
  }
}
