/**
 * A value the code's own invariant guarantees (an index in range, a key it has just stored, a date an ended
 * record always has). A missing one is a bug: it is reported by name, never passed on as `undefined`.
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`Invariant broken: ${what} is missing.`);
  return value;
}
