import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { FindingsQuery, type FindingDetail, type FindingPage } from '@lib/read-models/findings';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import { unitListOf } from '../jurisdiction/jurisdiction';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { UuidParamPipe } from '../tasks/task-id.pipe';
import { FindingReviewService, type ReviewResult } from './finding-review.service';
import { parseFindingFilter } from './findings.params';
import { ReviewFindingDto } from './review-finding.dto';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';
import { ReviewResultDto } from '../http/command-result.dto';
import { FindingDetailDto, FindingPageDto } from './finding.dto';

const FindingIdPipe = new UuidParamPipe('findingId');
/** Who reads findings until jurisdictions narrow it (issue 7): the supervising roles, not every official. */
const FINDING_READER_ROLES = ['inspector', 'home_affairs', 'office_chief', 'unit_head', 'admin'] as const;

@ApiTags('Phát hiện vi phạm và kết luận của thanh tra (findings)')
@ApiBearerAuth()
@ApiRoutesDocumented()
@Controller('findings')
export class FindingsController {
  constructor(
    private readonly query: FindingsQuery,
    private readonly reviews: FindingReviewService,
    private readonly jurisdiction: JurisdictionService,
  ) {}

  @Get()
  @ApiJsonOk(FindingPageDto, 'Một trang phát hiện, mới nhất trước; tên như vào ngày của phát hiện.')
  @Roles(...FINDING_READER_ROLES)
  @ApiOperation({
    summary:
      'Danh sách phát hiện, mới nhất trước: lọc theo quy tắc, đơn vị, người, nhiệm vụ, trạng thái, thời gian; phân trang bằng con trỏ',
  })
  @ApiQuery({ name: 'rule', required: false, example: 'OWN_WORK_TRANSFERRED' })
  @ApiQuery({ name: 'unit', required: false, example: 'so-xay-dung' })
  @ApiQuery({ name: 'person', required: false, example: 'le-van-cuong' })
  @ApiQuery({ name: 'task', required: false })
  @ApiQuery({ name: 'status', required: false, enum: ['open', 'confirmed', 'dismissed', 'superseded'] })
  @ApiQuery({ name: 'from', required: false, example: '2026-01-01' })
  @ApiQuery({ name: 'to', required: false, example: '2026-12-31' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  list(@Query() query: Record<string, unknown>, @CurrentPrincipal() principal: Principal): Promise<FindingPage> {
    return this.query.list(parseFindingFilter(query, unitListOf(this.jurisdiction.of(principal))));
  }

  @Get(':findingId')
  @ApiJsonOk(FindingDetailDto, 'Phát hiện: giải thích, căn cứ, tham số, chứng cứ, lịch sử kết luận.')
  @Roles(...FINDING_READER_ROLES)
  @ApiOperation({
    summary: 'Một phát hiện: các sự kiện làm chứng cứ, diễn giải, căn cứ, tham số quy tắc, phần trách nhiệm và các kết luận',
  })
  async detail(@Param('findingId', FindingIdPipe) findingId: string, @CurrentPrincipal() principal: Principal): Promise<FindingDetail> {
    await this.assertVisible(principal, findingId);
    return this.query.detail(findingId);
  }

  /** A finding is read (and judged) only by those whose jurisdiction its task touched. */
  private async assertVisible(principal: Principal, findingId: string): Promise<void> {
    const row = await this.query.row(findingId);
    await this.jurisdiction.assertTaskVisible(principal, row.taskId);
  }

  @Post(':findingId/confirmation')
  @ApiJsonOk(ReviewResultDto, 'Đã ghi kết luận.', { status: 201 })
  @HttpCode(201)
  @Roles('inspector')
  @ApiOperation({ summary: 'Thanh tra xác nhận phát hiện, có ghi lý do (FindingConfirmed)' })
  async confirm(
    @Param('findingId', FindingIdPipe) findingId: string,
    @Body() body: ReviewFindingDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<ReviewResult> {
    await this.assertVisible(principal, findingId);
    return this.reviews.review('ConfirmFinding', findingId, principal, body, request);
  }

  @Post(':findingId/dismissal')
  @ApiJsonOk(ReviewResultDto, 'Đã ghi kết luận.', { status: 201 })
  @HttpCode(201)
  @Roles('inspector')
  @ApiOperation({ summary: 'Thanh tra bác bỏ phát hiện, có ghi lý do; phát hiện vẫn hiển thị kèm lý do (FindingDismissed)' })
  async dismiss(
    @Param('findingId', FindingIdPipe) findingId: string,
    @Body() body: ReviewFindingDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<ReviewResult> {
    await this.assertVisible(principal, findingId);
    return this.reviews.review('DismissFinding', findingId, principal, body, request);
  }
}
