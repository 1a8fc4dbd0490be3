import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { problem } from './problem-details.filter';
import { vietnameseSummary } from './validation-reasons';

/** Whitelisted, unknown fields forbidden; a 400 problem names every failing field and its reason. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      return new BadRequestException(
        problem('validation-failed', 'Validation failed', 400, `Dữ liệu không hợp lệ — ${vietnameseSummary(errors).join('; ')}.`, {
          errors: fieldErrors,
        }),
      );
    },
  });
}

function flatten(errors: ValidationError[], parent = ''): Array<{ field: string; reason: string }> {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
