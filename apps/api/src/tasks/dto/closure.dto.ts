import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DeadlineDto, SourceDocumentDto } from './assignment.dto';
import { CommandBodyDto } from './command-body.dto';

export class ExtendDeadlineDto extends CommandBodyDto {
  @ApiProperty({ type: DeadlineDto, description: 'Hạn mới: một ngày cụ thể hoặc số ngày làm việc kể từ lúc gia hạn' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => DeadlineDto)
  deadline!: DeadlineDto;

  @ApiProperty({ example: 'Chờ kết quả kiểm định chất lượng công trình' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason!: string;
}

export class CompleteTaskDto extends CommandBodyDto {
  @ApiProperty({ example: 'Đã ban hành quyết định xử phạt vi phạm hành chính và yêu cầu tháo dỡ phần sai phép' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  result!: string;

  @ApiPropertyOptional({ type: SourceDocumentDto, description: 'Văn bản kết quả', example: { number: '315/QĐ-SXD', date: '2026-03-18' } })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SourceDocumentDto)
  outputDocument?: SourceDocumentDto;
}

export class ReasonDto extends CommandBodyDto {
  @ApiProperty({ example: 'Kết quả chưa đáp ứng yêu cầu; đề nghị làm rõ trách nhiệm chủ đầu tư' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason!: string;
}
