import { localDateOfInstant } from '@lib/domain/calendar';
import type { OrganisationTimeline } from '@lib/domain/org';
import type { Principal } from '../auth/principal';
import { roleLabelsOf } from '../auth/role-labels';

/** The signed-in person as the console shows them: names as the organisation holds them today. */
export interface SessionPrincipalView {
  personId: string;
  name: string;
  unitId: string;
  unitName: string;
  position: string | null;
  roles: string[];
  roleLabels: string[];
}

export interface SessionView {
  principal: SessionPrincipalView;
  csrfToken: string;
  /** When the session ends if no request comes first: the idle limit from now, or the absolute end if sooner. */
  expiresAt: string;
}

export function principalView(principal: Principal, organisation: OrganisationTimeline, now: Date): SessionPrincipalView {
  const today = localDateOfInstant(now.getTime());
  return {
    personId: principal.personId,
    name: organisation.person(principal.personId)?.fullName ?? principal.name ?? principal.personId,
    unitId: principal.unitId,
    unitName: organisation.unitAt(principal.unitId, today)?.name ?? principal.unitId,
    position: principal.position ?? null,
    roles: [...principal.roles],
    roleLabels: roleLabelsOf(principal.roles),
  };
}
