import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ResponsibilityQuery, type Responsibility } from '@lib/read-models/findings';
import { TaskAsOfReader } from '@lib/read-models/task-custody';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../auth/auth.decorators';
import type { Principal } from '../../auth/principal';
import { CLOCK, type Clock } from '../../clock/clock';
import { JurisdictionService } from '../../jurisdiction/jurisdiction.service';
import { TaskIdPipe } from '../../tasks/task-id.pipe';
import { READ_MODELS_API_TAG } from '../read-models.api';
import { parseInstantParam } from '../task-summary/task-list.params';
import { ApiJsonOk, ApiRoutesDocumented } from '../../http/api-docs.decorators';
import { ResponsibilityDto } from './responsibility.dto';

@ApiTags(READ_MODELS_API_TAG)
@ApiBearerAuth()
@ApiRoutesDocumented()
@Controller()
export class ResponsibilityController {
  constructor(
    private readonly reader: TaskAsOfReader,
    private readonly query: ResponsibilityQuery,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly jurisdiction: JurisdictionService,
  ) {}

  @Get('tasks/:taskId/responsibility')
  @ApiJsonOk(ResponsibilityDto, 'Trách nhiệm cá nhân và của người đứng đầu, tách riêng.')
  @ApiOperation({
    operationId: 'TaskCustodyController_responsibility',
    summary: 'Trách nhiệm về việc chậm: trách nhiệm cá nhân và trách nhiệm của người đứng đầu, tách riêng, kèm giải thích và căn cứ',
  })
  @ApiQuery({ name: 'asOf', required: false })
  async responsibility(
    @Param('taskId', TaskIdPipe) taskId: string,
    @CurrentPrincipal() principal: Principal,
    @Query('asOf') asOf?: string,
  ): Promise<Responsibility> {
    const at = parseInstantParam('asOf', asOf) ?? this.clock.now().toISOString();
    await this.jurisdiction.assertTaskVisible(principal, taskId);
    return this.query.responsibility(await this.reader.assignedTask(taskId, at), at);
  }
}
