import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CommandBodyDto } from './command-body.dto';

export class RequestConsultationDto extends CommandBodyDto {
  @ApiPropertyOptional({ example: '0b6f5c1e-2d3a-4b5c-8d7e-9f0a1b2c3d4e', description: 'Mã đợt xin ý kiến; bỏ trống để hệ thống cấp' })
  @IsOptional()
  @IsUUID()
  consultationId?: string;

  @ApiProperty({ example: ['phong-quan-ly-do-thi', 'phong-tnmt-hai-chau'], description: 'Các đơn vị được xin ý kiến' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  unitIds!: string[];

  @ApiPropertyOptional({ example: 'Đề nghị cho ý kiến về phương án bố trí vốn sửa chữa trụ sở UBND phường' })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  content?: string;

  @ApiPropertyOptional({ example: '2026-03-10T17:00:00+07:00', description: 'Hạn trả lời' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  replyDueAt?: string;
}

export class AnswerConsultationDto extends CommandBodyDto {
  @ApiProperty({ example: 'phong-quan-ly-do-thi', description: 'Đơn vị trả lời' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  unitId!: string;

  @ApiProperty({
    enum: ['agree', 'disagree', 'conditional', 'deflect'],
    example: 'agree',
    description: 'Thống nhất / không thống nhất / có điều kiện / đẩy sang đơn vị khác',
  })
  @IsIn(['agree', 'disagree', 'conditional', 'deflect'])
  stance!: string;

  @ApiPropertyOptional({ example: 'Thống nhất phương án; đề nghị bổ sung dự toán chi tiết hạng mục mái' })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  content?: string;
}
