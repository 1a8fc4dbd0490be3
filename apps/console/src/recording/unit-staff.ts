import { textMatcher } from '../display/text.match';
import { roleLabel } from '../organisation/org.labels';

/** The people of a unit (GET /org/units/{unitId}/staff) as choices: the name, and the position beside it. */
export function staffOptionsOf(staff: ReadonlyArray<{ personId: string; fullName: string; position: string }>): Array<{
  value: string;
  label: string;
}> {
  return staff.map((person) => ({
    value: person.personId,
    label: `${person.fullName} — ${roleLabel(person.position)}`,
  }));
}

/** Typed with or without diacritics ("le van cuong" finds "Lê Văn Cường"). */
export function staffOptionMatches(typed: string, option?: { label?: unknown }): boolean {
  return typeof option?.label === 'string' && textMatcher(typed)(option.label);
}
