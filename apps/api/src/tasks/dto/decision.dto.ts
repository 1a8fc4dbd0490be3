import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CommandBodyDto, PartyDto } from './command-body.dto';

export class CommentOnTaskDto extends CommandBodyDto {
  @ApiProperty({ example: 'Đã làm việc với chủ đầu tư, đang chờ bổ sung bản vẽ hoàn công' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  content!: string;
}

export class SubmitToSuperiorDto extends CommandBodyDto {
  @ApiProperty({
    type: PartyDto,
    description: 'Cấp trên nhận tờ trình',
    example: { unitId: 'ubnd-quan-hai-chau', personId: 'hoang-van-giang' },
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PartyDto)
  to!: PartyDto;

  @ApiPropertyOptional({ example: 'Kính trình UBND quận xem xét, quyết định phương án bố trí vốn' })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  content?: string;

  @ApiProperty({ example: true, description: 'Các đơn vị được xin ý kiến đều đã thống nhất (kể cả được coi là thống nhất)' })
  @IsBoolean()
  allConsultedAgreed!: boolean;
}

export class DirectTaskDto extends CommandBodyDto {
  @ApiProperty({ example: 'Đồng ý phương án; giao Phòng Tài chính – Kế hoạch tổ chức thực hiện' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  direction!: string;
}

export class ProposeReassignmentDto extends CommandBodyDto {
  @ApiPropertyOptional({ example: 'so-tnmt', description: 'Đơn vị đề xuất giao lại' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  proposedUnitId?: string;

  @ApiProperty({ example: 'Nội dung chủ yếu liên quan đến quản lý đất đai' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason!: string;
}

export class ReportDifficultyDto extends CommandBodyDto {
  @ApiPropertyOptional({ type: PartyDto, description: 'Báo cáo lên ai' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PartyDto)
  to?: PartyDto;

  @ApiProperty({ example: 'Thiếu số liệu khảo sát địa chất để thẩm định hồ sơ' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  content!: string;
}
