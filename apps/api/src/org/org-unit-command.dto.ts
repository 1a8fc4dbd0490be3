import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { UNIT_KINDS } from '@lib/domain/org';
import { SafeText } from '../http/safe-text';
import { IsLocalDate, ORG_ID_PATTERN, ORG_ID_REASON } from './org-command.dto';

export class EstablishUnitDto {
  @ApiProperty({ example: 'phong-noi-vu-hai-chau', description: 'Mã đơn vị (chữ thường, gạch nối)' })
  @Matches(ORG_ID_PATTERN, ORG_ID_REASON)
  unitId!: string;

  @ApiProperty({ example: 'Phòng Nội vụ quận Hải Châu', description: 'Tên đơn vị' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @SafeText()
  name!: string;

  @ApiProperty({ example: 'home_affairs', enum: UNIT_KINDS, description: 'Loại đơn vị (Sở, Phòng, UBND, xã/phường, …)' })
  @IsIn(UNIT_KINDS)
  kind!: string;

  @ApiPropertyOptional({
    example: 'ubnd-quan-hai-chau',
    nullable: true,
    type: String,
    description: 'Đơn vị cấp trên; bỏ trống nếu là cấp cao nhất',
  })
  @IsOptional()
  @Matches(ORG_ID_PATTERN, ORG_ID_REASON)
  parentUnitId?: string | null;

  @ApiProperty({ example: '2021-03-01', description: 'Ngày thành lập (có hiệu lực từ ngày)' })
  @IsLocalDate()
  validFrom!: string;
}

export class RenameUnitDto {
  @ApiProperty({ example: 'Phòng Nội vụ và Lao động', description: 'Tên mới' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @SafeText()
  name!: string;

  @ApiProperty({ example: '2026-01-01', description: 'Tên mới có hiệu lực từ ngày' })
  @IsLocalDate()
  validFrom!: string;
}

export class MoveUnitDto {
  @ApiProperty({
    example: 'ubnd-quan-son-tra',
    nullable: true,
    type: String,
    description: 'Đơn vị cấp trên mới; null nếu không còn cấp trên',
  })
  @ValidateIf((body: MoveUnitDto) => body.parentUnitId !== null)
  @Matches(ORG_ID_PATTERN, ORG_ID_REASON)
  parentUnitId!: string | null;

  @ApiProperty({ example: '2026-01-01', description: 'Trực thuộc đơn vị mới từ ngày' })
  @IsLocalDate()
  validFrom!: string;
}

export class MergeUnitDto {
  @ApiProperty({ example: 'so-tai-chinh', description: 'Đơn vị tiếp nhận (đơn vị kế thừa)' })
  @Matches(ORG_ID_PATTERN, ORG_ID_REASON)
  successorUnitId!: string;

  @ApiProperty({ example: '2025-03-01', description: 'Ngày đầu tiên đơn vị không còn (quyết định có hiệu lực từ ngày)' })
  @IsLocalDate()
  effectiveOn!: string;
}

export class DissolveUnitDto {
  @ApiProperty({ example: '2026-07-01', description: 'Ngày đầu tiên đơn vị không còn (quyết định có hiệu lực từ ngày)' })
  @IsLocalDate()
  effectiveOn!: string;

  @ApiPropertyOptional({ example: 'Giải thể theo Quyết định 123/QĐ-UBND', description: 'Lý do giải thể' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @SafeText('multiline')
  reason?: string;
}
