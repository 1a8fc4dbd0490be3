import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import { RegisterPersonDto, type OrgCommandResult } from './org-command.dto';
import { OrgCommandService } from './org-command.service';
import { DissolveUnitDto, EstablishUnitDto, MergeUnitDto, MoveUnitDto, RenameUnitDto } from './org-unit-command.dto';
import { AppointPersonDto, DelegateAuthorityDto, DesignateActingHeadDto, EndTermDto, GrantMandateDto } from './org-staffing-command.dto';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';
import { OrgCommandResultDto } from '../http/command-result.dto';

/**
 * Organisation changes recorded by an administrator, each a dated decision. Appointment and delegation
 * ids default to names derived from their content (as the import does), so a retried request names the
 * same term and is refused as a duplicate rather than recorded twice.
 */
@ApiTags('Tổ chức bộ máy (organisation)')
@ApiBearerAuth()
@ApiRoutesDocumented()
@Controller('org')
@Roles('admin')
export class OrgCommandsController {
  constructor(private readonly commands: OrgCommandService) {}

  @Post('units')
  @ApiJsonOk(OrgCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Thành lập đơn vị (UnitEstablished)' })
  establish(
    @Body() body: EstablishUnitDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<OrgCommandResult> {
    return this.commands.execute(principal, request, (context) => ({
      type: 'EstablishUnit',
      context,
      data: { unitId: body.unitId, name: body.name, kind: body.kind, parentUnitId: body.parentUnitId ?? null, validFrom: body.validFrom },
    }));
  }

  @Post('units/:unitId/renames')
  @ApiJsonOk(OrgCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Đổi tên đơn vị từ một ngày (UnitRenamed)' })
  rename(
    @Param('unitId') unitId: string,
    @Body() body: RenameUnitDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<OrgCommandResult> {
    return this.commands.execute(principal, request, (context) => ({
      type: 'RenameUnit',
      context,
      data: { unitId, name: body.name, validFrom: body.validFrom },
    }));
  }

  @Post('units/:unitId/moves')
  @ApiJsonOk(OrgCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Chuyển đơn vị sang trực thuộc đơn vị khác từ một ngày (UnitMoved)' })
  move(
    @Param('unitId') unitId: string,
    @Body() body: MoveUnitDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<OrgCommandResult> {
    return this.commands.execute(principal, request, (context) => ({
      type: 'MoveUnit',
      context,
      data: { unitId, parentUnitId: body.parentUnitId, validFrom: body.validFrom },
    }));
  }

  @Post('units/:unitId/mergers')
  @ApiJsonOk(OrgCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Sáp nhập đơn vị vào đơn vị kế thừa (UnitMerged)' })
  merge(
    @Param('unitId') unitId: string,
    @Body() body: MergeUnitDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<OrgCommandResult> {
    return this.commands.execute(principal, request, (context) => ({
      type: 'MergeUnit',
      context,
      data: { unitId, successorUnitId: body.successorUnitId, effectiveOn: body.effectiveOn },
    }));
  }

  @Post('units/:unitId/dissolution')
  @ApiJsonOk(OrgCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Giải thể đơn vị (UnitDissolved)' })
  dissolve(
    @Param('unitId') unitId: string,
    @Body() body: DissolveUnitDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<OrgCommandResult> {
    return this.commands.execute(principal, request, (context) => ({
      type: 'DissolveUnit',
      context,
      data: { unitId, effectiveOn: body.effectiveOn, ...(body.reason !== undefined ? { reason: body.reason } : {}) },
    }));
  }

  @Post('units/:unitId/appointments')
  @ApiJsonOk(OrgCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Bổ nhiệm cán bộ vào đơn vị (PersonAppointed)' })
  appoint(
    @Param('unitId') unitId: string,
    @Body() body: AppointPersonDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<OrgCommandResult> {
    const appointmentId = body.appointmentId ?? `${unitId}/${body.personId}/${body.position}/${body.validFrom}`;
    return this.commands.execute(principal, request, (context) => ({
      type: 'AppointPerson',
      context,
      data: {
        appointmentId,
        unitId,
        personId: body.personId,
        position: body.position,
        validFrom: body.validFrom,
        validTo: body.validTo ?? null,
      },
    }));
  }

  @Post('units/:unitId/appointments/:appointmentId/end')
  @ApiJsonOk(OrgCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Kết thúc bổ nhiệm; validTo là ngày cuối cùng giữ chức vụ (AppointmentEnded)' })
  endAppointment(
    @Param('unitId') unitId: string,
    @Param('appointmentId') appointmentId: string,
    @Body() body: EndTermDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<OrgCommandResult> {
    return this.commands.execute(principal, request, (context) => ({
      type: 'EndAppointment',
      context,
      data: { appointmentId, unitId, validTo: body.validTo },
    }));
  }

  @Post('units/:unitId/acting-heads')
  @ApiJsonOk(OrgCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Giao quyền trưởng / phụ trách đơn vị khi chưa có người đứng đầu (ActingHeadDesignated)' })
  designateActingHead(
    @Param('unitId') unitId: string,
    @Body() body: DesignateActingHeadDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<OrgCommandResult> {
    const delegationId = body.delegationId ?? `acting/${unitId}/${body.personId}/${body.validFrom}`;
    return this.commands.execute(principal, request, (context) => ({
      type: 'DesignateActingHead',
      context,
      data: { delegationId, unitId, personId: body.personId, validFrom: body.validFrom, validTo: body.validTo ?? null },
    }));
  }

  @Post('units/:unitId/delegations')
  @ApiJsonOk(OrgCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Ủy quyền người đứng đầu trong một thời hạn (AuthorityDelegated)' })
  delegate(
    @Param('unitId') unitId: string,
    @Body() body: DelegateAuthorityDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<OrgCommandResult> {
    const delegationId = body.delegationId ?? `delegated/${unitId}/${body.personId}/${body.validFrom}`;
    return this.commands.execute(principal, request, (context) => ({
      type: 'DelegateAuthority',
      context,
      data: { delegationId, unitId, personId: body.personId, validFrom: body.validFrom, validTo: body.validTo },
    }));
  }

  @Post('units/:unitId/delegations/:delegationId/end')
  @ApiJsonOk(OrgCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Kết thúc quyền trưởng hoặc ủy quyền; validTo là ngày cuối cùng (DelegationEnded)' })
  endDelegation(
    @Param('unitId') unitId: string,
    @Param('delegationId') delegationId: string,
    @Body() body: EndTermDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<OrgCommandResult> {
    return this.commands.execute(principal, request, (context) => ({
      type: 'EndDelegation',
      context,
      data: { delegationId, unitId, validTo: body.validTo },
    }));
  }

  @Post('units/:unitId/mandates')
  @ApiJsonOk(OrgCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Giao lĩnh vực cho đơn vị (MandateGranted)' })
  grantMandate(
    @Param('unitId') unitId: string,
    @Body() body: GrantMandateDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<OrgCommandResult> {
    return this.commands.execute(principal, request, (context) => ({
      type: 'GrantMandate',
      context,
      data: { unitId, category: body.category, validFrom: body.validFrom, validTo: body.validTo ?? null },
    }));
  }

  @Post('units/:unitId/mandates/:category/withdrawal')
  @ApiJsonOk(OrgCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Thu hồi lĩnh vực đã giao; validTo là ngày cuối cùng còn được giao (MandateWithdrawn)' })
  withdrawMandate(
    @Param('unitId') unitId: string,
    @Param('category') category: string,
    @Body() body: EndTermDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<OrgCommandResult> {
    return this.commands.execute(principal, request, (context) => ({
      type: 'WithdrawMandate',
      context,
      data: { unitId, category, validTo: body.validTo },
    }));
  }

  @Post('persons')
  @ApiJsonOk(OrgCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Đăng ký cán bộ, công chức (PersonRegistered)' })
  registerPerson(
    @Body() body: RegisterPersonDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<OrgCommandResult> {
    return this.commands.execute(principal, request, (context) => ({
      type: 'RegisterPerson',
      context,
      data: { personId: body.personId, fullName: body.fullName, officialCode: body.officialCode },
    }));
  }
}
