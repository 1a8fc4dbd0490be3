import { textMatcher } from '../display/text.match';
import type { UnitTreeNode } from './report.types';

export interface UnitOption {
  value: string;
  title: string;
  children: UnitOption[];
}

/** Today's tree of units as the unit chooser's options. */
export function unitOptions(nodes: readonly UnitTreeNode[]): UnitOption[] {
  return nodes.map((node) => ({ value: node.unitId, title: node.name, children: unitOptions(node.children ?? []) }));
}

/** Whether a unit's option matches what was typed, diacritics and case aside ("xay dung" finds "Sở Xây dựng"). */
export const unitOptionMatches = (typed: string, option: { title?: unknown } | undefined): boolean =>
  typeof option?.title === 'string' && textMatcher(typed)(option.title);
