import { textMatcher } from '../display/text.match';

/** A position in a unit as the console names it (the organisation's codes are English). */
const POSITION_LABELS: Readonly<Record<string, string>> = {
  head: 'Thủ trưởng',
  deputy: 'Phó thủ trưởng',
  staff: 'Chuyên viên',
  clerk: 'Văn thư',
};

/** The people of a unit (GET /org/units/{unitId}/staff) as choices: the name, and the position beside it. */
export function staffOptionsOf(staff: ReadonlyArray<{ personId: string; fullName: string; position: string }>): Array<{
  value: string;
  label: string;
}> {
  return staff.map((person) => ({
    value: person.personId,
    label: `${person.fullName} — ${POSITION_LABELS[person.position] ?? person.position}`,
  }));
}

/** Typed with or without diacritics ("le van cuong" finds "Lê Văn Cường"). */
export function staffOptionMatches(typed: string, option?: { label?: unknown }): boolean {
  return typeof option?.label === 'string' && textMatcher(typed)(option.label);
}
