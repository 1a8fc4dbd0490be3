import { BadRequestException } from '@nestjs/common';
import { problem } from './problem-details.filter';

/** A 400 naming the query parameter and why, in Vietnamese: the reason in the `errors` list, and in `detail`. */
export function invalidParam(field: string, reason: string): BadRequestException {
  return new BadRequestException(
    problem('validation-failed', 'Validation failed', 400, `Tham số ${field} không hợp lệ: ${reason}.`, {
      errors: [{ field, reason }],
    }),
  );
}

/** The parameter's single value, null when absent or empty; a repeated parameter is a 400. */
export function singleParam(query: Record<string, unknown>, field: string): string | null {
  const value = query[field];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw invalidParam(field, 'chỉ được có một giá trị');
  return value;
}

/** `limit`: a page size from 1 to `max`, `fallback` when absent. */
export function pageLimit(query: Record<string, unknown>, fallback: number, max: number): number {
  const text = singleParam(query, 'limit');
  const limit = text === null ? fallback : Number(text);
  if (!Number.isInteger(limit) || limit < 1 || limit > max) throw invalidParam('limit', `phải là số nguyên từ 1 đến ${max}`);
  return limit;
}

/** Refuses parameters the route does not know, naming each (a typo must not silently widen a report). */
export function onlyKnown(query: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(query))
    if (!known.includes(key)) throw invalidParam(key, `tham số không được hỗ trợ; các tham số được nhận: ${known.join(', ')}`);
}
