import type { OrganisationTimeline } from '@lib/domain/org';
import { usesJurisdictionClaim, type Principal } from '../auth/principal';

/**
 * What a principal may read: everything (admin), or the units of one subtree — its root, every unit
 * that was under it at any time, and every unit merged into one of these, with its own subtree (units move
 * and merge; evidence from before a reorganisation stays in the jurisdiction that held it, and follows the
 * work to the successor). Deny by default: a principal without a unit sees nothing.
 */
export type Jurisdiction =
  | { readonly all: true; readonly rootUnitId: null }
  | { readonly all: false; readonly rootUnitId: string; readonly unitIds: ReadonlySet<string> };

/**
 * The root of a principal's jurisdiction: the token's `jurisdiction` claim when one of its roles uses it
 * (inspector, Home Affairs, office chief), else its own unit — a unit head's claim to the whole city is ignored.
 */
export function jurisdictionRootOf(principal: Principal): string {
  return principal.jurisdictionUnitId !== undefined && usesJurisdictionClaim(principal.roles)
    ? principal.jurisdictionUnitId
    : principal.unitId;
}

export function jurisdictionOf(principal: Principal, organisation: OrganisationTimeline): Jurisdiction {
  if (principal.roles.includes('admin')) return { all: true, rootUnitId: null };
  const rootUnitId = jurisdictionRootOf(principal);
  return { all: false, rootUnitId, unitIds: organisation.unitsEverAnsweredFor(rootUnitId) };
}

export function coversUnit(jurisdiction: Jurisdiction, unitId: string): boolean {
  return jurisdiction.all || jurisdiction.unitIds.has(unitId);
}

/** Units as an SQL array parameter (`= ANY($n)`); null means no restriction. */
export function unitListOf(jurisdiction: Jurisdiction): string[] | null {
  return jurisdiction.all ? null : [...jurisdiction.unitIds].sort();
}
