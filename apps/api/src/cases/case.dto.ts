import { IsLocalDate } from '../http/is-local-date.validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DISCIPLINE_FORMS, HANDLING_LIMIT_DAYS, HANDLING_MAX_DAYS } from '@lib/domain/discipline';
import { SafeText } from '../http/safe-text';

class CaseStepDto {
  @ApiPropertyOptional({ example: '2026-03-20T09:00:00+07:00', description: 'Thời điểm thực hiện bước này. Mặc định: lúc ghi nhận.' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  occurredAt?: string;
}

export class ProposeCaseDto extends CaseStepDto {
  @ApiProperty({ example: 'le-van-cuong', description: 'Người bị đề nghị xem xét kỷ luật' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  personId!: string;

  @ApiProperty({
    example: ['6f1c2a52-3d51-5b8e-9a7b-0d6a1e5c4f10'],
    description: 'Các phát hiện đã được thanh tra xác nhận, có nêu tên người này',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  findingIds!: string[];

  @ApiProperty({ enum: DISCIPLINE_FORMS, example: 'canh_cao', description: 'Hình thức kỷ luật đề nghị (Nghị định 172/2025/NĐ-CP)' })
  @IsIn(DISCIPLINE_FORMS)
  proposedForm!: string;

  @ApiProperty({
    example: 'Chuyển nhiệm vụ thuộc chức năng của Sở Xây dựng sang Sở Tài nguyên và Môi trường, làm nhiệm vụ chậm 5 ngày làm việc.',
    description: 'Nội dung vi phạm và căn cứ đề nghị (15–4000 ký tự)',
  })
  @IsString()
  @MaxLength(4000)
  grounds!: string;

  @ApiPropertyOptional({ example: false, description: 'Người này là cán bộ dân cử (được áp dụng hình thức bãi nhiệm). Mặc định: không.' })
  @IsOptional()
  @IsBoolean()
  electedCadre?: boolean;
}

export class StartCaseReviewDto extends CaseStepDto {
  @ApiPropertyOptional({ example: 'Chuyển Hội đồng kỷ luật xem xét theo Quyết định số 45/QĐ-SNV.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}

class DecisionSignerDto {
  @ApiProperty({ example: 'Trần Văn An' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @SafeText()
  name!: string;

  @ApiProperty({ example: 'Chủ tịch UBND thành phố' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @SafeText()
  title!: string;
}

class DecisionDocumentDto {
  @ApiProperty({ example: '125/QĐ-UBND' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @SafeText()
  number!: string;

  @ApiProperty({ example: '2026-04-15', description: 'Ngày ký quyết định' })
  @IsLocalDate()
  @IsISO8601({ strict: true })
  date!: string;

  @ApiProperty({ type: DecisionSignerDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => DecisionSignerDto)
  signer!: DecisionSignerDto;
}

export class DecideCaseDto extends CaseStepDto {
  @ApiProperty({
    enum: DISCIPLINE_FORMS,
    example: 'khien_trach',
    description: 'Hình thức kỷ luật quyết định (có thể khác hình thức đề nghị)',
  })
  @IsIn(DISCIPLINE_FORMS)
  form!: string;

  @ApiProperty({ type: DecisionDocumentDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => DecisionDocumentDto)
  document!: DecisionDocumentDto;

  @ApiPropertyOptional({
    example: false,
    description: 'Xác nhận đã xem xét việc hành vi đã hết thời hiệu; bắt buộc khi có cảnh báo hết thời hiệu',
  })
  @IsOptional()
  @IsBoolean()
  limitationAcknowledged?: boolean;
}

export class WithdrawCaseDto extends CaseStepDto {
  @ApiProperty({
    example: 'Thanh tra đã sửa đổi kết luận; không còn căn cứ đề nghị kỷ luật.',
    description: 'Lý do rút đề nghị (15–4000 ký tự)',
  })
  @IsString()
  @MaxLength(4000)
  reason!: string;
}

export class ExtendCaseHandlingDto extends CaseStepDto {
  @ApiProperty({
    example: 150,
    minimum: HANDLING_LIMIT_DAYS + 1,
    maximum: HANDLING_MAX_DAYS,
    description: 'Thời hạn xử lý kỷ luật mới, tính bằng ngày kể từ ngày bắt đầu (tối đa 150 ngày, Nghị định 172/2025/NĐ-CP)',
  })
  @IsInt()
  @Min(1)
  @Max(1000)
  limitDays!: number;

  @ApiProperty({
    example: 'Vụ việc có tình tiết phức tạp, cần thanh tra, kiểm tra để xác minh làm rõ thêm.',
    description: 'Lý do gia hạn (15–4000 ký tự)',
  })
  @IsString()
  @MaxLength(4000)
  reason!: string;
}
