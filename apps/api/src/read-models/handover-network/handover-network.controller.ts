import { BadRequestException, Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { HandoverNetworkQuery, OrganisationNames, type HandoverNetworkView } from '@lib/read-models/task-custody';
import { CurrentPrincipal } from '../../auth/auth.decorators';
import type { Principal } from '../../auth/principal';
import { CLOCK, type Clock } from '../../clock/clock';
import { unitListOf } from '../../jurisdiction/jurisdiction';
import { JurisdictionService } from '../../jurisdiction/jurisdiction.service';
import { problem } from '../../http/problem-details.filter';
import { OrganisationReadModel } from '../../org/organisation.read-model';
import { READ_MODELS_API_TAG } from '../read-models.api';
import { parseInstantParam } from '../task-summary/task-list.params';
import { ApiJsonOk, ApiRoutesDocumented } from '../../http/api-docs.decorators';
import { HANDOVER_NETWORK_SCHEMA } from './handover-network.schema';

@ApiTags(READ_MODELS_API_TAG)
@ApiBearerAuth()
@ApiRoutesDocumented()
@Controller()
export class HandoverNetworkController {
  constructor(
    private readonly query: HandoverNetworkQuery,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly jurisdiction: JurisdictionService,
    private readonly organisation: OrganisationReadModel,
  ) {}

  @Get('handover-network')
  @ApiJsonOk(HANDOVER_NETWORK_SCHEMA, 'Mạng chuyển giao giữa các đơn vị trong kỳ.')
  @ApiOperation({
    operationId: 'TaskCustodyController_network',
    summary: 'Mạng lưới chuyển giao nhiệm vụ giữa đơn vị hoặc cá nhân: số lần và thời gian chờ (ngày làm việc)',
  })
  @ApiQuery({ name: 'level', required: false, enum: ['unit', 'person'] })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'asOf', required: false })
  @ApiQuery({
    name: 'giver',
    required: false,
    description: 'Nút giao của một cung (cùng với receiver): liệt kê các nhiệm vụ đã chuyển theo cung đó',
  })
  @ApiQuery({ name: 'receiver', required: false, description: 'Nút nhận của một cung (cùng với giver)' })
  async network(
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<HandoverNetworkView & { level: string; from: string | null; to: string | null; asOf: string }> {
    const level = query['level'] ?? 'unit';
    if (level !== 'unit' && level !== 'person') {
      throw new BadRequestException(
        problem('validation-failed', 'Validation failed', 400, 'Tham số level phải là unit hoặc person.', {
          errors: [{ field: 'level', reason: 'phải là unit hoặc person' }],
        }),
      );
    }
    const from = parseInstantParam('from', query['from']);
    const to = parseInstantParam('to', query['to'], true);
    const asOf = parseInstantParam('asOf', query['asOf']) ?? this.clock.now().toISOString();
    const arc = arcParam(query['giver'], query['receiver']);
    const view = await this.query.view(
      level,
      { from, to },
      asOf,
      unitListOf(this.jurisdiction.of(principal)),
      new OrganisationNames(this.organisation.current),
      arc,
    );
    return { level, from, to, asOf, ...view };
  }
}

/** `giver` and `receiver` come together (one arc) or not at all. */
function arcParam(giver: unknown, receiver: unknown): { giver: string; receiver: string } | null {
  const given = (value: unknown) => typeof value === 'string' && value.length > 0 && value.length <= 200;
  if (giver === undefined && receiver === undefined) return null;
  if (given(giver) && given(receiver)) return { giver: giver as string, receiver: receiver as string };
  const field = given(giver) ? 'receiver' : 'giver';
  throw new BadRequestException(
    problem('validation-failed', 'Validation failed', 400, `Tham số ${field} không hợp lệ: giver và receiver phải đi cùng nhau.`, {
      errors: [{ field, reason: 'giver và receiver phải đi cùng nhau' }],
    }),
  );
}
