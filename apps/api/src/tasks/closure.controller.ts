import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import { CompleteTaskDto, ExtendDeadlineDto, ReasonDto } from './dto/closure.dto';
import type { TaskCommandResult } from './task-command.recorder';
import { TaskCommandSender } from './task-command.sender';
import { TASK_RECORDING_ROLES } from './task-commands.roles';
import { TaskIdPipe } from './task-id.pipe';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';
import { TaskCommandResultDto } from '../http/command-result.dto';

@ApiTags('Hạn, hoàn thành, hủy (closure)')
@ApiBearerAuth()
@Roles(...TASK_RECORDING_ROLES)
@ApiRoutesDocumented()
@Controller('tasks/:taskId')
export class ClosureController {
  constructor(private readonly sender: TaskCommandSender) {}

  @Post('deadline-extensions')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Gia hạn (DeadlineExtended)', description: 'Chỉ cơ quan giao việc (hoặc người được ủy quyền).' })
  extend(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: ExtendDeadlineDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({
      type: 'ExtendDeadline',
      context,
      data: { deadline: this.sender.resolveDeadline(body.deadline, context.occurredAt), reason: body.reason },
    }));
  }

  @Post('completion')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Hoàn thành (TaskCompleted)' })
  complete(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: CompleteTaskDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({
      type: 'CompleteTask',
      context,
      data: { result: body.result, ...(body.outputDocument ? { outputDocument: { ...body.outputDocument } } : {}) },
    }));
  }

  @Post('reopening')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Mở lại khi kết quả không được chấp nhận (TaskReopened)' })
  reopen(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: ReasonDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({ type: 'ReopenTask', context, data: { reason: body.reason } }));
  }

  @Post('cancellation')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Hủy nhiệm vụ (TaskCancelled)' })
  cancel(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: ReasonDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({ type: 'CancelTask', context, data: { reason: body.reason } }));
  }
}
