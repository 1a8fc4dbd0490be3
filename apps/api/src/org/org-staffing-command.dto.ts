import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { POSITIONS } from '@lib/domain/org';
import {
  CATEGORY_PATTERN,
  CATEGORY_REASON,
  IsLocalDate,
  ORG_ID_PATTERN,
  ORG_ID_REASON,
  TERM_ID_PATTERN,
  TERM_ID_REASON,
} from './org-command.dto';

export class AppointPersonDto {
  @ApiPropertyOptional({
    example: 'qd-45-bo-nhiem-ho-thi-lan',
    description: 'Số hiệu bổ nhiệm; mặc định "đơn vị/cán bộ/chức vụ/ngày bắt đầu" như khi nhập từ tệp',
  })
  @IsOptional()
  @Matches(TERM_ID_PATTERN, TERM_ID_REASON)
  appointmentId?: string;

  @ApiProperty({ example: 'ho-thi-lan', description: 'Cán bộ được bổ nhiệm' })
  @Matches(ORG_ID_PATTERN, ORG_ID_REASON)
  personId!: string;

  @ApiProperty({ example: 'head', enum: POSITIONS, description: 'Chức vụ: người đứng đầu, cấp phó, chuyên viên, văn thư' })
  @IsIn(POSITIONS)
  position!: string;

  @ApiProperty({ example: '2026-03-01', description: 'Từ ngày' })
  @IsLocalDate()
  validFrom!: string;

  @ApiPropertyOptional({
    example: '2031-02-28',
    nullable: true,
    type: String,
    description: 'Đến ngày (tính cả ngày này); bỏ trống nếu chưa xác định',
  })
  @IsOptional()
  @IsLocalDate()
  validTo?: string | null;
}

export class EndTermDto {
  @ApiProperty({ example: '2026-06-30', description: 'Ngày cuối cùng còn hiệu lực' })
  @IsLocalDate()
  validTo!: string;
}

export class DesignateActingHeadDto {
  @ApiPropertyOptional({ example: 'qd-12-phu-trach-phong-noi-vu', description: 'Số hiệu quyết định giao phụ trách; mặc định tự sinh' })
  @IsOptional()
  @Matches(TERM_ID_PATTERN, TERM_ID_REASON)
  delegationId?: string;

  @ApiProperty({ example: 'ho-thi-lan', description: 'Cán bộ được giao quyền trưởng / phụ trách' })
  @Matches(ORG_ID_PATTERN, ORG_ID_REASON)
  personId!: string;

  @ApiProperty({ example: '2026-03-01', description: 'Từ ngày' })
  @IsLocalDate()
  validFrom!: string;

  @ApiPropertyOptional({
    example: '2026-05-31',
    nullable: true,
    type: String,
    description: 'Đến ngày; bỏ trống cho đến khi bổ nhiệm người đứng đầu',
  })
  @IsOptional()
  @IsLocalDate()
  validTo?: string | null;
}

export class DelegateAuthorityDto {
  @ApiPropertyOptional({ example: 'uq-07-so-xay-dung', description: 'Số hiệu giấy ủy quyền; mặc định tự sinh' })
  @IsOptional()
  @Matches(TERM_ID_PATTERN, TERM_ID_REASON)
  delegationId?: string;

  @ApiProperty({ example: 'dang-van-phuc', description: 'Cán bộ được ủy quyền' })
  @Matches(ORG_ID_PATTERN, ORG_ID_REASON)
  personId!: string;

  @ApiProperty({ example: '2026-03-09', description: 'Từ ngày' })
  @IsLocalDate()
  validFrom!: string;

  @ApiProperty({ example: '2026-03-13', description: 'Đến ngày (bắt buộc: ủy quyền có thời hạn)' })
  @IsLocalDate()
  validTo!: string;
}

export class GrantMandateDto {
  @ApiProperty({ example: 'home_affairs', description: 'Lĩnh vực được giao (mã chữ thường)' })
  @Matches(CATEGORY_PATTERN, CATEGORY_REASON)
  category!: string;

  @ApiProperty({ example: '2026-03-01', description: 'Từ ngày' })
  @IsLocalDate()
  validFrom!: string;

  @ApiPropertyOptional({ example: null, nullable: true, type: String, description: 'Đến ngày; bỏ trống nếu không thời hạn' })
  @IsOptional()
  @IsLocalDate()
  validTo?: string | null;
}
