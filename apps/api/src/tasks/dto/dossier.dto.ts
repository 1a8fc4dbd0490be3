import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsISO8601, IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CommandBodyDto, PersonInUnitDto } from './command-body.dto';

export class RequestSupplementDto extends CommandBodyDto {
  @ApiProperty({ example: 'Bổ sung bản sao giấy chứng nhận quyền sử dụng đất có chứng thực' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  content!: string;

  @ApiProperty({ example: 'thẩm định', description: 'Bước xử lý yêu cầu bổ sung' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  stage!: string;

  @ApiProperty({ example: 'Khoản 1 Điều 41 Nghị định 175/2024/NĐ-CP' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  legalBasis!: string;

  @ApiProperty({ type: PersonInUnitDto, description: 'Người phê duyệt yêu cầu bổ sung' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonInUnitDto)
  approvedBy!: PersonInUnitDto;
}

/** The applicant's complete supplement (a partial one is not recorded here: the request stays open). */
export class ReceiveSupplementDto extends CommandBodyDto {
  @ApiProperty({ example: 'Đã nhận bản vẽ mặt bằng móng có chữ ký của chủ đầu tư', description: 'Những gì người nộp đã bổ sung' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  content!: string;
}

export class IssueAppointmentDto extends CommandBodyDto {
  @ApiProperty({ example: '2026-03-20T16:30:00+07:00', description: 'Ngày hẹn trả kết quả' })
  @IsISO8601({ strict: true, strictSeparator: true })
  returnBy!: string;
}

export class ReturnResultDto extends CommandBodyDto {
  @ApiProperty({ example: 'Đã trả giấy phép xây dựng số 120/GPXD cho công dân' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  result!: string;
}

export class IssueApologyDto extends CommandBodyDto {
  @ApiProperty({ example: 'Hồ sơ phải lấy thêm ý kiến cơ quan quản lý đê điều' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason!: string;

  @ApiProperty({ example: '2026-03-27T16:30:00+07:00', description: 'Ngày hẹn mới' })
  @IsISO8601({ strict: true, strictSeparator: true })
  newReturnBy!: string;
}
