import type { OrganisationTimeline } from '@lib/domain/org';

/** The organisation as the service knows it now (read at each call: it grows as organisation events arrive). */
export interface CurrentOrganisation {
  readonly current: OrganisationTimeline;
}
