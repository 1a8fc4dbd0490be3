import { textMatcher } from '../display/text.match';

/** A person GET /reports/persons found: name and the units they served in, as the API names them today. */
export interface PersonMatch {
  personId: string;
  name: string;
  units: Array<{ unitId: string; name: string }>;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * The API's search answer (typed loosely in its OpenAPI: objects of any shape) read as persons; an item without an id
 * is left out, one without a name is shown by its id rather than hidden.
 */
export function personMatchesOf(body: { items?: Array<Record<string, unknown>> }): PersonMatch[] {
  return (body.items ?? []).flatMap((item) => {
    const personId = text(item.personId);
    if (!personId) return [];
    const units = Array.isArray(item.units) ? (item.units as Array<Record<string, unknown>>) : [];
    return [
      {
        personId,
        name: text(item.name) ?? personId,
        units: units.flatMap((unit) => {
          const unitId = text(unit.unitId);
          return unitId ? [{ unitId, name: text(unit.name) ?? unitId }] : [];
        }),
      },
    ];
  });
}

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
