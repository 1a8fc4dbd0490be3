import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isLocalDate } from '@lib/domain/org';

export const IS_LOCAL_DATE = 'isLocalDate';

/** A real calendar day written `YYYY-MM-DD` (2026-02-30 and 2026-13-45 are refused here, not recorded as written). */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_LOCAL_DATE,
      validator: {
        validate: (value: unknown) => isLocalDate(value),
        defaultMessage: (args) => `${args?.property ?? 'date'} must be a calendar date YYYY-MM-DD`,
      },
    },
    options,
  );
}
