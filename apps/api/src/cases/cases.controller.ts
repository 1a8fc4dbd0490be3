import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CasesQuery, type CaseDetail, type CaseSummary } from '@lib/read-models/cases';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import { unitListOf } from '../jurisdiction/jurisdiction';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { UuidParamPipe } from '../tasks/task-id.pipe';
import { DecideCaseDto, ExtendCaseHandlingDto, ProposeCaseDto, StartCaseReviewDto, WithdrawCaseDto } from './case.dto';
import { CaseCommandService, type CaseCommandResult } from './case-command.service';
import { CASE_STATUSES, parseCaseFilter, parseCaseOptionsQuery } from './cases.params';
import { CaseOptionsService, type CaseOptions } from './case-options.service';
import { EvidenceBundleService, type EvidenceBundle } from './evidence-bundle.service';
import { caseForReaderOrSubject, CASE_READER_ROLES } from './visible-case';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';
import { CaseCommandResultDto } from '../http/command-result.dto';
import { CASE_DETAIL_SCHEMA, CASE_LIST_SCHEMA, CASE_OPTIONS_SCHEMA } from './case-bodies.schema';
import { EVIDENCE_BUNDLE_MODELS, EVIDENCE_BUNDLE_SCHEMA } from './evidence-bundle.schema';

const CaseIdPipe = new UuidParamPipe('caseId');

