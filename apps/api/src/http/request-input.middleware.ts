import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { describeUnsafeCharacter, findUnsafeCharacter } from '@lib/domain/core';
import { fieldName, inspectJsonBody, MAX_JSON_DEPTH, type FieldProblem } from './json-body.inspector';
import { problem } from './problem-details.filter';

/**
 * Runs right after the JSON body parser, before routing, guards, interceptors and class-transformer:
 * refuses a body nested deeper than MAX_JSON_DEPTH, strings PostgreSQL cannot store (NUL, lone
 * surrogates) anywhere in a body, and NUL, control characters, lone surrogates or broken percent
 * encoding in any query parameter's name or value. Each is a 400 validation problem naming the field
 * or parameter.
 */
export function inspectRequestInput(request: Request, _response: Response, next: NextFunction): void {
  const refusal =
    encodingRefusal(request.originalUrl) ?? queryRefusal(request.query as Record<string, unknown>) ?? bodyRefusal(request.body);
  next(refusal ?? undefined);
}

function bodyRefusal(body: unknown): BadRequestException | null {
  const inspection = inspectJsonBody(body);
  if (inspection === null) return null;
  if (inspection.kind === 'too-deep') {
    const reason = `dữ liệu lồng nhau quá ${MAX_JSON_DEPTH} cấp`;
    return refused(`Nội dung yêu cầu lồng nhau quá ${MAX_JSON_DEPTH} cấp (đối tượng, mảng trong nhau); hãy gửi dữ liệu phẳng hơn.`, [
      { field: inspection.field, reason },
    ]);
  }
  const fields = inspection.errors.map((error) => error.field).join(', ');
  return refused(`Nội dung yêu cầu có ký tự không lưu được (NUL hoặc nửa cặp mã thay thế đứng lẻ) ở: ${fields}.`, inspection.errors);
}

/**
 * Express's query parser turns bytes that are not UTF-8 (`%ED%A0%80`, a surrogate in CESU-8; `%FF`)
 * into U+FFFD and keeps broken escapes (`%G0`) as text: such a parameter is refused instead, by name.
 * A path segment that does not decode is refused as `path` (the router would answer a bare 400).
 */
function encodingRefusal(url: string): BadRequestException | null {
  const query = url.indexOf('?') === -1 ? '' : url.slice(url.indexOf('?') + 1);
  const path = url.indexOf('?') === -1 ? url : url.slice(0, url.indexOf('?'));
  if (!path.split('/').every(decodes)) {
    const reason = 'không phải văn bản UTF-8 mã hóa phần trăm (%) hợp lệ';
    return refused(`Đường dẫn không hợp lệ: ${reason}.`, [{ field: 'path', reason }]);
  }
  const errors: FieldProblem[] = [];
  for (const pair of query.split('&')) {
    const [rawKey = '', rawValue = ''] = splitOnce(pair, '=');
    if (decodes(rawKey) && decodes(rawValue)) continue;
    errors.push({
      field: fieldName(decodes(rawKey) ? decodeURIComponent(rawKey.replace(/\+/g, ' ')) : rawKey),
      reason: 'không phải văn bản UTF-8 mã hóa phần trăm (%) hợp lệ',
    });
  }
  if (errors.length === 0) return null;
  return refused(`Tham số ${errors[0]!.field} không hợp lệ: ${errors[0]!.reason}.`, errors);
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}

function decodes(raw: string): boolean {
  try {
    decodeURIComponent(raw.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
}

function queryRefusal(query: Record<string, unknown> | undefined): BadRequestException | null {
  const errors: FieldProblem[] = [];
  for (const [key, value] of Object.entries(query ?? {})) {
    const field = fieldName(key);
    const unsafeKey = findUnsafeCharacter(key, 'line');
    if (unsafeKey !== null) errors.push({ field, reason: `tên tham số ${describeUnsafeCharacter(unsafeKey)}` });
    for (const item of Array.isArray(value) ? value : [value]) {
      const unsafe = typeof item === 'string' ? findUnsafeCharacter(item, 'line') : null;
      if (unsafe !== null) errors.push({ field, reason: describeUnsafeCharacter(unsafe) });
    }
  }
  if (errors.length === 0) return null;
  const first = errors[0]!;
  return refused(`Tham số ${first.field} không hợp lệ: ${first.reason}.`, errors);
}

function refused(detail: string, errors: FieldProblem[]): BadRequestException {
  return new BadRequestException(problem('validation-failed', 'Validation failed', 400, detail, { errors }));
}
