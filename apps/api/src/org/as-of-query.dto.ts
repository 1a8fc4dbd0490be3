import { IsLocalDate } from '../http/is-local-date.validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { CATEGORY_PATTERN, CATEGORY_REASON } from './org-command.dto';

export class AsOfQueryDto {
  @ApiPropertyOptional({ example: '2026-03-02', description: 'Ngày cần xem (YYYY-MM-DD); mặc định hôm nay' })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}

export class MandateQueryDto extends AsOfQueryDto {
  @ApiPropertyOptional({ example: 'construction', description: 'Lĩnh vực' })
  @Matches(CATEGORY_PATTERN, CATEGORY_REASON)
  category!: string;
}
