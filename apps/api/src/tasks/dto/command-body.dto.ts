import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

export class PersonInUnitDto {
  @ApiProperty({ example: 'le-van-cuong', description: 'Mã cán bộ, công chức' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  personId!: string;

  @ApiProperty({ example: 'so-xay-dung', description: 'Mã cơ quan, đơn vị' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  unitId!: string;
}

export class PartyDto {
  @ApiProperty({ example: 'so-tnmt', description: 'Đơn vị nhận' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  unitId!: string;

  @ApiPropertyOptional({ example: 'vo-thi-en', description: 'Người nhận trong đơn vị, nếu đã rõ' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  personId?: string;
}

/** Fields every command may carry besides its own. */
export class CommandBodyDto {
  @ApiPropertyOptional({
    example: '2026-03-04T09:30:00+07:00',
    description: 'Thời điểm việc xảy ra tại cơ quan (ví dụ ngày trên phiếu chuyển). Mặc định: lúc ghi nhận.',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  occurredAt?: string;

  @ApiPropertyOptional({ type: PersonInUnitDto, description: 'Văn thư ghi nhận thay cho cán bộ này (cả hai đều được lưu).' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonInUnitDto)
  onBehalfOf?: PersonInUnitDto;
}
