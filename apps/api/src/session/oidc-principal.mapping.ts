import type { Role } from '@lib/domain/core';
import { POSITIONS, type OrganisationTimeline } from '@lib/domain/org';
import type { OidcConfig } from '@lib/service';
import { ROLES, usesJurisdictionClaim, type Principal } from '../auth/principal';

export type OidcClaimMapping = Pick<OidcConfig, 'personClaim' | 'personMatch' | 'rolesClaim' | 'jurisdictionClaim'>;

export type OidcMappingResult = { ok: true; principal: Principal } | { ok: false; detail: string };

/**
 * The person of the organisation an identity provider's claims name, with the unit and position the organisation
 * records for them on `today` (never what the provider says about units), the roles of the roles claim that this
 * service knows, and, for the roles that read beyond their unit, the jurisdiction claim when it names a unit.
 * Anything missing refuses the sign-in with a Vietnamese reason.
 */
export function principalFromOidcClaims(
  claims: Readonly<Record<string, unknown>>,
  mapping: OidcClaimMapping,
  organisation: OrganisationTimeline,
  today: string,
): OidcMappingResult {
  const key = claims[mapping.personClaim];
  if (typeof key !== 'string' || key.trim() === '') {
    return {
      ok: false,
      detail: `Tài khoản định danh không có thông tin "${mapping.personClaim}" để xác định cán bộ; không tạo phiên đăng nhập.`,
    };
  }
  const personId = mapping.personMatch === 'official_code' ? organisation.personWithOfficialCode(key.trim()) : key.trim();
  const person = personId === undefined ? undefined : organisation.person(personId);
  if (personId === undefined || person === undefined) {
    const what = mapping.personMatch === 'official_code' ? 'mã cán bộ' : 'mã định danh';
    return { ok: false, detail: `Không có cán bộ nào mang ${what} "${key.trim()}" trong tổ chức; không tạo phiên đăng nhập.` };
  }
  const post = currentPost(organisation, personId, today);
  if (!post) {
    return { ok: false, detail: `Cán bộ ${person.fullName} không giữ chức vụ nào ngày ${displayDate(today)}; không tạo phiên đăng nhập.` };
  }
  const roles = rolesOf(claims[mapping.rolesClaim]);
  if (roles.length === 0) {
    return {
      ok: false,
      detail: `Tài khoản của ${person.fullName} chưa được cấp vai trò nào của hệ thống (thông tin "${mapping.rolesClaim}"); không tạo phiên đăng nhập.`,
    };
  }
  const jurisdiction = claims[mapping.jurisdictionClaim];
  const knownJurisdiction =
    typeof jurisdiction === 'string' && organisation.unitAt(jurisdiction, today) !== null ? jurisdiction : undefined;
  return {
    ok: true,
    principal: {
      personId,
      unitId: post.unitId,
      roles,
      position: post.position,
      ...(knownJurisdiction !== undefined && usesJurisdictionClaim(roles) ? { jurisdictionUnitId: knownJurisdiction } : {}),
      name: person.fullName,
    },
  };
}

/** The highest position the person holds on the date (head before deputy, staff, clerk), by unit id on a tie. */
function currentPost(organisation: OrganisationTimeline, personId: string, today: string) {
  const held = organisation
    .appointmentsOf(personId)
    .filter((term) => term.from <= today && (term.to === null || today <= term.to))
    .sort((a, b) => POSITIONS.indexOf(a.position) - POSITIONS.indexOf(b.position) || a.unitId.localeCompare(b.unitId));
  return held[0];
}

/** A list of role names, or one string of them separated by spaces or commas; unknown names are dropped. */
function rolesOf(value: unknown): Role[] {
  const names = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  const roles = names.filter((name): name is Role => typeof name === 'string' && (ROLES as readonly string[]).includes(name));
  return [...new Set(roles)];
}

function displayDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
