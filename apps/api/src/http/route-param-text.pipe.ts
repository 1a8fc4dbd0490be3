import { BadRequestException, Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { describeUnsafeCharacter, findUnsafeCharacter } from '@lib/domain/core';
import { problem } from './problem-details.filter';

/**
 * Global pipe for path parameters (`/org/units/{unitId}`, `/reports/persons/{personId}`, …): a NUL,
 * a control character or a lone surrogate in one (`%00`, `%1B`) is a 400 naming the parameter, before
 * the value reaches a query or a decider. Other pipes (UUIDs, DTO validation) run after it.
 */
@Injectable()
export class RouteParamTextPipe implements PipeTransform<unknown, unknown> {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'param') return value;
    const entries: Array<[string, unknown]> = metadata.data
      ? [[metadata.data, value]]
      : Object.entries((value ?? {}) as Record<string, unknown>);
    for (const [name, text] of entries) {
      const unsafe = typeof text === 'string' ? findUnsafeCharacter(text, 'line') : null;
      if (unsafe !== null) {
        const reason = describeUnsafeCharacter(unsafe);
        throw new BadRequestException(
          problem('validation-failed', 'Validation failed', 400, `Tham số ${name} trong đường dẫn không hợp lệ: ${reason}.`, {
            errors: [{ field: name, reason }],
          }),
        );
      }
    }
    return value;
  }
}
