import { describeUnsafeCharacter, findUnsafeCharacter } from '@lib/domain/core';

/** Objects and arrays nested deeper than this are refused before anything walks the body recursively. */
export const MAX_JSON_DEPTH = 32;
const MAX_REPORTED = 20;

export interface FieldProblem {
  field: string;
  reason: string;
}

export type BodyInspection = { kind: 'too-deep'; field: string } | { kind: 'unsafe-text'; errors: FieldProblem[] } | null;

/**
 * Walks a parsed JSON body iteratively (a stack, never recursion: a body of 100,000 nested arrays
 * fits in the size limit) and reports the first container nested deeper than MAX_JSON_DEPTH, or the
 * strings (keys and values) PostgreSQL cannot store: NUL and lone surrogates (and `__proto__` keys).
 * Field paths are dotted like the validation errors' (`source.number`, `unitIds.1`); `body` is the
 * body itself.
 */
export function inspectJsonBody(body: unknown): BodyInspection {
  const errors: FieldProblem[] = [];
  const checkText = (text: string, field: string, what: 'value' | 'key') => {
    const unsafe = findUnsafeCharacter(text, 'storable');
    if (unsafe !== null && errors.length < MAX_REPORTED) {
      errors.push({ field, reason: `${what === 'key' ? 'tên trường' : 'giá trị'} ${describeUnsafeCharacter(unsafe)}` });
    }
  };
  if (typeof body === 'string') checkText(body, 'body', 'value');
  if (body === null || typeof body !== 'object') return errors.length > 0 ? { kind: 'unsafe-text', errors } : null;
  const stack: Array<{ value: object; path: string; depth: number }> = [{ value: body, path: '', depth: 1 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (depth > MAX_JSON_DEPTH) return { kind: 'too-deep', field: path || 'body' };
    const isArray = Array.isArray(value);
    const entries: Array<[string, unknown]> = isArray ? value.map((item, index) => [String(index), item]) : Object.entries(value);
    const containers: Array<{ value: object; path: string; depth: number }> = [];
    for (const [key, child] of entries) {
      const field = path === '' ? fieldName(key) : `${path}.${fieldName(key)}`;
      if (!isArray) checkText(key, field, 'key');
      // JSON.parse keeps `__proto__` as an own key; copied onto a DTO it would replace the DTO's prototype.
      if (key === '__proto__' && errors.length < MAX_REPORTED) errors.push({ field, reason: 'tên trường "__proto__" không được phép' });
      if (typeof child === 'string') checkText(child, field, 'value');
      else if (child !== null && typeof child === 'object') containers.push({ value: child, path: field, depth: depth + 1 });
    }
    // Pushed in reverse so that nested objects are visited in the document's order.
    for (let index = containers.length - 1; index >= 0; index -= 1) stack.push(containers[index]!);
  }
  return errors.length > 0 ? { kind: 'unsafe-text', errors } : null;
}

/** A key as it can be shown: characters that cannot be shown or stored are written as \uXXXX. */
export function fieldName(key: string): string {
  return key.replace(
    /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
