import { IsLocalDate } from '../http/is-local-date.validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class AsOfQueryDto {
  @ApiPropertyOptional({ example: '2026-03-02', description: 'Ngày cần xem (YYYY-MM-DD); mặc định hôm nay' })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}

export class MandateQueryDto extends AsOfQueryDto {
  @ApiPropertyOptional({ example: 'construction', description: 'Lĩnh vực' })
  @Matches(/^[a-z][a-z0-9_]{0,63}$/, { message: 'category must be a lower-case code such as construction' })
  category!: string;
}
