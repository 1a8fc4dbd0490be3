import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class OrgImportQueryDto {
  @ApiPropertyOptional({
    enum: ['all_or_nothing', 'good_rows_only'],
    example: 'all_or_nothing',
    description: 'all_or_nothing: có một dòng sai thì không ghi gì; good_rows_only: ghi các dòng hợp lệ, báo các dòng sai',
  })
  @IsOptional()
  @IsIn(['all_or_nothing', 'good_rows_only'])
  mode?: 'all_or_nothing' | 'good_rows_only';

  @ApiPropertyOptional({ enum: ['true', 'false'], example: 'false', description: 'true: chỉ kiểm tra và báo cáo, không ghi' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}
