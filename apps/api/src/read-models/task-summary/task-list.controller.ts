import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../auth/auth.decorators';
import type { Principal } from '../../auth/principal';
import { CLOCK, type Clock } from '../../clock/clock';
import { unitListOf } from '../../jurisdiction/jurisdiction';
import { JurisdictionService } from '../../jurisdiction/jurisdiction.service';
import { READ_MODELS_API_TAG } from '../read-models.api';
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
    summary: 'Danh sách nhiệm vụ: lọc theo đơn vị, người, tình trạng, lĩnh vực, quá hạn, thời gian giao; phân trang bằng con trỏ',
  })
  @ApiQuery({ name: 'unit', required: false })
  @ApiQuery({ name: 'person', required: false })
  @ApiQuery({ name: 'status', required: false })
  @ApiQuery({ name: 'category', required: false })
  @ApiQuery({ name: 'overdue', required: false })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'asOf', required: false })
  list(@Query() query: Record<string, unknown>, @CurrentPrincipal() principal: Principal): Promise<TaskListPage> {
    return this.query.list(parseTaskListFilter(query, this.clock.now().toISOString(), unitListOf(this.jurisdiction.of(principal))));
  }
}
