import { nameBasedUuid } from '@lib/domain/core';
import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import { AssessDifficultyDto, RecordInitiativeDto } from './dto/assessment.dto';
import type { TaskCommandResult } from './task-command.recorder';
import { TaskCommandSender } from './task-command.sender';
import { TASK_RECORDING_ROLES } from './task-commands.roles';
import { TaskIdPipe, UuidParamPipe } from './task-id.pipe';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';
import { TaskCommandResultDto } from '../http/command-result.dto';

/** The competent authority's judgements on a task: objective causes (Decree 335/2025) and protected initiatives (Decree 73/2023). */
@ApiTags('Xác nhận nguyên nhân khách quan, sáng kiến được bảo vệ (assessment)')
@ApiBearerAuth()
@Roles(...TASK_RECORDING_ROLES)
@ApiRoutesDocumented()
@Controller('tasks/:taskId')
export class AssessmentController {
  constructor(private readonly sender: TaskCommandSender) {}

  @Post('difficulties/:difficultyEventId/assessments')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({
    summary: 'Xác nhận hoặc không chấp nhận nguyên nhân khách quan của khó khăn đã báo cáo (DifficultyAssessed)',
    description:
      'Chỉ cơ quan giao nhiệm vụ hoặc lãnh đạo đơn vị của người báo cáo (không phải chính người báo cáo); mỗi báo cáo được xem xét một lần ' +
      '(muốn xem xét lại phải hủy bút toán xác nhận). Chỉ khó khăn được chấp nhận mới miễn trừ điểm tiến độ (Nghị định 335/2025/NĐ-CP).',
  })
  assess(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Param('difficultyEventId', new UuidParamPipe('difficultyEventId')) difficultyEventId: string,
    @Body() body: AssessDifficultyDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, p, body, r, (context) => ({
      type: 'AssessDifficulty',
      context,
      data: { difficultyEventId, accepted: body.accepted, reason: body.reason },
    }));
  }

  @Post('initiatives')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({
    summary: 'Ghi nhận nhiệm vụ thực hiện theo sáng kiến được bảo vệ (InitiativeRecorded)',
    description:
      'Chỉ cơ quan giao nhiệm vụ; nêu số, ngày quyết định, cán bộ được bảo vệ và thời gian. Các phát hiện trên nhiệm vụ ghi rõ việc miễn ' +
      'hoặc giảm nhẹ trách nhiệm (Nghị định 73/2023/NĐ-CP).',
  })
  recordInitiative(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: RecordInitiativeDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    const initiativeId = body.initiativeId?.toLowerCase() ?? nameBasedUuid(`initiative|${p.personId}|${r.commandId ?? randomUUID()}`);
    return this.sender.send(taskId, p, body, r, (context) => ({
      type: 'RecordInitiative',
      context,
      data: {
        initiativeId,
        decisionNumber: body.decisionNumber,
        decisionDate: body.decisionDate,
        personIds: body.personIds,
        from: body.from,
        to: body.to ?? null,
        effect: body.effect,
        note: body.note ?? null,
      },
    }));
  }
}
