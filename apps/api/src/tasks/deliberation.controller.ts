import { nameBasedUuid } from '@lib/domain/core';
import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import { AnswerConsultationDto, RequestConsultationDto } from './dto/consultation.dto';
import { CommentOnTaskDto, DirectTaskDto, ProposeReassignmentDto, ReportDifficultyDto, SubmitToSuperiorDto } from './dto/decision.dto';
import type { TaskCommandResult } from './task-command.recorder';
import { TaskCommandSender } from './task-command.sender';
import { TASK_RECORDING_ROLES } from './task-commands.roles';
import { TaskIdPipe, UuidParamPipe } from './task-id.pipe';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';
import { TaskCommandResultDto } from '../http/command-result.dto';

@ApiTags('Ý kiến, trình, chỉ đạo (deliberation)')
@ApiBearerAuth()
@Roles(...TASK_RECORDING_ROLES)
@ApiRoutesDocumented()
@Controller('tasks/:taskId')
export class DeliberationController {
  constructor(private readonly sender: TaskCommandSender) {}

  @Post('comments')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Ghi ý kiến (TaskCommented)' })
  comment(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: CommentOnTaskDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({ type: 'CommentOnTask', context, data: { content: body.content } }));
  }

  @Post('consultations')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Xin ý kiến đơn vị (ConsultationRequested)', description: 'Nên nêu rõ nội dung và hạn trả lời.' })
  consult(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: RequestConsultationDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    const consultationId = body.consultationId?.toLowerCase() ?? nameBasedUuid(`consultation|${p.personId}|${r.commandId ?? randomUUID()}`);
    return this.sender.send(taskId, p, body, r, (context) => ({
      type: 'RequestConsultation',
      context,
      data: {
        consultationId,
        unitIds: body.unitIds,
        ...(body.content !== undefined ? { content: body.content } : {}),
        ...(body.replyDueAt !== undefined ? { replyDueAt: new Date(body.replyDueAt).toISOString() } : {}),
      },
    }));
  }

  @Post('consultations/:consultationId/answers')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Cho ý kiến (ConsultationAnswered)' })
  answer(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Param('consultationId', new UuidParamPipe('consultationId')) consultationId: string,
    @Body() body: AnswerConsultationDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({
      type: 'AnswerConsultation',
      context,
      data: { consultationId, unitId: body.unitId, stance: body.stance, ...(body.content !== undefined ? { content: body.content } : {}) },
    }));
  }

  @Post('submissions')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Trình cấp trên (SubmittedToSuperior)' })
  submit(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: SubmitToSuperiorDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({
      type: 'SubmitToSuperior',
      context,
      data: {
        to: { ...body.to },
        allConsultedAgreed: body.allConsultedAgreed,
        ...(body.content !== undefined ? { content: body.content } : {}),
      },
    }));
  }

  @Post('directions')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Cấp trên chỉ đạo, quyết định (SuperiorDirected)' })
  direct(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: DirectTaskDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({ type: 'DirectTask', context, data: { direction: body.direction } }));
  }

  @Post('reassignment-proposals')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Đề xuất giao lại cho đơn vị khác (ReassignmentProposed)' })
  proposeReassignment(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: ProposeReassignmentDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({
      type: 'ProposeReassignment',
      context,
      data: { reason: body.reason, ...(body.proposedUnitId !== undefined ? { proposedUnitId: body.proposedUnitId } : {}) },
    }));
  }

  @Post('difficulties')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({
    summary: 'Báo cáo khó khăn, vướng mắc (DifficultyReported)',
    description: 'Báo cáo hợp lệ; không phải chuyển giao trách nhiệm.',
  })
  reportDifficulty(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: ReportDifficultyDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({
      type: 'ReportDifficulty',
      context,
      data: { content: body.content, ...(body.to ? { to: { ...body.to } } : {}) },
    }));
  }
}