@ApiTags('Hồ sơ xử lý kỷ luật (disciplinary cases)')
@ApiBearerAuth()
@ApiRoutesDocumented()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly commands: CaseCommandService,
    private readonly query: CasesQuery,
    private readonly bundles: EvidenceBundleService,
    private readonly jurisdiction: JurisdictionService,
    private readonly proposalOptions: CaseOptionsService,
  ) {}

  @Post()
  @ApiJsonOk(CaseCommandResultDto, 'Đã ghi bước xử lý hồ sơ.', { status: 201 })
  @HttpCode(201)
  @Roles('home_affairs')
  @ApiOperation({
    summary:
      'Nội vụ đề nghị xem xét kỷ luật một người, viện dẫn các phát hiện đã được xác nhận (DisciplinaryCaseProposed); cảnh báo nếu hết thời hiệu',
  })
  async propose(
    @Body() body: ProposeCaseDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseCommandResult> {
    const result = await this.commands.propose(principal, body, request);
    response.setHeader('Location', `/cases/${result.caseId}`);
    return result;
  }

  @Post(':caseId/review')
  @ApiJsonOk(CaseCommandResultDto, 'Đã ghi bước xử lý hồ sơ.', { status: 201 })
  @HttpCode(201)
  @Roles('home_affairs')
  @ApiOperation({ summary: 'Đưa hồ sơ ra xem xét (DisciplinaryCaseReviewStarted)' })
  review(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: StartCaseReviewDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<CaseCommandResult> {
    return this.commands.startReview(caseId, principal, body, request);
  }

  @Post(':caseId/decision')
  @ApiJsonOk(CaseCommandResultDto, 'Đã ghi bước xử lý hồ sơ.', { status: 201 })
  @HttpCode(201)
  @Roles('home_affairs')
  @ApiOperation({ summary: 'Ghi nhận quyết định kỷ luật: hình thức và văn bản quyết định (DisciplinaryCaseDecided)' })
  decide(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: DecideCaseDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<CaseCommandResult> {
    return this.commands.decide(caseId, principal, body, request);
  }

  @Post(':caseId/withdrawal')
  @ApiJsonOk(CaseCommandResultDto, 'Đã ghi bước xử lý hồ sơ.', { status: 201 })
  @HttpCode(201)
  @Roles('home_affairs')
  @ApiOperation({ summary: 'Rút đề nghị kỷ luật, có ghi lý do (DisciplinaryCaseWithdrawn)' })
  withdraw(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: WithdrawCaseDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<CaseCommandResult> {
    return this.commands.withdraw(caseId, principal, body, request);
  }

  @Post(':caseId/extension')
  @ApiJsonOk(CaseCommandResultDto, 'Đã ghi bước xử lý hồ sơ.', { status: 201 })
  @HttpCode(201)
  @Roles('home_affairs')
  @ApiOperation({
    summary: 'Kéo dài thời hạn xử lý kỷ luật của vụ việc phức tạp, tối đa 150 ngày, có ghi lý do (DisciplinaryCaseHandlingExtended)',
  })
  extend(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: ExtendCaseHandlingDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<CaseCommandResult> {
    return this.commands.extendHandling(caseId, principal, body, request);
  }

  @Get()
  @ApiJsonOk(CASE_LIST_SCHEMA, 'Danh sách hồ sơ kỷ luật trong phạm vi người đọc.')
  @Roles(...CASE_READER_ROLES)
  @ApiOperation({ summary: 'Danh sách hồ sơ kỷ luật trong phạm vi quản lý, mới nhất trước: lọc theo người, đơn vị, trạng thái' })
  @ApiQuery({ name: 'person', required: false, example: 'le-van-cuong' })
  @ApiQuery({ name: 'unit', required: false, example: 'so-xay-dung' })
  @ApiQuery({ name: 'status', required: false, enum: CASE_STATUSES })
  @ApiQuery({ name: 'limit', required: false })
  list(@Query() query: Record<string, unknown>, @CurrentPrincipal() principal: Principal): Promise<{ items: CaseSummary[] }> {
    const filter = parseCaseFilter(query);
    return this.query.list({ ...filter, units: unitListOf(this.jurisdiction.of(principal)) });
  }

  // Before ':caseId', which would take "options" for a malformed case id.
  @Get('options')
  @ApiJsonOk(
    CASE_OPTIONS_SCHEMA,
    'Các hình thức kỷ luật áp dụng được cho người này vào ngày đó, và thời hiệu của các phát hiện được chọn theo từng hình thức.',
  )
  @Roles('home_affairs')
  @ApiOperation({
    summary:
      'Trước khi đề nghị: hình thức kỷ luật người này có thể bị áp dụng (cách chức chỉ với người giữ chức vụ lãnh đạo, bãi nhiệm chỉ với cán bộ dân cử) và thời hiệu của các phát hiện được chọn; không ghi gì',
  })
  @ApiQuery({ name: 'person', required: true, example: 'le-van-cuong' })
  @ApiQuery({ name: 'on', required: false, example: '2026-06-02', description: 'Ngày đề nghị (mặc định: hôm nay)' })
  @ApiQuery({ name: 'findings', required: false, description: 'Mã các phát hiện sẽ viện dẫn, cách nhau bằng dấu phẩy' })
  @ApiQuery({ name: 'electedCadre', required: false, enum: ['true', 'false'] })
  options(@Query() query: Record<string, unknown>, @CurrentPrincipal() principal: Principal): Promise<CaseOptions> {
    return this.proposalOptions.options(principal, parseCaseOptionsQuery(query));
  }

  @Get(':caseId')
  @ApiJsonOk(CASE_DETAIL_SCHEMA, 'Hồ sơ kỷ luật: các bước, phát hiện được viện dẫn, thời hạn.')
  @ApiOperation({
    summary:
      'Một hồ sơ kỷ luật: người, phát hiện viện dẫn, thời hiệu và cảnh báo, thời hạn xử lý (số ngày còn lại, cảnh báo sắp hết hoặc quá hạn), từng bước xử lý. Nội vụ, Thanh tra, quản trị đọc trong phạm vi quản lý; người bị đề nghị đọc hồ sơ của chính mình',
  })
  detail(@Param('caseId', CaseIdPipe) caseId: string, @CurrentPrincipal() principal: Principal): Promise<CaseDetail> {
    return caseForReaderOrSubject(this.query, this.jurisdiction, principal, caseId);
  }

  @Get(':caseId/evidence-bundle')
  @ApiExtraModels(...EVIDENCE_BUNDLE_MODELS)
  @ApiJsonOk(
    EVIDENCE_BUNDLE_SCHEMA,
    'Bộ chứng cứ: hồ sơ, sự kiện, phát hiện và chứng cứ, quá trình giữ và trách nhiệm của từng nhiệm vụ (tên bên cạnh mã), và phần sổ cái: checkpoint có chữ ký, mã hóa chuẩn và chứng minh thuộc cây của mọi sự kiện được viện dẫn.',
  )
  @Roles(...CASE_READER_ROLES)
  @ApiOperation({
    summary:
      'Tải về bộ chứng cứ của hồ sơ (một tệp JSON): sự kiện, phát hiện, quá trình giữ nhiệm vụ, phân định trách nhiệm, và chứng minh rằng mọi sự kiện được viện dẫn có trong sổ cái đã ký (kiểm tra không cần máy chủ: npm run verify-bundle)',
  })
  async evidenceBundle(
    @Param('caseId', CaseIdPipe) caseId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EvidenceBundle> {
    const bundle = await this.bundles.bundle(principal, caseId);
    response.setHeader('Content-Disposition', `attachment; filename="disciplinary-case-${caseId}-evidence.json"`);
    return bundle;
  }
}
