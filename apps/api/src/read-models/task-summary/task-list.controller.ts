import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../auth/auth.decorators';
import type { Principal } from '../../auth/principal';
import { CLOCK, type Clock } from '../../clock/clock';
import { unitListOf } from '../../jurisdiction/jurisdiction';
import { JurisdictionService } from '../../jurisdiction/jurisdiction.service';
import { READ_MODELS_API_TAG } from '../read-models.api';
import { TASK_STATUSES } from '@lib/domain/custody';
import { TaskListQuery, type TaskListPage } from '@lib/read-models/task-custody';
import { parseTaskListFilter } from './task-list.params';
import { ApiJsonOk, ApiRoutesDocumented } from '../../http/api-docs.decorators';
import { TaskListPageDto } from './task-list.dto';

@ApiTags(READ_MODELS_API_TAG)
@ApiBearerAuth()
@ApiRoutesDocumented()
@Controller()
export class TaskListController {
  constructor(
    private readonly query: TaskListQuery,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly jurisdiction: JurisdictionService,
  ) {}

  @Get('tasks')
  @ApiJsonOk(TaskListPageDto, 'Một trang nhiệm vụ, kèm tên đơn vị, người và nhãn lĩnh vực.')
  @ApiOperation({
    operationId: 'TaskCustodyController_list',
    summary:
      'Danh sách nhiệm vụ: tìm theo tên, lọc theo đơn vị, người, tình trạng, lĩnh vực, quá hạn, thời gian giao; phân trang bằng con trỏ',
  })
  @ApiQuery({
    name: 'q',
    required: false,
    description:
      'Tìm theo tên nhiệm vụ, số hiệu văn bản giao hoặc phần đầu mã nhiệm vụ, không phân biệt hoa thường và dấu (“xay dung” tìm ra “Xây dựng”, đ đọc như d); mọi từ đều phải có, theo thứ tự bất kỳ. Từ 1 đến 200 ký tự.',
    example: 'xay dung',
  })
  @ApiQuery({
    name: 'unit',
    required: false,
    description: 'Mã đơn vị: nhiệm vụ mà đơn vị này đã từng giữ hoặc xử lý.',
    example: 'so-xay-dung',
  })
  @ApiQuery({ name: 'person', required: false, type: String, description: 'Mã người: nhiệm vụ mà người này đã từng giữ hoặc xử lý.' })
  @ApiQuery({ name: 'status', required: false, enum: TASK_STATUSES, description: 'Tình trạng tính đến thời điểm asOf.' })
  @ApiQuery({
    name: 'category',
    required: false,
    type: String,
    description: 'Mã lĩnh vực (ví dụ construction, land).',
    example: 'construction',
  })
  @ApiQuery({
    name: 'overdue',
    required: false,
    enum: ['true', 'false'],
    description: 'true: chỉ nhiệm vụ còn mở và đã quá hạn tại thời điểm asOf.',
  })
  @ApiQuery({
    name: 'from',
    required: false,
    description: 'Giao từ ngày (YYYY-MM-DD, giờ Việt Nam) hoặc thời điểm ISO 8601.',
    example: '2026-03-01',
  })
  @ApiQuery({
    name: 'to',
    required: false,
    description: 'Giao đến hết ngày (YYYY-MM-DD, giờ Việt Nam) hoặc trước thời điểm ISO 8601.',
    example: '2026-03-31',
  })
  @ApiQuery({
    name: 'limit',
    required: false,
    type: Number,
    minimum: 1,
    maximum: 200,
    description: 'Số nhiệm vụ mỗi trang, từ 1 đến 200; mặc định 50.',
  })
  @ApiQuery({ name: 'cursor', required: false, type: String, description: 'Con trỏ trang tiếp theo (nextCursor của trang trước).' })
  @ApiQuery({
    name: 'asOf',
    required: false,
    description: 'Tính tình trạng đến thời điểm này (ngày hoặc thời điểm ISO 8601); mặc định là bây giờ.',
  })
  list(@Query() query: Record<string, unknown>, @CurrentPrincipal() principal: Principal): Promise<TaskListPage> {
    return this.query.list(parseTaskListFilter(query, this.clock.now().toISOString(), unitListOf(this.jurisdiction.of(principal))));
  }
}
