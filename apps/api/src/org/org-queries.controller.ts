import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AppointmentView, DelegationView, Leadership, UnitAsOf, UnitHistoryEntry, UnitTreeNode } from '@lib/domain/org';
import { CLOCK, type Clock } from '../clock/clock';
import { problem } from '../http/problem-details.filter';
import { AsOfQueryDto, MandateQueryDto } from './as-of-query.dto';
import { localDateOf } from '@lib/domain/calendar';
import { OrganisationReadModel } from './organisation.read-model';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';

const UNIT_REFERENCE = {
  type: 'object',
  required: ['unitId', 'name'],
  properties: { unitId: { type: 'string' }, name: { type: 'string' } },
};

@ApiTags('Tổ chức bộ máy (organisation)')
@ApiBearerAuth()
@ApiRoutesDocumented()
@Controller('org')
export class OrgQueriesController {
  constructor(
    private readonly organisation: OrganisationReadModel,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('units')
  @ApiJsonOk(
    {
      type: 'object',
      properties: { asOf: { type: 'string' }, units: { type: 'array', items: { type: 'object', additionalProperties: true } } },
      additionalProperties: true,
    },
    'Cây đơn vị tại ngày asOf.',
  )
  @ApiOperation({ summary: 'Cây đơn vị tại một ngày' })
  tree(@Query() query: AsOfQueryDto): { asOf: string; units: UnitTreeNode[] } {
    const asOf = this.dateOf(query);
    return { asOf, units: this.organisation.current.treeAt(asOf) };
  }

  @Get('units/:unitId')
  @ApiJsonOk(
    {
      type: 'object',
      properties: {
        asOf: { type: 'string' },
        unitId: { type: 'string' },
        name: { type: 'string' },
        mandates: { type: 'array', items: { type: 'string' } },
        successorChain: { type: 'array', items: { type: 'string' } },
      },
      additionalProperties: true,
    },
    'Đơn vị tại ngày asOf.',
  )
  @ApiOperation({ summary: 'Một đơn vị tại một ngày: tên, đơn vị cấp trên, lĩnh vực được giao, đơn vị kế thừa' })
  unit(
    @Param('unitId') unitId: string,
    @Query() query: AsOfQueryDto,
  ): UnitAsOf & { asOf: string; mandates: string[]; successorChain: string[] } {
    const asOf = this.dateOf(query);
    const timeline = this.organisation.current;
    const unit = timeline.unitAt(unitId, asOf);
    if (!unit) throw this.unitNotFound(unitId, asOf);
    return { asOf, ...unit, mandates: timeline.mandatesOn(unitId, asOf), successorChain: timeline.successorChain(unitId) };
  }

  @Get('units/:unitId/history')
  @ApiJsonOk(
    {
      type: 'object',
      properties: {
        unitId: { type: 'string' },
        entries: {
          type: 'array',
          items: {
            type: 'object',
            required: ['kind', 'on'],
            properties: {
              kind: { type: 'string', enum: ['established', 'renamed', 'moved', 'merged', 'absorbed', 'dissolved'] },
              on: { type: 'string' },
              name: { type: 'string' },
              previousName: { type: 'string' },
              parent: { ...UNIT_REFERENCE, nullable: true },
              previousParent: { ...UNIT_REFERENCE, nullable: true },
              successor: UNIT_REFERENCE,
              mergedUnit: UNIT_REFERENCE,
              reason: { type: 'string', nullable: true },
            },
          },
        },
      },
      required: ['unitId', 'entries'],
    },
    'Lịch sử đơn vị theo ngày hiệu lực.',
  )
  @ApiOperation({ summary: 'Lịch sử một đơn vị: thành lập, đổi tên, chuyển đơn vị cấp trên, sáp nhập, giải thể' })
  history(@Param('unitId') unitId: string): { unitId: string; entries: UnitHistoryEntry[] } {
    const entries = this.organisation.current.historyOf(unitId);
    if (!entries) {
      throw new NotFoundException(problem('not-found', 'Not found', 404, `Không tìm thấy đơn vị "${unitId}".`, { unitId }));
    }
    return { unitId, entries };
  }

  @Get('units/:unitId/staff')
  @ApiJsonOk(
    {
      type: 'object',
      properties: {
        asOf: { type: 'string' },
        unitId: { type: 'string' },
        staff: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'unitId', 'personId', 'fullName', 'from', 'to', 'ended', 'position'],
            properties: {
              id: { type: 'string' },
              unitId: { type: 'string' },
              personId: { type: 'string' },
              fullName: { type: 'string', description: 'Họ tên như tổ chức ghi nhận.' },
              from: { type: 'string' },
              to: { type: 'string', nullable: true },
              ended: { type: 'boolean' },
              position: { type: 'string', enum: ['head', 'deputy', 'staff', 'clerk'] },
            },
          },
        },
      },
      required: ['asOf', 'unitId', 'staff'],
    },
    'Cán bộ của đơn vị tại ngày asOf.',
  )
  @ApiOperation({
    summary: 'Cán bộ được bổ nhiệm vào đơn vị tại một ngày, có họ tên (chức vụ cao trước): trang đơn vị và việc chọn người khi ghi nhận',
  })
  staff(
    @Param('unitId') unitId: string,
    @Query() query: AsOfQueryDto,
  ): { asOf: string; unitId: string; staff: Array<AppointmentView & { fullName: string }> } {
    const asOf = this.dateOf(query);
    const timeline = this.organisation.current;
    const staff = timeline.staffOn(unitId, asOf);
    if (!staff) throw this.unitNotFound(unitId, asOf);
    return { asOf, unitId, staff: staff.map((term) => ({ ...term, fullName: timeline.person(term.personId)?.fullName ?? term.personId })) };
  }

  @Get('units/:unitId/head')
  @ApiJsonOk({ type: 'object', properties: { asOf: { type: 'string' } }, additionalProperties: true }, 'Lãnh đạo đơn vị tại ngày asOf.')
  @ApiOperation({ summary: 'Người đứng đầu (và quyền trưởng, người được ủy quyền) của đơn vị tại một ngày' })
  head(@Param('unitId') unitId: string, @Query() query: AsOfQueryDto): Leadership & { asOf: string } {
    const asOf = this.dateOf(query);
    const leadership = this.organisation.current.leadershipOn(unitId, asOf);
    if (!leadership) throw this.unitNotFound(unitId, asOf);
    return { asOf, ...leadership };
  }

  @Get('mandates')
  @ApiJsonOk(
    {
      type: 'object',
      properties: { asOf: { type: 'string' }, category: { type: 'string' }, unitIds: { type: 'array', items: { type: 'string' } } },
      additionalProperties: true,
    },
    'Đơn vị được giao lĩnh vực.',
  )
  @ApiOperation({ summary: 'Đơn vị được giao lĩnh vực tại một ngày' })
  mandates(@Query() query: MandateQueryDto): { asOf: string; category: string; unitIds: string[] } {
    const asOf = this.dateOf(query);
    return { asOf, category: query.category, unitIds: this.organisation.current.mandateHoldersOn(query.category, asOf) };
  }

  @Get('persons/:personId')
  @ApiJsonOk(
    {
      type: 'object',
      properties: {
        personId: { type: 'string' },
        fullName: { type: 'string' },
        officialCode: { type: 'string' },
        appointments: { type: 'array', items: { type: 'object', additionalProperties: true } },
        delegations: { type: 'array', items: { type: 'object', additionalProperties: true } },
      },
      additionalProperties: true,
    },
    'Cán bộ.',
  )
  @ApiOperation({ summary: 'Cán bộ: họ tên, mã, các lần bổ nhiệm, quyền trưởng và ủy quyền' })
  person(@Param('personId') personId: string): {
    personId: string;
    fullName: string;
    officialCode: string;
    appointments: AppointmentView[];
    delegations: DelegationView[];
  } {
    const timeline = this.organisation.current;
    const person = timeline.person(personId);
    if (!person) throw new NotFoundException(problem('not-found', 'Not found', 404, `Không tìm thấy cán bộ "${personId}".`, { personId }));
    return {
      personId,
      fullName: person.fullName,
      officialCode: person.officialCode,
      appointments: timeline.appointmentsOf(personId),
      delegations: timeline.delegationsOf(personId),
    };
  }

  private dateOf(query: AsOfQueryDto): string {
    return query.asOf ?? localDateOf(this.clock.now().toISOString());
  }

  private unitNotFound(unitId: string, asOf: string): NotFoundException {
    return new NotFoundException(
      problem('not-found', 'Not found', 404, `Không tìm thấy đơn vị "${unitId}" vào ngày ${asOf}.`, { unitId, asOf }),
    );
  }
}
