import { describe, expect, it } from 'vitest';
import { ApiProblem, type Problem } from '../api/problem';
import { formErrorsOf } from './form-problem';

/** The API's field errors as it sends them. */
const reasons = (errors: Array<{ field: string; reason: string }>): Problem['errors'] => errors;

const FIELDS = ['justification'];

describe("the API's answer to a command, on the form", () => {
  it("puts a business rule's field error (422) on the field, in the API's words", () => {
    const detail = 'Cần ghi rõ lý do xác nhận hoặc bác bỏ (từ 15 đến 4000 ký tự; đang có 5).';
    const error = new ApiProblem({
      status: 422,
      type: '/problems/domain-rule-violated',
      detail,
      errors: reasons([{ field: 'justification', reason: detail }]),
    });
    expect(formErrorsOf(error, FIELDS)).toEqual({ fields: [{ name: 'justification', errors: [detail] }] });
  });

  it("puts a validation error (400) on the field with the API's Vietnamese reasons, each as a sentence", () => {
    const error = new ApiProblem({
      status: 400,
      detail: 'Dữ liệu không hợp lệ — justification: quá dài, phải là chuỗi ký tự.',
      errors: reasons([
        { field: 'justification', reason: 'quá dài' },
        { field: 'justification', reason: 'phải là chuỗi ký tự' },
      ]),
    });
    expect(formErrorsOf(error, FIELDS)).toEqual({ fields: [{ name: 'justification', errors: ['Quá dài', 'Phải là chuỗi ký tự'] }] });
  });

  it('takes the reasons from `errors`, never from the detail', () => {
    const error = new ApiProblem({
      status: 400,
      detail: 'Dữ liệu không hợp lệ — justification: quá dài.',
      errors: reasons([{ field: 'justification', reason: 'quá dài (tối đa 4000 ký tự)' }]),
    });
    expect(formErrorsOf(error, FIELDS)).toEqual({ fields: [{ name: 'justification', errors: ['Quá dài (tối đa 4000 ký tự)'] }] });
  });

  it('says a field the form does not have as the message, beside the fields it has', () => {
    const error = new ApiProblem({
      status: 400,
      detail: 'Dữ liệu không hợp lệ — justification: quá dài; reviewer: không phải là trường được nhận.',
      errors: [
        { field: 'justification', reason: 'quá dài' },
        { field: 'reviewer', reason: 'không phải là trường được nhận' },
      ],
    });
    expect(formErrorsOf(error, FIELDS)).toEqual({
      fields: [{ name: 'justification', errors: ['Quá dài'] }],
      message: 'reviewer: Không phải là trường được nhận',
    });
  });

  it('says a problem without fields (refusal, conflict, already reviewed) as the message', () => {
    const already = new ApiProblem({ status: 422, detail: 'Phát hiện đã được xác nhận trước đó.' });
    expect(formErrorsOf(already, FIELDS)).toEqual({ fields: [], message: 'Phát hiện đã được xác nhận trước đó.' });
    const refused = new ApiProblem({ status: 403 });
    expect(formErrorsOf(refused, FIELDS).message).toMatch(/^Bạn không có quyền/);
    expect(formErrorsOf(new TypeError('Failed to fetch'), FIELDS).message).toMatch(/^Không kết nối được/);
  });

  it("puts a nested API field on the form field it is named to (a transfer's to.unitId on the unit chosen)", () => {
    const error = new ApiProblem({
      status: 400,
      detail: 'Dữ liệu không hợp lệ — to.unitId: không được để trống; reason: không được để trống.',
      errors: [
        { field: 'to.unitId', reason: 'không được để trống' },
        { field: 'reason', reason: 'không được để trống' },
      ],
    });
    expect(formErrorsOf(error, { 'to.unitId': 'toUnitId', reason: 'reason' })).toEqual({
      fields: [
        { name: 'toUnitId', errors: ['Không được để trống'] },
        { name: 'reason', errors: ['Không được để trống'] },
      ],
    });
  });
});
