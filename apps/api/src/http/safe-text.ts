import { Transform } from 'class-transformer';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { describeUnsafeCharacter, findUnsafeCharacter, toNfc } from '@lib/domain/core';

export const SAFE_TEXT = 'safeText';

/**
 * A people-facing text (a person's or unit's name, a title, a document number): normalised to NFC,
 * and refused with a Vietnamese reason when it holds a character the profile forbids (libs/domain/core
 * safe-text: control characters, bidi overrides and isolates, invisible characters, NUL, lone
 * surrogates). `multiline` keeps tabs and line breaks for free text such as a reason.
 */
export function SafeText(profile: 'name' | 'multiline' = 'name', options?: ValidationOptions): PropertyDecorator {
  const normalise = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? toNfc(value) : value));
  const validate = ValidateBy(
    {
      name: SAFE_TEXT,
      constraints: [profile],
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || findUnsafeCharacter(value, profile) === null,
        defaultMessage: (args) => {
          const unsafe = typeof args?.value === 'string' ? findUnsafeCharacter(args.value, profile) : null;
          return unsafe === null ? 'chứa ký tự không được phép' : describeUnsafeCharacter(unsafe);
        },
      },
    },
    options,
  );
  return (target: object, propertyKey: string | symbol) => {
    normalise(target, propertyKey);
    validate(target, propertyKey);
  };
}
