import type { ValidationError } from '@nestjs/common';

/** What each class-validator constraint means, in Vietnamese, for the `detail` people read. */
const VIETNAMESE_REASONS: Readonly<Record<string, string>> = {
  isDefined: 'bắt buộc phải có',
  isNotEmpty: 'không được để trống',
  isString: 'phải là chuỗi ký tự',
  isInt: 'phải là số nguyên',
  isNumber: 'phải là số',
  isBoolean: 'phải là true hoặc false',
  isObject: 'phải là một đối tượng',
  isArray: 'phải là một danh sách',
  isIn: 'không thuộc các giá trị được phép',
  isEnum: 'không thuộc các giá trị được phép',
  isUuid: 'phải là mã UUID',
  isISO8601: 'phải là ngày hoặc thời điểm ISO 8601',
  isLocalDate: 'phải là một ngày có thật dạng YYYY-MM-DD',
  matches: 'sai định dạng',
  maxLength: 'quá dài',
  minLength: 'quá ngắn',
  min: 'nhỏ hơn giá trị cho phép',
  max: 'lớn hơn giá trị cho phép',
  arrayMinSize: 'có quá ít phần tử',
  arrayMaxSize: 'có quá nhiều phần tử',
  nestedValidation: 'phải là một đối tượng hợp lệ',
  whitelistValidation: 'không phải là trường được nhận',
};

/** Constraints whose own message is already Vietnamese and names the character and its position. */
const OWN_MESSAGE = new Set(['safeText']);

/** "title: phải là chuỗi ký tự; source.number: quá dài" — each failing field once, with its reasons in Vietnamese. */
export function vietnameseSummary(errors: ReadonlyArray<ValidationError>, parent = ''): string[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const reasons = Object.entries(error.constraints ?? {}).map(([constraint, message]) =>
      OWN_MESSAGE.has(constraint) ? message : (VIETNAMESE_REASONS[constraint] ?? 'không hợp lệ'),
    );
    const own = reasons.length > 0 ? [`${field}: ${[...new Set(reasons)].join(', ')}`] : [];
    return [...own, ...vietnameseSummary(error.children ?? [], field)];
  });
}
