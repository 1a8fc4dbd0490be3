import type { Role } from '@lib/domain/core';

/** What each role is called on the console, in Vietnamese. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  clerk: 'Văn thư',
  officer: 'Chuyên viên xử lý',
  unit_head: 'Lãnh đạo đơn vị',
  inspector: 'Thanh tra viên',
  home_affairs: 'Cán bộ Nội vụ',
  office_chief: 'Chánh Văn phòng',
  admin: 'Quản trị hệ thống',
};

export function roleLabelsOf(roles: readonly Role[]): string[] {
  return roles.map((role) => ROLE_LABELS[role]);
}
