import { taskCategoryLabel } from '../../../../libs/domain/task/src/task-category.labels';
import { POSITION_NAMES, UNIT_KIND_NAMES } from '../../../../libs/domain/org/src/org.labels';
import { formatDate } from '../display/dates.format';

const DELEGATION_LABELS: Readonly<Record<string, string>> = {
  acting_head: 'Quyền người đứng đầu (phụ trách)',
  delegated: 'Được ủy quyền',
};

/** The kind of unit in Vietnamese (the domain's table); an unknown code is shown as "Khác". */
export function unitKindLabel(kind: string): string {
  return (UNIT_KIND_NAMES as Readonly<Record<string, string>>)[kind] ?? 'Khác';
}

/** A position (head, deputy, staff, clerk) or a delegation kind (acting_head, delegated) in Vietnamese. */
export function roleLabel(role: string): string {
  return (POSITION_NAMES as Readonly<Record<string, string>>)[role] ?? DELEGATION_LABELS[role] ?? role;
}

/** A mandate's category by the name the task categories use. */
export function mandateLabel(category: string): string {
  return taskCategoryLabel(category) ?? category;
}

/** A term, both days included: "01/01/2015 – nay" while open. */
export function termText(from: string, to: string | null): string {
  return `${formatDate(from)} – ${to === null ? 'nay' : formatDate(to)}`;
}
