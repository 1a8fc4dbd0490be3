import {
  BadRequestException,
  Controller,
  HttpCode,
  Post,
  Query,
  Req,
  UnprocessableEntityException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { problem } from '../http/problem-details.filter';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import { orgTraceOf } from './org-command.service';
import { OrgImportQueryDto } from './org-import-query.dto';
import { OrgImportService, orgImportOrigin, type OrgImportOutcome, type OrgImportRequest } from './org-import.service';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';

const CSV_EXAMPLE = [
  'record,unit_id,name,kind,parent_unit_id,category,person_id,full_name,official_code,position,valid_from,valid_to',
  'unit,phong-noi-vu-hai-chau,Phòng Nội vụ,Nội vụ,ubnd-quan-hai-chau,,,,,,2021-03-01,',
  'mandate,phong-noi-vu-hai-chau,,,,home_affairs,,,,,2021-03-01,',
  'person,,,,,,ho-thi-lan,Hồ Thị Lan,DN-0100,,,',
  'appointment,phong-noi-vu-hai-chau,,,,,ho-thi-lan,,,Trưởng phòng,2021-03-01,',
].join('\n');

@ApiTags('Tổ chức bộ máy (organisation)')
@ApiBearerAuth()
@ApiRoutesDocumented()
@Controller('org')
@Roles('admin')
export class OrgImportController {
  constructor(private readonly imports: OrgImportService) {}

  @Post('imports')
  @ApiJsonOk({ type: 'object', additionalProperties: true }, 'Báo cáo nhập từng dòng (số dòng, cột, lý do) và các sự kiện đã ghi.')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Nhập tổ chức bộ máy từ tệp CSV hoặc JSON (đơn vị, lĩnh vực, cán bộ, bổ nhiệm)',
    description:
      'Trả về báo cáo từng dòng (số dòng, cột, lý do). Nhập lại cùng một tệp không ghi thêm gì. ' +
      'all_or_nothing: có dòng sai thì trả 422 và không ghi gì; good_rows_only: ghi các dòng hợp lệ. dryRun=true: chỉ kiểm tra.',
  })
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody({ schema: { type: 'string', example: CSV_EXAMPLE } })
  async import(
    @Query() query: OrgImportQueryDto,
    @Req() request: CommandRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrgImportOutcome> {
    const trace = orgTraceOf(principal, request);
    const outcome = await this.imports.run(
      { ...fileOf(request), mode: query.mode ?? 'all_or_nothing', dryRun: query.dryRun === 'true' },
      { ...trace, roles: principal.roles, import: orgImportOrigin('org-import', trace.commandId) },
    );
    if (!outcome.accepted) throw rejected(outcome);
    return outcome;
  }
}

function fileOf(request: CommandRequest): Pick<OrgImportRequest, 'format' | 'content'> {
  if (request.is('text/csv')) {
    if (typeof request.body !== 'string' || request.body.length === 0) throw emptyFile();
    return { format: 'csv', content: request.body };
  }
  if (request.is(['application/json', 'application/*+json'])) {
    if (request.body === undefined || request.body === null) throw emptyFile();
    return { format: 'json', content: JSON.stringify(request.body) };
  }
  throw new UnsupportedMediaTypeException(
    problem('unsupported-media-type', 'Unsupported media type', 415, 'Tệp nhập phải là text/csv (UTF-8) hoặc application/json.'),
  );
}

function emptyFile(): BadRequestException {
  return new BadRequestException(
    problem('validation-failed', 'Validation failed', 400, 'Chưa gửi nội dung tệp.', {
      errors: [{ field: 'body', reason: 'chưa gửi nội dung tệp' }],
    }),
  );
}

function rejected(outcome: OrgImportOutcome): UnprocessableEntityException {
  const fileIssue = outcome.issues.find((issue) => issue.index === 0);
  const badRows = new Set(outcome.issues.map((issue) => issue.index)).size;
  const detail = fileIssue
    ? `Không đọc được tệp: ${fileIssue.reason} Không có thay đổi nào được ghi.`
    : `Tệp có ${badRows} dòng không hợp lệ; không có thay đổi nào được ghi.`;
  return new UnprocessableEntityException(
    problem('org-import-rejected', 'Import rejected', 422, detail, { rule: 'ORG_IMPORT_REJECTED', ...outcome }),
  );
}
