import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DeadlineDto } from './assignment.dto';
import { CommandBodyDto, PartyDto, PersonInUnitDto } from './command-body.dto';

export class ReceiveTaskDto extends CommandBodyDto {}

export class DelegateTaskDto extends CommandBodyDto {
  @ApiProperty({ type: PersonInUnitDto, description: 'Cán bộ được phân công trong đơn vị đang giữ nhiệm vụ' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonInUnitDto)
  person!: PersonInUnitDto;
}

export class TransferTaskDto extends CommandBodyDto {
  @ApiProperty({ type: PartyDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PartyDto)
  to!: PartyDto;

  @ApiProperty({ example: 'Thuộc lĩnh vực đất đai' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason!: string;
}

export class ReturnTaskDto extends CommandBodyDto {
  @ApiProperty({
    enum: ['not_our_mandate', 'incomplete', 'other'],
    example: 'not_our_mandate',
    description: 'Không thuộc thẩm quyền / hồ sơ chưa đủ / khác',
  })
  @IsIn(['not_our_mandate', 'incomplete', 'other'])
  reasonCode!: string;

  @ApiPropertyOptional({ example: 'Nội dung không thuộc chức năng, nhiệm vụ của Sở Tài nguyên và Môi trường' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  reason?: string;
}

export class ReassignTaskDto extends CommandBodyDto {
  @ApiProperty({ example: 'phong-tnmt-hai-chau', description: 'Đơn vị chủ trì mới' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  leadUnitId!: string;

  @ApiPropertyOptional({ type: PersonInUnitDto, description: 'Người chịu trách nhiệm trong đơn vị chủ trì mới' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonInUnitDto)
  responsiblePerson?: PersonInUnitDto;

  @ApiPropertyOptional({ type: DeadlineDto, description: 'Hạn mới; bỏ trống để giữ hạn cũ' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DeadlineDto)
  deadline?: DeadlineDto;
}
