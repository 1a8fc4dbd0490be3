import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { custodyView, OrganisationNames, TaskAsOfReader } from '@lib/read-models/task-custody';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../auth/auth.decorators';
import type { Principal } from '../../auth/principal';
import { CLOCK, type Clock } from '../../clock/clock';
import { JurisdictionService } from '../../jurisdiction/jurisdiction.service';
import { OrganisationReadModel } from '../../org/organisation.read-model';
import { TaskIdPipe } from '../../tasks/task-id.pipe';
import { READ_MODELS_API_TAG } from '../read-models.api';
import { parseInstantParam } from '../task-summary/task-list.params';
import { ApiJsonOk, ApiRoutesDocumented } from '../../http/api-docs.decorators';
import { CustodyViewDto } from './custody.dto';

@ApiTags(READ_MODELS_API_TAG)
@ApiBearerAuth()
@ApiRoutesDocumented()
@Controller()
export class CustodyViewController {
  constructor(
    private readonly reader: TaskAsOfReader,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly jurisdiction: JurisdictionService,
    private readonly organisation: OrganisationReadModel,
  ) {}

  @Get('tasks/:taskId/custody')
  @ApiJsonOk(CustodyViewDto, 'Phiếu kiểm soát quá trình: khoảng giữ, chuyển giao, hạn; tên như vào ngày chuyển giao.')
  @ApiOperation({
    operationId: 'TaskCustodyController_custody',
    summary: 'Quá trình giữ nhiệm vụ: từng khoảng giữ, số ngày làm việc giữ và quá hạn, tình trạng và chỉ số chuyển giao',
  })
  @ApiQuery({ name: 'asOf', required: false })
  async custody(
    @Param('taskId', TaskIdPipe) taskId: string,
    @CurrentPrincipal() principal: Principal,
    @Query('asOf') asOf?: string,
  ): Promise<unknown> {
    const at = parseInstantParam('asOf', asOf) ?? this.clock.now().toISOString();
    await this.jurisdiction.assertTaskVisible(principal, taskId);
    return custodyView(await this.reader.assignedTask(taskId, at), new OrganisationNames(this.organisation.current));
  }
}
