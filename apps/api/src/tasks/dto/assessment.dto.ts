import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { INITIATIVE_EFFECTS } from '@lib/domain/task';
import { IsLocalDate } from '../../http/is-local-date.validator';
import { SafeText } from '../../http/safe-text';
import { CommandBodyDto } from './command-body.dto';

export class AssessDifficultyDto extends CommandBodyDto {
  @ApiProperty({ example: true, description: 'true: xác nhận nguyên nhân khách quan; false: không chấp nhận' })
  @IsBoolean()
  accepted!: boolean;

  @ApiProperty({ example: 'Chủ đầu tư nghỉ Tết, đã có văn bản xác nhận chưa gửi số liệu khối lượng' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason!: string;
}

export class RecordInitiativeDto extends CommandBodyDto {
  @ApiPropertyOptional({
    example: '3c1d7b8e-5a2f-4e61-9b0c-2f4d6a8e1b3c',
    description: 'Mã sáng kiến trong nhiệm vụ; bỏ trống để hệ thống cấp',
  })
  @IsOptional()
  @IsUUID()
  initiativeId?: string;

  @ApiProperty({ example: '15/QĐ-UBND', description: 'Số, ký hiệu quyết định công nhận, cho phép thực hiện đề xuất đổi mới, sáng tạo' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @SafeText()
  decisionNumber!: string;

  @ApiProperty({ example: '2026-03-03', description: 'Ngày quyết định (YYYY-MM-DD)' })
  @IsLocalDate()
  decisionDate!: string;

  @ApiProperty({ example: ['le-van-cuong'], description: 'Cán bộ được bảo vệ theo quyết định' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  personIds!: string[];

  @ApiProperty({ example: '2026-03-02', description: 'Ngày bắt đầu được bảo vệ (YYYY-MM-DD)' })
  @IsLocalDate()
  from!: string;

  @ApiPropertyOptional({ example: null, nullable: true, description: 'Ngày kết thúc (YYYY-MM-DD); bỏ trống: không thời hạn' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsLocalDate()
  to?: string | null;

  @ApiProperty({
    enum: INITIATIVE_EFFECTS,
    example: 'exempt',
    description: 'exempt: miễn trách nhiệm; reduce: xem xét giảm nhẹ trách nhiệm',
  })
  @IsIn([...INITIATIVE_EFFECTS])
  effect!: string;

  @ApiPropertyOptional({ example: 'Thí điểm phối hợp liên ngành xử lý công trình trên đất chưa rõ nguồn gốc' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}
