import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { SafeText } from '../http/safe-text';

/** Lower-case slugs as in the demo city (`so-xay-dung`, `nguyen-thi-binh`). */
export const ORG_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/;
/** Appointment and delegation ids may also carry `/` (imported ids are `unit/person/position/from`). */
export const TERM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/;
export const CATEGORY_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;

export const idMessage = (field: string) => `${field} must be a lower-case code of letters, digits and dashes, e.g. so-xay-dung`;

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
  @Matches(ORG_ID_PATTERN, { message: idMessage('personId') })
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
