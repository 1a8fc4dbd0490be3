import { TASK_CATEGORY_LABELS, taskCategoryLabel } from '../../../../libs/domain/task/src/task-category.labels';
import { textMatcher } from '../display/text.match';

/** One choice of a filter's Select: the code the API takes, the Vietnamese name people read. */
export interface FilterOption {
  value: string;
  label: string;
  /** The thing's own name, when the label adds to it (a unit's label names the unit above it too). */
  title?: string;
}

const byVietnameseLabel = (a: FilterOption, b: FilterOption): number => a.label.localeCompare(b.label, 'vi');

/**
 * The task categories, named as the API names them in `categoryLabel` (the domain's one table of labels, imported
 * from it rather than copied), in Vietnamese alphabetical order.
 */
export function categoryOptions(): FilterOption[] {
  return Object.keys(TASK_CATEGORY_LABELS)
    .map((code) => ({ value: code, label: taskCategoryLabel(code) ?? code }))
    .sort(byVietnameseLabel);
}

/** A unit of GET /org/units: its id, name and subunits (the API documents the tree loosely, so it is read with care). */
interface UnitNode {
  unitId: string;
  name: string;
  children: UnitNode[];
}

function isUnitNode(value: unknown): value is UnitNode {
  if (typeof value !== 'object' || value === null) return false;
  const node = value as Record<string, unknown>;
  return typeof node['unitId'] === 'string' && typeof node['name'] === 'string';
}

/**
 * The units of the organisation tree as a flat list in tree order, each named with the unit above it ("Phòng Quản lý
 * đô thị — UBND quận Hải Châu"), so that two units of the same name in different districts stay apart.
 */
export function unitOptionsOf(tree: unknown): FilterOption[] {
  const options: FilterOption[] = [];
  const visit = (nodes: unknown, parent: string | null): void => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes) {
      if (!isUnitNode(node)) continue;
      options.push({ value: node.unitId, label: parent ? `${node.name} — ${parent}` : node.name, title: node.name });
      visit(node.children, node.name);
    }
  };
  visit(tree, null);
  return options;
}

/** Option filtering for a Select: the words typed, diacritics and case aside, in the option's label ("xay dung" finds "Sở Xây dựng"). */
export const optionLabelMatches = (typed: string, option?: { label?: unknown }): boolean => textMatcher(typed)(String(option?.label ?? ''));

/** The options, with the chosen value among them (named `label`, else by its code) so the Select can show it. */
export function withChosen(options: FilterOption[], chosen: string | undefined, label?: string): FilterOption[] {
  if (chosen === undefined || options.some((option) => option.value === chosen)) return options;
  return [{ value: chosen, label: label ?? chosen }, ...options];
}
