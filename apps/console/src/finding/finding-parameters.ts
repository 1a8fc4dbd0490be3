/** One parameter of a rule as it was applied to a finding, as an inspector reads it. */
export interface ParameterRow {
  key: string;
  /** The rule's own description of the parameter (Vietnamese), when the catalogue gives one. */
  label: string | null;
  value: string;
}

/** A parameter's value in words: Có/Không, numbers as Vietnamese write them, lists joined. */
export function parameterValueText(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return value.toLocaleString('vi-VN');
  if (typeof value === 'string') return value === '' ? '(trống)' : value;
  if (Array.isArray(value)) return value.length === 0 ? '(không có)' : value.map(parameterValueText).join(', ');
  if (value === null || value === undefined) return '(không đặt)';
  return JSON.stringify(value);
}

/**
 * The finding's parameters (name → value, as the rule ran) as rows of a table, in the order the rule's catalogue
 * lists them, each labelled with the rule's description when it has one; a parameter the catalogue no longer lists
 * is still shown, by its key.
 */
export function parameterRows(
  parameters: Readonly<Record<string, unknown>>,
  catalogue: ReadonlyArray<{ name: string; description: string }> = [],
): ParameterRow[] {
  const order = catalogue.map((parameter) => parameter.name);
  const rank = (key: string): number => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.keys(parameters)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((key) => {
      const description = catalogue
        .find((parameter) => parameter.name === key)
        ?.description.trim()
        .replace(/\.$/, '');
      return { key, label: description || null, value: parameterValueText(parameters[key]) };
    });
}
