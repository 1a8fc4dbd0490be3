import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import { IssueApologyDto, IssueAppointmentDto, ReceiveSupplementDto, RequestSupplementDto, ReturnResultDto } from './dto/dossier.dto';
import type { TaskCommandResult } from './task-command.recorder';
import { TaskCommandSender } from './task-command.sender';
import { TASK_RECORDING_ROLES } from './task-commands.roles';
import { TaskIdPipe } from './task-id.pipe';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';
import { TaskCommandResultDto } from '../http/command-result.dto';

@ApiTags('Hồ sơ một cửa (dossiers)')
@ApiBearerAuth()
@Roles(...TASK_RECORDING_ROLES)
@ApiRoutesDocumented()
@Controller('tasks/:taskId')
export class DossierController {
  constructor(private readonly sender: TaskCommandSender) {}

  @Post('supplement-requests')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Yêu cầu bổ sung hồ sơ (SupplementRequested)' })
  requestSupplement(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: RequestSupplementDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({
      type: 'RequestSupplement',
      context,
      data: { content: body.content, stage: body.stage, legalBasis: body.legalBasis, approvedBy: { ...body.approvedBy } },
    }));
  }

  @Post('supplements')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({
    summary: 'Nhận hồ sơ bổ sung đầy đủ của người nộp (SupplementReceived)',
    description:
      'Kết thúc thời gian tạm dừng chờ bổ sung bắt đầu từ yêu cầu bổ sung đang mở: số ngày làm việc tạm dừng không tính vào thời hạn, ' +
      'ngày hẹn trả kết quả lùi tương ứng. Không có yêu cầu bổ sung đang mở: 422 SUPPLEMENT_NOT_REQUESTED.',
  })
  receiveSupplement(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: ReceiveSupplementDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({ type: 'ReceiveSupplement', context, data: { content: body.content } }));
  }

  @Post('appointments')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Phiếu hẹn trả kết quả (AppointmentIssued)' })
  issueAppointment(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: IssueAppointmentDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({
      type: 'IssueAppointment',
      context,
      data: { returnBy: new Date(body.returnBy).toISOString() },
    }));
  }

  @Post('results')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Trả kết quả cho công dân, tổ chức (ResultReturned)' })
  returnResult(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: ReturnResultDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({ type: 'ReturnResult', context, data: { result: body.result } }));
  }

  @Post('apologies')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Phiếu xin lỗi và hẹn lại (ApologyIssued)' })
  apologise(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: IssueApologyDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({
      type: 'IssueApology',
      context,
      data: { reason: body.reason, newReturnBy: new Date(body.newReturnBy).toISOString() },
    }));
  }
}
