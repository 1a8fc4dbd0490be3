import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { SafeText } from '../http/safe-text';
import { withReason } from '../http/validation-reasons';

/** Lower-case slugs as in the demo city (`so-xay-dung`, `nguyen-thi-binh`). */
export const ORG_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/;
/** Appointment and delegation ids may also carry `/` (imported ids are `unit/person/position/from`). */
export const TERM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/;
export const CATEGORY_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;

/** Why an id does not fit ORG_ID_PATTERN, in the words people read. */
export const ORG_ID_REASON = withReason(
  'phải là mã viết thường không dấu (chữ cái, chữ số, dấu chấm, gạch dưới, gạch ngang; tối đa 100 ký tự), ví dụ so-xay-dung',
);
/** Why an appointment or delegation id does not fit TERM_ID_PATTERN. */
export const TERM_ID_REASON = withReason('phải gồm 1–200 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch chéo');
/** Why a category does not fit CATEGORY_PATTERN. */
export const CATEGORY_REASON = withReason('phải là mã lĩnh vực viết thường không dấu, ví dụ construction hoặc land');

export { IsLocalDate } from '../http/is-local-date.validator';

/** The result of every organisation command: the stream written and the events appended to it. */
export interface OrgCommandResult {
  streamId: string;
  streamVersion: number;
  events: Array<{
    eventId: string;
    type: string;
    data: Record<string, unknown>;
    streamVersion: number;
    globalPosition: number;
    occurredAt: string;
    recordedAt: string;
  }>;
}

export class RegisterPersonDto {
  @ApiProperty({ example: 'ho-thi-lan', description: 'Mã định danh cán bộ, công chức (chữ thường, gạch nối)' })
  @Matches(ORG_ID_PATTERN, ORG_ID_REASON)
  personId!: string;

  @ApiProperty({ example: 'Hồ Thị Lan', description: 'Họ và tên' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @SafeText()
  fullName!: string;

  @ApiProperty({ example: 'DN-0100', description: 'Mã số cán bộ, công chức (duy nhất)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  @SafeText()
  officialCode!: string;
}
