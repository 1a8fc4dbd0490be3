/** The service's roles as the console names them (the API's role codes are English). */
export const ROLE_LABELS = {
  clerk: 'Văn thư',
  officer: 'Chuyên viên',
  unit_head: 'Lãnh đạo đơn vị',
  inspector: 'Thanh tra viên',
  home_affairs: 'Cán bộ Nội vụ',
  office_chief: 'Chánh Văn phòng',
  admin: 'Quản trị hệ thống',
} as const;

export type RoleCode = keyof typeof ROLE_LABELS;

/** A role's Vietnamese label; an unknown code is shown as it is rather than hidden. */
export function roleLabel(role: string): string {
  return role in ROLE_LABELS ? ROLE_LABELS[role as RoleCode] : role;
}

/** Several roles, joined the way a signature line lists them. */
export function roleLabels(roles: readonly string[]): string {
  return roles.map(roleLabel).join(', ');
}
