import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsNotEmpty, IsObject, IsString, MaxLength } from 'class-validator';
import { CommandBodyDto } from './command-body.dto';

export class CorrectEntryDto extends CommandBodyDto {
  @ApiProperty({ example: 'Ghi nhầm lý do chuyển' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason!: string;

  @ApiProperty({ example: { reason: 'Thuộc lĩnh vực môi trường' }, description: 'Các trường mô tả được đính chính và giá trị đúng' })
  @IsDefined()
  @IsObject()
  fields!: Record<string, unknown>;
}

export class VoidEntryDto extends CommandBodyDto {
  @ApiProperty({ example: 'Ghi nhận nhầm nhiệm vụ' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason!: string;
}
