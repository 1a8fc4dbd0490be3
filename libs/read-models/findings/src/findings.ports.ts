import type { OrganisationTimeline } from '@lib/domain/org';
import type { EventStore } from '@lib/event-store';

/** The organisation as the service knows it now (read at each call: it grows as organisation events arrive). */
export interface CurrentOrganisation {
  readonly current: OrganisationTimeline;
}

/** Reads one stream of the event store (a finding's evidence is cited from its task's stream). */
export type StreamReader = Pick<EventStore, 'readStream'>;
