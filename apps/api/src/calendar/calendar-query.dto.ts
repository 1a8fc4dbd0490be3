import { IsLocalDate } from '../http/is-local-date.validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';

export class WorkingDaysQueryDto {
  @ApiProperty({ example: '2026-02-09', description: 'Từ ngày (YYYY-MM-DD)' })
  @IsLocalDate()
  from!: string;

  @ApiProperty({ example: '2026-03-06', description: 'Đến ngày (YYYY-MM-DD), tối đa 5 năm' })
  @IsLocalDate()
  to!: string;
}

export class DeadlineQueryDto {
  @ApiProperty({ example: '2026-02-13T09:00:00+07:00', description: 'Thời điểm bắt đầu tính hạn (ngày này không được tính)' })
  @IsISO8601({ strict: true, strictSeparator: true })
  start!: string;

  @ApiPropertyOptional({ example: 5, description: 'Số ngày làm việc' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3650)
  days?: number;

  @ApiPropertyOptional({ enum: ['normal', 'khan', 'thuong_khan', 'hoa_toc'], example: 'normal' })
  @IsOptional()
  @IsIn(['normal', 'khan', 'thuong_khan', 'hoa_toc'])
  urgency?: 'normal' | 'khan' | 'thuong_khan' | 'hoa_toc';
}
