import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import type { ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { expectVietnameseReasons } from '../../../../test/support/vietnamese-reasons';
import { fieldReasons, hasVietnameseReason, VIETNAMESE_REASONS, vietnameseSummary, withReason } from './validation-reasons';

const error = (
  property: string,
  constraints: Record<string, string>,
  children: ValidationError[] = [],
  contexts?: Record<string, unknown>,
): ValidationError => ({ property, constraints, children, ...(contexts ? { contexts } : {}) });

describe('validation reasons people read', () => {
  const failures = [
    error('title', { isString: 'title must be a string', maxLength: 'title must be shorter than or equal to 500 characters' }),
    error('source', {}, [error('number', { isNotEmpty: 'number should not be empty' })]),
    error('colour', { whitelistValidation: 'property colour should not exist' }),
  ];

  it('gives each field error its reason in Vietnamese, nested fields by their path', () => {
    expect(fieldReasons(failures)).toEqual([
      { field: 'title', reason: 'phải là chuỗi ký tự' },
      { field: 'title', reason: 'quá dài' },
      { field: 'source.number', reason: 'không được để trống' },
      { field: 'colour', reason: 'không phải là trường được nhận' },
    ]);
  });

  it('names each failing field once in the detail, with the same reasons', () => {
    const summary = vietnameseSummary(failures);
    expect(summary).toEqual([
      'title: phải là chuỗi ký tự, quá dài',
      'source.number: không được để trống',
      'colour: không phải là trường được nhận',
    ]);
    expect(summary.join(' ')).not.toMatch(/must|should/);
  });

  it('keeps a Vietnamese message that names the character, says "không hợp lệ" for a constraint it does not know', () => {
    const errors = [error('fullName', { safeText: 'chứa ký tự vô hình U+200B ở vị trí 3' }), error('x', { somethingNew: 'x is odd' })];
    expect(fieldReasons(errors)).toEqual([
      { field: 'fullName', reason: 'chứa ký tự vô hình U+200B ở vị trí 3' },
      { field: 'x', reason: 'không hợp lệ' },
    ]);
    expect(vietnameseSummary(errors)).toEqual(['fullName: chứa ký tự vô hình U+200B ở vị trí 3', 'x: không hợp lệ']);
  });

  it("uses a constraint's own reason given with withReason, in the errors and the detail alike", () => {
    const options = withReason('phải là mã viết thường, ví dụ so-xay-dung');
    const errors = [error('unitId', { matches: String(options.message) }, [], { matches: options.context })];
    expect(fieldReasons(errors)).toEqual([{ field: 'unitId', reason: 'phải là mã viết thường, ví dụ so-xay-dung' }]);
    expect(vietnameseSummary(errors)).toEqual(['unitId: phải là mã viết thường, ví dụ so-xay-dung']);
  });

  it('says a reason two constraints share once, naming the allowed values class-validator lists', () => {
    const message = 'mode must be one of the following values: all_or_nothing, good_rows_only';
    expect(fieldReasons([error('mode', { isIn: message, isEnum: message })])).toEqual([
      { field: 'mode', reason: 'phải là một trong các giá trị: all_or_nothing, good_rows_only' },
    ]);
    expect(fieldReasons([error('mode', { isIn: 'mode is not allowed' })])).toEqual([
      { field: 'mode', reason: 'không thuộc các giá trị được phép' },
    ]);
  });

  it('has only Vietnamese reasons in its table', () => {
    expectVietnameseReasons(Object.entries(VIETNAMESE_REASONS).map(([constraint, reason]) => ({ field: constraint, reason })));
  });
});

/** Every file of the API that declares class-validator constraints, loaded so that their decorators have run. */
async function loadValidatedClasses(): Promise<string[]> {
  const root = resolve('apps/api/src');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(file))
    .map((file) => join(root, file))
    .filter((file) => readFileSync(file, 'utf8').includes("from 'class-validator'"));
  for (const file of files) await import(pathToFileURL(file).href);
  return files;
}

interface ConstraintUse {
  where: string;
  constraint: string;
  message: unknown;
  ownReason: unknown;
}

/** class-validator keeps its metadata per class in a private map; the guard reads it, and says so if that changes. */
function constraintUses(): ConstraintUse[] {
  const storage = getMetadataStorage();
  const byClass = (storage as unknown as { validationMetadatas?: unknown }).validationMetadatas;
  if (!(byClass instanceof Map)) throw new Error('class-validator no longer keeps validationMetadatas as a Map: update this guard');
  const uses: ConstraintUse[] = [];
  for (const [target, metadatas] of byClass as Map<Function | string, Array<Record<string, unknown>>>) {
    for (const metadata of metadatas) {
      if (metadata['type'] === 'conditionalValidation') continue; // @IsOptional, @ValidateIf: never an error of their own
      const custom =
        metadata['type'] === 'customValidation' ? storage.getTargetValidatorConstraints(metadata['constraintCls'] as Function) : [];
      const constraint = custom[0]?.name ?? String(metadata['type']);
      const context = metadata['context'] as { reason?: unknown } | undefined;
      uses.push({
        where: `${typeof target === 'string' ? target : target.name}.${String(metadata['propertyName'])}`,
        constraint,
        message: metadata['message'],
        ownReason: context?.reason,
      });
    }
  }
  return uses;
}

/** The message @ValidateNested sets itself when given none. */
const NESTED_DEFAULT_MESSAGE = /^(each value in )?nested property \$property must be either object or array$/;

describe('every constraint the DTOs use has a Vietnamese reason (guard)', () => {
  it('finds the DTOs and their constraints', async () => {
    const files = await loadValidatedClasses();
    expect(files.length).toBeGreaterThan(10);
    expect(constraintUses().length).toBeGreaterThan(100);
  });

  it('knows every constraint, or the DTO gives its own Vietnamese reason with withReason', async () => {
    await loadValidatedClasses();
    const unknown = constraintUses()
      .filter((use) => typeof use.ownReason !== 'string' && !hasVietnameseReason(use.constraint))
      .map((use) => `${use.where}: ${use.constraint}`);
    expect(unknown).toEqual([]);
  });

  it('gives a message of its own only through withReason, in Vietnamese', async () => {
    await loadValidatedClasses();
    const uses = constraintUses();
    const bare = uses
      .filter((use) => use.message !== undefined && !NESTED_DEFAULT_MESSAGE.test(String(use.message)) && use.message !== use.ownReason)
      .map((use) => `${use.where}: ${use.constraint}`);
    expect(bare).toEqual([]);
    const own = uses.flatMap((use) => (typeof use.ownReason === 'string' ? [{ field: use.where, reason: use.ownReason }] : []));
    expect(own.length).toBeGreaterThan(0);
    expectVietnameseReasons(own);
  });
});
