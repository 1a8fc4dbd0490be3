import { describe, expect, it } from '@jest/globals';
import type { Role } from '@lib/domain/core';
import { OrganisationTimeline, type OrgEvent } from '@lib/domain/org';
import { principalFromClaims, type Principal } from '../auth/principal';
import { jurisdictionOf, jurisdictionRootOf } from './jurisdiction';

const established = (unitId: string, parentUnitId: string | null): OrgEvent => ({
  type: 'UnitEstablished',
  data: { unitId, name: unitId, kind: parentUnitId === null ? 'peoples_committee' : 'office', parentUnitId, validFrom: '2020-01-01' },
});
const organisation = OrganisationTimeline.fromEvents([
  established('ubnd-tp', null),
  established('so-xay-dung', 'ubnd-tp'),
  established('phong-quy-hoach', 'so-xay-dung'),
  established('so-tnmt', 'ubnd-tp'),
]);

/** Someone of Sở Xây dựng whose token claims the whole city. */
const claimingCity = (...roles: Role[]): Principal => ({ personId: 'p', unitId: 'so-xay-dung', roles, jurisdictionUnitId: 'ubnd-tp' });

describe('the jurisdiction claim is honoured only for the roles that use it', () => {
  it.each<Role>(['unit_head', 'officer', 'clerk'])('%s: a city-wide claim is ignored; its own unit subtree applies', (role) => {
    expect(jurisdictionRootOf(claimingCity(role))).toBe('so-xay-dung');
    const jurisdiction = jurisdictionOf(claimingCity(role), organisation);
    expect(jurisdiction.all ? [] : [...jurisdiction.unitIds].sort()).toEqual(['phong-quy-hoach', 'so-xay-dung']);
  });

  it.each<Role>(['inspector', 'home_affairs', 'office_chief'])('%s: the claim is the root', (role) => {
    expect(jurisdictionRootOf(claimingCity(role))).toBe('ubnd-tp');
    const jurisdiction = jurisdictionOf(claimingCity(role), organisation);
    expect(jurisdiction.all ? [] : [...jurisdiction.unitIds].sort()).toEqual(['phong-quy-hoach', 'so-tnmt', 'so-xay-dung', 'ubnd-tp']);
  });

  it('follows the work to the successor: a unit merged into one of its units joins it, with its own subunits', () => {
    const merged = OrganisationTimeline.fromEvents([
      established('ubnd-tp', null),
      established('so-xay-dung', 'ubnd-tp'),
      established('so-giao-thong', 'ubnd-tp'),
      established('phong-cau-duong', 'so-giao-thong'),
      {
        type: 'UnitMoved',
        data: { unitId: 'phong-cau-duong', parentUnitId: 'ubnd-tp', previousParentUnitId: 'so-giao-thong', validFrom: '2025-01-01' },
      },
      { type: 'UnitDissolved', data: { unitId: 'phong-cau-duong', effectiveOn: '2025-02-01', reason: null } },
      { type: 'UnitMerged', data: { unitId: 'so-giao-thong', successorUnitId: 'so-xay-dung', effectiveOn: '2025-03-01' } },
    ]);
    const jurisdiction = jurisdictionOf({ personId: 'p', unitId: 'so-xay-dung', roles: ['unit_head'] }, merged);
    expect(jurisdiction.all ? [] : [...jurisdiction.unitIds].sort()).toEqual(['phong-cau-duong', 'so-giao-thong', 'so-xay-dung']);
  });

  it('several roles: the claim applies when any of them uses it', () => {
    expect(jurisdictionRootOf(claimingCity('unit_head', 'inspector'))).toBe('ubnd-tp');
    expect(jurisdictionRootOf(claimingCity('officer', 'clerk', 'unit_head'))).toBe('so-xay-dung');
  });

  it('without a claim every role reads its own unit subtree; an admin reads everything', () => {
    expect(jurisdictionRootOf({ personId: 'p', unitId: 'so-tnmt', roles: ['inspector'] })).toBe('so-tnmt');
    expect(jurisdictionOf(claimingCity('admin'), organisation).all).toBe(true);
  });

  it('a token’s claim is dropped for a principal none of whose roles uses it', () => {
    const token = { sub: 'p', unit: 'so-xay-dung', jurisdiction: 'ubnd-tp' };
    expect(principalFromClaims({ ...token, roles: ['unit_head'] })).toEqual({ personId: 'p', unitId: 'so-xay-dung', roles: ['unit_head'] });
    expect(principalFromClaims({ ...token, roles: ['officer', 'inspector'] })).toEqual({
      personId: 'p',
      unitId: 'so-xay-dung',
      roles: ['officer', 'inspector'],
      jurisdictionUnitId: 'ubnd-tp',
    });
  });
});
