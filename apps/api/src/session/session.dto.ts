import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { withReason } from '../http/validation-reasons';

export class DemoSignInDto {
  @ApiProperty({ example: 'vu-thu-ha', description: 'Mã người trong danh sách GET /session/demo-people.' })
  @IsString()
  @MaxLength(200)
  @Matches(/^[a-z0-9][a-z0-9-]*$/, withReason('chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang'))
  personId!: string;
}

export class SessionPrincipalDto {
  @ApiProperty({ example: 'vu-thu-ha' }) personId!: string;
  @ApiProperty({ example: 'Vũ Thu Hà', description: 'Họ tên như tổ chức ghi nhận.' }) name!: string;
  @ApiProperty({ example: 'thanh-tra-tp' }) unitId!: string;
  @ApiProperty({ example: 'Thanh tra thành phố', description: 'Tên đơn vị hôm nay.' }) unitName!: string;
  @ApiProperty({ enum: ['head', 'deputy', 'staff', 'clerk'], nullable: true, type: String, example: 'staff' }) position!: string | null;
  @ApiProperty({ type: [String], example: ['inspector'] }) roles!: string[];
  @ApiProperty({ type: [String], example: ['Thanh tra viên'], description: 'Tên tiếng Việt của từng vai trò, cùng thứ tự.' })
  roleLabels!: string[];
}

export class SessionDto {
  @ApiProperty({ type: SessionPrincipalDto }) principal!: SessionPrincipalDto;
  @ApiProperty({
    description: 'Gửi lại trong tiêu đề X-CSRF-Token với mọi yêu cầu không phải GET/HEAD/OPTIONS xác thực bằng cookie phiên.',
    example: 'f1TgQ0lH9cC2Zq4v1cD8m9dYQ1f4m0c2YhY9Jr3kq5w',
  })
  csrfToken!: string;
  @ApiProperty({
    format: 'date-time',
    description: 'Phiên hết hạn lúc này nếu không có yêu cầu nào trước đó (hết thời gian chờ, hoặc thời hạn tuyệt đối nếu sớm hơn).',
  })
  expiresAt!: string;
}

export class SessionOptionsDto {
  @ApiProperty({ description: 'Trang đăng nhập được liệt kê người dùng thử (GET /session/demo-people).' }) demo!: boolean;
  @ApiProperty({ description: 'Có đăng nhập qua nhà cung cấp định danh (GET /session/oidc/login).' }) oidc!: boolean;
}

export class DemoPersonDto {
  @ApiProperty({ example: 'vu-thu-ha' }) personId!: string;
  @ApiProperty({ example: 'Vũ Thu Hà' }) name!: string;
  @ApiProperty({ example: 'thanh-tra-tp' }) unitId!: string;
  @ApiProperty({ example: 'Thanh tra thành phố' }) unitName!: string;
  @ApiProperty({ type: [String], example: ['inspector'] }) roles!: string[];
  @ApiProperty({ example: 'Thanh tra viên' }) roleLabel!: string;
}

export class DemoPeopleDto {
  @ApiProperty({ type: [DemoPersonDto] }) people!: DemoPersonDto[];
}

/** RFC 7807 problem document, as every error of the API. */
export class SessionProblemDto {
  @ApiProperty({ example: '/problems/unauthorized' }) type!: string;
  @ApiProperty({ example: 'Unauthorized' }) title!: string;
  @ApiProperty({ example: 401 }) status!: number;
  @ApiPropertyOptional({ example: 'Chưa đăng nhập, hoặc phiên đăng nhập đã hết hạn.' }) detail?: string;
  @ApiPropertyOptional({ example: '/session' }) instance?: string;
}
