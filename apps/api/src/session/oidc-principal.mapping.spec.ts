import { describe, expect, it } from '@jest/globals';
import { DEMO_ORGANISATION, OrganisationTimeline } from '@lib/domain/org';
import { principalFromOidcClaims, type OidcClaimMapping } from './oidc-principal.mapping';

const organisation = OrganisationTimeline.fromEvents(DEMO_ORGANISATION.map((entry) => entry.event));
const byCode: OidcClaimMapping = {
  personClaim: 'official_code',
  personMatch: 'official_code',
  rolesClaim: 'roles',
  jurisdictionClaim: 'jurisdiction',
};
const byId: OidcClaimMapping = { ...byCode, personClaim: 'preferred_username', personMatch: 'person_id' };
const TODAY = '2026-03-04';
const codeOf = (personId: string): string => organisation.person(personId)?.officialCode ?? '';

describe('mapping an identity provider’s claims to a person of the organisation', () => {
  it('finds the person by official code, with the unit and position the organisation records that day', () => {
    const result = principalFromOidcClaims(
      { official_code: codeOf('vu-thu-ha'), roles: ['inspector'], jurisdiction: 'ubnd-tp', unit: 'so-xay-dung' },
      byCode,
      organisation,
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      principal: {
        personId: 'vu-thu-ha',
        unitId: 'thanh-tra-tp',
        position: 'staff',
        roles: ['inspector'],
        jurisdictionUnitId: 'ubnd-tp',
        name: 'Vũ Thu Hà',
      },
    });
  });

  it('or by person id; roles may be one string; unknown roles are dropped, duplicates kept once', () => {
    const result = principalFromOidcClaims(
      { preferred_username: 'nguyen-thi-binh', roles: 'unit_head  officer,unit_head root' },
      byId,
      organisation,
      TODAY,
    );
    expect(result).toMatchObject({
      ok: true,
      principal: { personId: 'nguyen-thi-binh', unitId: 'so-xay-dung', position: 'head', roles: ['unit_head', 'officer'] },
    });
  });

  it('ignores the jurisdiction claim for roles that read only their own unit, and a jurisdiction naming no unit', () => {
    const officer = principalFromOidcClaims(
      { official_code: codeOf('le-van-cuong'), roles: ['officer'], jurisdiction: 'ubnd-tp' },
      byCode,
      organisation,
      TODAY,
    );
    expect(officer.ok && officer.principal.jurisdictionUnitId).toBeUndefined();
    const unknownUnit = principalFromOidcClaims(
      { official_code: codeOf('vu-thu-ha'), roles: ['inspector'], jurisdiction: 'khong-co' },
      byCode,
      organisation,
      TODAY,
    );
    expect(unknownUnit.ok && unknownUnit.principal.jurisdictionUnitId).toBeUndefined();
  });

  it.each([
    ['no person claim', { roles: ['inspector'] }, /không có thông tin "official_code"/],
    ['an official code nobody holds', { official_code: 'KHONG-CO', roles: ['inspector'] }, /Không có cán bộ nào mang mã cán bộ "KHONG-CO"/],
    ['no known role', { official_code: 'DN-00001', roles: ['root'] }, /chưa được cấp vai trò nào/],
  ])('refuses %s, in Vietnamese', (_case, claims, detail) => {
    const result = principalFromOidcClaims(claims, byCode, organisation, TODAY);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.detail).toMatch(detail);
  });

  it('refuses a person who holds no position on the day (before their appointment)', () => {
    const result = principalFromOidcClaims(
      { preferred_username: 'nguyen-thi-binh', roles: ['unit_head'] },
      byId,
      organisation,
      '2024-09-15',
    );
    expect(result).toEqual({ ok: false, detail: expect.stringMatching(/Nguyễn Thị Bình không giữ chức vụ nào ngày 15\/09\/2024/) });
  });
});
