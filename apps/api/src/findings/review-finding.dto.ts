import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';

export class ReviewFindingDto {
  @ApiProperty({
    example: 'Phiếu chuyển số 15/PC-SXD ngày 04/3/2026 xác nhận việc thuộc thẩm quyền Sở Xây dựng; đã làm việc với ông Cường.',
    description: 'Lý do xác nhận hoặc bác bỏ (bắt buộc, 15–4000 ký tự).',
  })
  @IsString()
  @MaxLength(4000)
  justification!: string;

  @ApiPropertyOptional({ example: '2026-03-10T09:00:00+07:00', description: 'Thời điểm kết luận. Mặc định: lúc ghi nhận.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  occurredAt?: string;
}
