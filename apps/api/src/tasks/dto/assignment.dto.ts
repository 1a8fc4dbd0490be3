import { IsLocalDate } from '../../http/is-local-date.validator';
import { withReason } from '../../http/validation-reasons';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SafeText } from '../../http/safe-text';
import { CommandBodyDto, PersonInUnitDto } from './command-body.dto';

const URGENCIES = ['normal', 'khan', 'thuong_khan', 'hoa_toc'] as const;

export class SourceDocumentDto {
  @ApiProperty({ example: '2128/UBND-TH', description: 'Số, ký hiệu văn bản giao việc' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @SafeText()
  number!: string;

  @ApiProperty({ example: '2026-03-02', description: 'Ngày văn bản (YYYY-MM-DD)' })
  @IsLocalDate()
  date!: string;
}

/** Either a date, or a number of working days counted from when the task is assigned, or neither (no deadline). */
export class DeadlineDto {
  @ApiPropertyOptional({ example: '2026-03-16T23:59:59.999+07:00', description: 'Hạn xử lý cụ thể' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  dueAt?: string;

  @ApiPropertyOptional({ example: 10, description: 'Số ngày làm việc kể từ ngày giao (không tính ngày giao)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  workingDays?: number;

  @ApiPropertyOptional({ enum: URGENCIES, example: 'normal', description: 'Độ khẩn: hỏa tốc, thượng khẩn, khẩn thì đến hạn ngay' })
  @IsOptional()
  @IsIn(URGENCIES)
  urgency?: (typeof URGENCIES)[number];
}

export class AssignTaskDto extends CommandBodyDto {
  @ApiPropertyOptional({ example: '7d3f2b9e-8c1a-4f5e-9b2d-3a4c5e6f7a8b', description: 'Mã nhiệm vụ; bỏ trống để hệ thống cấp' })
  @IsOptional()
  @IsUUID()
  taskId?: string;

  @ApiPropertyOptional({ enum: ['task', 'dossier'], example: 'task', description: 'Nhiệm vụ hay hồ sơ thủ tục hành chính' })
  @IsOptional()
  @IsIn(['task', 'dossier'])
  kind?: 'task' | 'dossier';

  @ApiProperty({ example: 'Rà soát, xử lý công trình xây dựng sai phép tại phường Hòa Cường Bắc' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @SafeText()
  title!: string;

  @ApiProperty({ example: 'construction', description: 'Lĩnh vực (construction, land, environment, budget, ...)' })
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, withReason('phải là mã lĩnh vực viết thường không dấu, ví dụ construction hoặc land'))
  category!: string;

  @ApiProperty({ type: SourceDocumentDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SourceDocumentDto)
  source!: SourceDocumentDto;

  @ApiProperty({ type: PersonInUnitDto, description: 'Cơ quan, người giao nhiệm vụ' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonInUnitDto)
  assigningAuthority!: PersonInUnitDto;

  @ApiProperty({ example: 'so-xay-dung', description: 'Đơn vị chủ trì' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  leadUnitId!: string;

  @ApiPropertyOptional({ example: ['so-tnmt'], description: 'Đơn vị phối hợp' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  coordinatingUnitIds?: string[];

  @ApiPropertyOptional({ type: PersonInUnitDto, description: 'Người được phân công chịu trách nhiệm trong đơn vị chủ trì' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonInUnitDto)
  responsiblePerson?: PersonInUnitDto;

  @ApiPropertyOptional({ type: DeadlineDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DeadlineDto)
  deadline?: DeadlineDto;
}
