import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { problem } from './problem-details.filter';
import { fieldReasons, vietnameseSummary } from './validation-reasons';

/** Whitelisted, unknown fields forbidden; a 400 problem names every failing field and its reason, in Vietnamese. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) =>
      new BadRequestException(
        problem('validation-failed', 'Validation failed', 400, `Dữ liệu không hợp lệ — ${vietnameseSummary(errors).join('; ')}.`, {
          errors: fieldReasons(errors),
        }),
      ),
  });
}
