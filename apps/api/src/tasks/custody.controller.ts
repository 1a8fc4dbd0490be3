import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import { DelegateTaskDto, ReceiveTaskDto, ReturnTaskDto, TransferTaskDto } from './dto/custody.dto';
import type { TaskCommandResult } from './task-command.recorder';
import { TaskCommandSender } from './task-command.sender';
import { TASK_RECORDING_ROLES } from './task-commands.roles';
import { TaskIdPipe } from './task-id.pipe';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';
import { TaskCommandResultDto } from '../http/command-result.dto';

@ApiTags('Luân chuyển (custody)')
@ApiBearerAuth()
@Roles(...TASK_RECORDING_ROLES)
@ApiRoutesDocumented()
@Controller('tasks/:taskId')
export class CustodyController {
  constructor(private readonly sender: TaskCommandSender) {}

  @Post('receipt')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Tiếp nhận (TaskReceived)' })
  receive(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: ReceiveTaskDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({ type: 'ReceiveTask', context, data: {} }));
  }

  @Post('delegations')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Phân công trong đơn vị (TaskDelegated)' })
  delegate(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: DelegateTaskDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({ type: 'DelegateTask', context, data: { person: { ...body.person } } }));
  }

  @Post('transfers')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Chuyển sang đơn vị/người khác (TaskTransferred)' })
  transfer(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: TransferTaskDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({
      type: 'TransferTask',
      context,
      data: { to: { ...body.to }, reason: body.reason },
    }));
  }

  @Post('returns')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Trả lại nơi gửi (TaskReturned)' })
  return(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: ReturnTaskDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({
      type: 'ReturnTask',
      context,
      data: { reasonCode: body.reasonCode, ...(body.reason !== undefined ? { reason: body.reason } : {}) },
    }));
  }
}
