import { BadRequestException, Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { HandoverArc } from '@lib/domain/custody';
import { HandoverNetworkQuery } from '@lib/read-models/task-custody';
import { CurrentPrincipal } from '../../auth/auth.decorators';
import type { Principal } from '../../auth/principal';
import { CLOCK, type Clock } from '../../clock/clock';
import { unitListOf } from '../../jurisdiction/jurisdiction';
import { JurisdictionService } from '../../jurisdiction/jurisdiction.service';
import { problem } from '../../http/problem-details.filter';
import { READ_MODELS_API_TAG } from '../read-models.api';
import { parseInstantParam } from '../task-summary/task-list.params';
import { ApiJsonOk, ApiRoutesDocumented } from '../../http/api-docs.decorators';

@ApiTags(READ_MODELS_API_TAG)
@ApiBearerAuth()
@ApiRoutesDocumented()
@Controller()
export class HandoverNetworkController {
  constructor(
    private readonly query: HandoverNetworkQuery,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly jurisdiction: JurisdictionService,
  ) {}

  @Get('handover-network')
  @ApiJsonOk(
    {
      type: 'object',
      properties: {
        level: { type: 'string', enum: ['unit', 'person'] },
        asOf: { type: 'string', format: 'date-time' },
        edges: { type: 'array', items: { type: 'object', additionalProperties: true } },
      },
      additionalProperties: true,
    },
    'Mạng chuyển giao giữa các đơn vị trong kỳ.',
  )
  @ApiOperation({
    operationId: 'TaskCustodyController_network',
    summary: 'Mạng lưới chuyển giao nhiệm vụ giữa đơn vị hoặc cá nhân: số lần và thời gian chờ (ngày làm việc)',
  })
  @ApiQuery({ name: 'level', required: false, enum: ['unit', 'person'] })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'asOf', required: false })
  async network(
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<{
    level: string;
    from: string | null;
    to: string | null;
    asOf: string;
    edges: Array<HandoverArc & { averageWaitWorkingDays: number }>;
  }> {
    const level = query['level'] ?? 'unit';
    if (level !== 'unit' && level !== 'person') {
      throw new BadRequestException(
        problem('validation-failed', 'Validation failed', 400, 'Tham số level phải là unit hoặc person.', {
          errors: [{ field: 'level', reason: 'must be unit or person' }],
        }),
      );
    }
    const from = parseInstantParam('from', query['from']);
    const to = parseInstantParam('to', query['to'], true);
    const asOf = parseInstantParam('asOf', query['asOf']) ?? this.clock.now().toISOString();
    const arcs = await this.query.network(level, { from, to }, asOf, unitListOf(this.jurisdiction.of(principal)));
    return {
      level,
      from,
      to,
      asOf,
      edges: arcs.map((arc) => ({ ...arc, averageWaitWorkingDays: Math.round((arc.totalWaitWorkingDays / arc.count) * 100) / 100 })),
    };
  }
}
