import type { OrganisationTimeline } from '@lib/domain/org';
import type { EventStore } from '@lib/event-store';

/** The organisation as the service knows it now (read at each call: it grows as organisation events arrive). */
export interface CurrentOrganisation {
  readonly current: OrganisationTimeline;
}

/** Reads one stream of the event store (a case's detail is folded from its stream). */
export type StreamReader = Pick<EventStore, 'readStream'>;

/** The service's clock: the handling periods are counted to its today. */
export interface Clock {
  now(): Date;
}
