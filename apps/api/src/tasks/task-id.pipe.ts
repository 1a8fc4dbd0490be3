import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';
import { IS_UUID } from 'class-validator';
import { problem } from '../http/problem-details.filter';
import { VIETNAMESE_REASONS } from '../http/validation-reasons';

/** Said as a body's UUID field says it. */
const NOT_A_UUID = VIETNAMESE_REASONS[IS_UUID]!;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Ids in paths are UUIDs; anything else is a 400 naming the parameter. */
@Injectable()
export class UuidParamPipe implements PipeTransform<string, string> {
  constructor(private readonly field: string) {}

  transform(value: string): string {
    if (!UUID.test(value)) {
      throw new BadRequestException(
        problem('validation-failed', 'Validation failed', 400, `${this.field} ${NOT_A_UUID}.`, {
          errors: [{ field: this.field, reason: NOT_A_UUID }],
        }),
      );
    }
    return value.toLowerCase();
  }
}

export const TaskIdPipe = new UuidParamPipe('taskId');
