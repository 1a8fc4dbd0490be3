import type { ValidationError } from '@nestjs/common';
import {
  ARRAY_MAX_SIZE,
  ARRAY_MIN_SIZE,
  IS_ARRAY,
  IS_BOOLEAN,
  IS_DEFINED,
  IS_ENUM,
  IS_IN,
  IS_INT,
  IS_ISO8601,
  IS_NOT_EMPTY,
  IS_NUMBER,
  IS_OBJECT,
  IS_STRING,
  IS_UUID,
  MATCHES,
  MAX,
  MAX_LENGTH,
  MIN,
  MIN_LENGTH,
  ValidationTypes,
  type ValidationOptions,
} from 'class-validator';
import { IS_LOCAL_DATE } from './is-local-date.validator';
import { SAFE_TEXT } from './safe-text';

/**
 * What each class-validator constraint means, in Vietnamese: the `reason` of each field error and the `detail`.
 * Keyed by class-validator's own constraint names, so a misspelt key cannot leave a constraint untranslated.
 */
export const VIETNAMESE_REASONS: Readonly<Record<string, string>> = {
  [IS_DEFINED]: 'bắt buộc phải có',
  [IS_NOT_EMPTY]: 'không được để trống',
  [IS_STRING]: 'phải là chuỗi ký tự',
  [IS_INT]: 'phải là số nguyên',
  [IS_NUMBER]: 'phải là số',
  [IS_BOOLEAN]: 'phải là true hoặc false',
  [IS_OBJECT]: 'phải là một đối tượng',
  [IS_ARRAY]: 'phải là một danh sách',
  [IS_IN]: 'không thuộc các giá trị được phép',
  [IS_ENUM]: 'không thuộc các giá trị được phép',
  [IS_UUID]: 'phải là mã UUID',
  [IS_ISO8601]: 'phải là ngày hoặc thời điểm ISO 8601',
  [IS_LOCAL_DATE]: 'phải là một ngày có thật dạng YYYY-MM-DD',
  [MATCHES]: 'sai định dạng',
  [MAX_LENGTH]: 'quá dài',
  [MIN_LENGTH]: 'quá ngắn',
  [MIN]: 'nhỏ hơn giá trị cho phép',
  [MAX]: 'lớn hơn giá trị cho phép',
  [ARRAY_MIN_SIZE]: 'có quá ít phần tử',
  [ARRAY_MAX_SIZE]: 'có quá nhiều phần tử',
  [ValidationTypes.NESTED_VALIDATION]: 'phải là một đối tượng hợp lệ',
  [ValidationTypes.WHITELIST]: 'không phải là trường được nhận',
};

/** Constraints whose own message is already Vietnamese and names the character and its position. */
const OWN_MESSAGE = new Set([SAFE_TEXT]);

/** Said of a constraint the table does not know (the guard in validation-reasons.spec.ts keeps the DTOs from using one). */
const UNKNOWN_CONSTRAINT_REASON = 'không hợp lệ';

/** One failing field and why, as the `errors` of a 400 problem give it. */
export interface FieldReason {
  field: string;
  reason: string;
}

/**
 * Validation options giving a constraint its own Vietnamese reason, more precise than the table's (a pattern's
 * "sai định dạng" says nothing of the format): `@Matches(ORG_ID_PATTERN, withReason('phải là mã …'))`.
 */
export function withReason(reason: string, options: ValidationOptions = {}): ValidationOptions {
  return { ...options, message: reason, context: { ...(options.context as object | undefined), reason } };
}

/** Whether a constraint has a Vietnamese reason without a `withReason` of its own. */
export function hasVietnameseReason(constraint: string): boolean {
  return OWN_MESSAGE.has(constraint) || Object.hasOwn(VIETNAMESE_REASONS, constraint);
}

function reasonOf(error: ValidationError, constraint: string, message: string): string {
  const own: unknown = (error.contexts?.[constraint] as { reason?: unknown } | undefined)?.reason;
  if (typeof own === 'string') return own;
  if (OWN_MESSAGE.has(constraint)) return message;
  if (constraint === IS_IN || constraint === IS_ENUM) {
    // class-validator's message ends with the allowed values ("…one of the following values: a, b"): name them.
    const allowed = /values: (.+)$/.exec(message)?.[1];
    if (allowed) return `phải là một trong các giá trị: ${allowed}`;
  }
  return VIETNAMESE_REASONS[constraint] ?? UNKNOWN_CONSTRAINT_REASON;
}

/**
 * Every failing field, nested ones by their dotted path (`source.number`), with each of its reasons in
 * Vietnamese once: the `errors` of the 400 problem.
 */
export function fieldReasons(errors: ReadonlyArray<ValidationError>, parent = ''): FieldReason[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const reasons = Object.entries(error.constraints ?? {}).map(([constraint, message]) => reasonOf(error, constraint, message));
    const own = [...new Set(reasons)].map((reason) => ({ field, reason }));
    return [...own, ...fieldReasons(error.children ?? [], field)];
  });
}

/** "title: phải là chuỗi ký tự, quá dài" — each failing field once, with its reasons: the `detail` of the 400 problem. */
export function vietnameseSummary(errors: ReadonlyArray<ValidationError>): string[] {
  const byField = new Map<string, string[]>();
  for (const { field, reason } of fieldReasons(errors)) byField.set(field, [...(byField.get(field) ?? []), reason]);
  return [...byField].map(([field, reasons]) => `${field}: ${reasons.join(', ')}`);
}
