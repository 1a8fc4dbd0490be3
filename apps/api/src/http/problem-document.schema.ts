import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

class FieldReasonSchema {
  @ApiProperty({ description: 'Trường hoặc tham số sai (đường dẫn có dấu chấm, ví dụ `source.date`).', example: 'deadline.date' })
  field!: string;

  @ApiProperty({ description: 'Lý do (tiếng Việt).', example: 'phải là ngày dạng YYYY-MM-DD' })
  reason!: string;
}

/**
 * The OpenAPI schema of `ProblemDocument` (problem-document.ts): RFC 7807's members and the extensions the
 * service adds. Every error response of every route names it (`application/problem+json`).
 */
@ApiSchema({
  name: 'ProblemDocument',
  description:
    'Lỗi theo RFC 7807 (application/problem+json); `type` dẫn tới trang giải thích. Có thể kèm thành phần mở rộng ' +
    'nêu đối tượng liên quan (taskId, eventId, findingId, caseId, personId…).',
})
export class ProblemDocumentSchema {
  @ApiProperty({ description: 'Loại lỗi: đường dẫn tới trang giải thích của nó (GET /problems/{slug}).', example: '/problems/not-found' })
  type!: string;

  @ApiProperty({ description: 'Tên loại lỗi (tiếng Anh, ổn định để máy đọc).', example: 'Not found' })
  title!: string;

  @ApiProperty({ description: 'Mã trạng thái HTTP.', example: 404 })
  status!: number;

  @ApiPropertyOptional({
    description: 'Giải thích cho người đọc (tiếng Việt).',
    example: 'Không tìm thấy nhiệm vụ 7c9e6679-7425-40de-944b-e07fc1f90ae7.',
  })
  detail?: string;

  @ApiPropertyOptional({ description: 'Đường dẫn của yêu cầu gặp lỗi.', example: '/tasks/7c9e6679-7425-40de-944b-e07fc1f90ae7' })
  instance?: string;

  @ApiPropertyOptional({ description: 'Với lỗi dữ liệu (400): từng trường sai và lý do.', type: [FieldReasonSchema] })
  errors?: FieldReasonSchema[];

  @ApiPropertyOptional({ description: 'Với 403 do vai trò: các vai trò được làm việc này.', type: [String], example: ['officer', 'clerk'] })
  requiredRoles?: string[];

  @ApiPropertyOptional({
    description: 'Với 503 (và 409, 429): số giây nên chờ trước khi gửi lại; cũng có trong tiêu đề Retry-After.',
    example: 5,
  })
  retryAfterSeconds?: number;

  @ApiPropertyOptional({ description: 'Với lệnh bị quy tắc nghiệp vụ từ chối: mã quy tắc.', example: 'task-closed' })
  rule?: string;

  @ApiPropertyOptional({ description: 'Với lệnh bị từ chối: dữ liệu kèm theo quy tắc.', type: 'object', additionalProperties: true })
  context?: Record<string, unknown>;
}
