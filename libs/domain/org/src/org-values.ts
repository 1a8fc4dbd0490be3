import type { LocalDate } from '@lib/domain/calendar';
import type { Position } from '@lib/domain/core';

/** An effective date, not a recording time: the calendar's one `LocalDate`, re-exported for the org lib's files. */
export type { LocalDate };

export const UNIT_KINDS = [
  'peoples_committee',
  'department',
  'office',
  'commune',
  'public_service_unit',
  'inspectorate',
  'home_affairs',
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  peoples_committee: 'Ủy ban nhân dân',
  department: 'Sở',
  office: 'Phòng',
  commune: 'Xã, phường',
  public_service_unit: 'Đơn vị sự nghiệp công lập',
  inspectorate: 'Thanh tra',
  home_affairs: 'Nội vụ',
  other: 'Khác',
};

/** Highest rank first: when a person holds several positions in one unit, the first one counts. */
export const POSITIONS = ['head', 'deputy', 'staff', 'clerk'] as const satisfies readonly Position[];

export const POSITION_LABELS: Readonly<Record<Position, string>> = {
  head: 'Người đứng đầu',
  deputy: 'Cấp phó',
  staff: 'Chuyên viên',
  clerk: 'Văn thư',
};

export function isUnitKind(value: string): value is UnitKind {
  return (UNIT_KINDS as readonly string[]).includes(value);
}

export function isPosition(value: string): value is Position {
  return (POSITIONS as readonly string[]).includes(value);
}
