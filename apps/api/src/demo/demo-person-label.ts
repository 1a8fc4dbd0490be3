import type { Position } from '@lib/domain/core';
import type { OrganisationTimeline, UnitKind } from '@lib/domain/org';
import type { Principal } from '../auth/principal';

/** How a unit's head is called, by the kind of unit. */
const HEAD_TITLES: Readonly<Record<UnitKind, string>> = {
  peoples_committee: 'Chủ tịch',
  department: 'Giám đốc',
  office: 'Trưởng phòng',
  commune: 'Chủ tịch',
  public_service_unit: 'Giám đốc',
  inspectorate: 'Chánh Thanh tra',
  home_affairs: 'Giám đốc',
  other: 'Trưởng',
};

const ROLE_LABELS: Readonly<Record<string, string>> = {
  clerk: 'văn thư ghi nhận',
  officer: 'xử lý nhiệm vụ',
  unit_head: 'lãnh đạo đơn vị',
  inspector: 'thanh tra',
  home_affairs: 'nội vụ',
  office_chief: 'báo cáo của Văn phòng',
  admin: 'quản trị',
};

/**
 * "Trần Văn An — Chủ tịch UBND thành phố (vai trò: báo cáo của Văn phòng)": the person's position in the unit as
 * the organisation records it on `date`, never a label written beside the token by hand.
 */
export function demoPersonLabel(principal: Principal, organisation: OrganisationTimeline, date: string): string {
  const roles = principal.roles.map((role) => ROLE_LABELS[role] ?? role).join(', ');
  const unit = organisation.unitAt(principal.unitId, date);
  const official = organisation.officialAt(principal.personId, principal.unitId, date);
  const name = organisation.person(principal.personId)?.fullName ?? principal.name ?? principal.personId;
  if (!unit || !official?.position) return `${name} (vai trò: ${roles})`;
  return `${name} — ${titleOf(official.position, unit.kind)} ${unit.name} (vai trò: ${roles})`;
}

function titleOf(position: Position, kind: UnitKind): string {
  switch (position) {
    case 'head':
      return HEAD_TITLES[kind];
    case 'deputy':
      return `Phó ${HEAD_TITLES[kind].toLowerCase()}`;
    case 'staff':
      return 'Chuyên viên';
    case 'clerk':
      return 'Văn thư';
  }
}
