/** Fills `{name}` placeholders; a placeholder without a value is a programming error. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template
    .replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`template value missing: ${name}`);
      return String(value);
    })
    .normalize('NFC');
}
