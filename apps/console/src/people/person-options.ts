import type { operations } from '../api/schema';
import { textMatcher } from '../display/text.match';

/** A person GET /reports/persons found: name and the units they served in, as the API names them today. */
export type PersonMatch = operations['ReportsController_searchPersons']['responses'][200]['content']['application/json']['items'][number];

/** "Lê Văn Cường — Sở Xây dựng": what the person filter lists, the name first so that typing finds it. */
export function personLabel(person: PersonMatch): string {
  const units = person.units.map((unit) => unit.name).join(', ');
  return units ? `${person.name} — ${units}` : person.name;
}

/** The Select's options; `chosen` (from the address) stays listed with its name even when the search no longer finds it. */
export function personOptions(
  found: readonly PersonMatch[],
  chosen: { personId: string; name: string } | undefined,
): Array<{ value: string; label: string }> {
  const options = found.map((person) => ({ value: person.personId, label: personLabel(person) }));
  if (chosen && !options.some((option) => option.value === chosen.personId))
    options.unshift({ value: chosen.personId, label: chosen.name });
  return options;
}

/** Whether an option matches what was typed, diacritics and case aside ("cuong" finds "Cường"). */
export function personOptionMatches(typed: string, option: { label?: unknown } | undefined): boolean {
  return textMatcher(typed)(typeof option?.label === 'string' ? option.label : '');
}
