import { describe, expect, it } from '@jest/globals';
import type { ValidationError } from '@nestjs/common';
import { vietnameseSummary } from './validation-reasons';

const error = (property: string, constraints: Record<string, string>, children: ValidationError[] = []): ValidationError => ({
  property,
  constraints,
  children,
});

describe('validation reasons people read', () => {
  it('names each failing field once with its reasons in Vietnamese, nested fields by their path', () => {
    const summary = vietnameseSummary([
      error('title', { isString: 'title must be a string', maxLength: 'title must be shorter than or equal to 500 characters' }),
      error('source', {}, [error('number', { isNotEmpty: 'number should not be empty' })]),
      error('colour', { whitelistValidation: 'property colour should not exist' }),
    ]);
    expect(summary).toEqual([
      'title: phải là chuỗi ký tự, quá dài',
      'source.number: không được để trống',
      'colour: không phải là trường được nhận',
    ]);
    expect(summary.join(' ')).not.toMatch(/must|should/);
  });

  it('keeps a Vietnamese message that names the character, and says "không hợp lệ" for a constraint it does not know', () => {
    expect(
      vietnameseSummary([
        error('fullName', { safeText: 'chứa ký tự vô hình U+200B ở vị trí 3' }),
        error('x', { somethingNew: 'x is odd' }),
      ]),
    ).toEqual(['fullName: chứa ký tự vô hình U+200B ở vị trí 3', 'x: không hợp lệ']);
  });
});
