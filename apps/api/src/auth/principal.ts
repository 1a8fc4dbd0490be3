import type { Position, Role } from '@lib/domain/core';
import { isPosition } from '@lib/domain/org';

export const ROLES: readonly Role[] = ['clerk', 'officer', 'unit_head', 'inspector', 'home_affairs', 'office_chief', 'admin'];

/**
 * The roles that read beyond their own unit, within the token's `jurisdiction` claim. For every other role
 * (unit heads, officers, clerks) the claim is ignored: they read their own unit's subtree. A principal
 * holding several roles reads with the claim when any of them uses it.
 */
export const JURISDICTION_CLAIM_ROLES: readonly Role[] = ['inspector', 'home_affairs', 'office_chief'];

export function usesJurisdictionClaim(roles: readonly Role[]): boolean {
  return roles.some((role) => JURISDICTION_CLAIM_ROLES.includes(role));
}

/** The authenticated caller, taken from the bearer token and never from a request body. */
export interface Principal {
  personId: string;
  unitId: string;
  roles: Role[];
  position?: Position;
  /** Root of the unit subtree this principal may read; only set, and only read, for JURISDICTION_CLAIM_ROLES. */
  jurisdictionUnitId?: string;
  name?: string;
}

/** Claims carried in our tokens, beside the registered ones (sub, iss, aud, iat, exp). */
export interface PrincipalClaims {
  sub: string;
  unit: string;
  roles: Role[];
  position?: Position;
  jurisdiction?: string;
  name?: string;
}

export function principalFromClaims(claims: Partial<PrincipalClaims>): Principal | undefined {
  if (typeof claims.sub !== 'string' || !claims.sub || typeof claims.unit !== 'string' || !claims.unit) return undefined;
  if (!Array.isArray(claims.roles) || claims.roles.some((role) => !ROLES.includes(role))) return undefined;
  if (claims.position !== undefined && !isPosition(claims.position)) return undefined;
  return {
    personId: claims.sub,
    unitId: claims.unit,
    roles: [...claims.roles],
    ...(claims.position ? { position: claims.position } : {}),
    ...(typeof claims.jurisdiction === 'string' && usesJurisdictionClaim(claims.roles) ? { jurisdictionUnitId: claims.jurisdiction } : {}),
    ...(typeof claims.name === 'string' ? { name: claims.name.normalize('NFC') } : {}),
  };
}
