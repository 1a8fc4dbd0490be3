import { Body, Controller, Inject, NotFoundException, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@lib/event-store';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { EVENT_STORE } from '../event-store/event-store.module';
import { problem } from '../http/problem-details.filter';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import { CorrectEntryDto, VoidEntryDto } from './dto/entry.dto';
import type { TaskCommandResult } from './task-command.recorder';
import { TaskCommandSender } from './task-command.sender';
import { TASK_RECORDING_ROLES } from './task-commands.roles';
import { UuidParamPipe } from './task-id.pipe';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';
import { TaskCommandResultDto } from '../http/command-result.dto';

const TASK_STREAM = /^task-(.+)$/;

@ApiTags('Đính chính (entries)')
@ApiBearerAuth()
@Roles(...TASK_RECORDING_ROLES)
@ApiRoutesDocumented()
@Controller('events/:eventId')
export class EntriesController {
  constructor(
    private readonly sender: TaskCommandSender,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post('corrections')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({
    summary: 'Đính chính một bút toán (EntryCorrected)',
    description: 'Sự kiện gốc giữ nguyên; bút toán đính chính được ghi thêm.',
  })
  async correct(
    @Param('eventId', new UuidParamPipe('eventId')) eventId: string,
    @Body() body: CorrectEntryDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    const taskId = await this.taskOf(eventId);
    return this.sender.send(taskId, p, body, r, (context) => ({
      type: 'CorrectEntry',
      context,
      data: { originalEventId: eventId, reason: body.reason, fields: body.fields },
    }));
  }

  @Post('voidings')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @ApiOperation({ summary: 'Hủy một bút toán ghi nhầm (EntryVoided)', description: 'Sự kiện gốc giữ nguyên; bút toán hủy được ghi thêm.' })
  async void(
    @Param('eventId', new UuidParamPipe('eventId')) eventId: string,
    @Body() body: VoidEntryDto,
    @CurrentPrincipal() p: Principal,
    @Req() r: CommandRequest,
  ): Promise<TaskCommandResult> {
    const taskId = await this.taskOf(eventId);
    return this.sender.send(taskId, p, body, r, (context) => ({
      type: 'VoidEntry',
      context,
      data: { originalEventId: eventId, reason: body.reason },
    }));
  }

  private async taskOf(eventId: string): Promise<string> {
    const event = await this.store.readEvent(eventId);
    const taskId = event && TASK_STREAM.exec(event.streamId)?.[1];
    if (!taskId)
      throw new NotFoundException(
        problem('not-found', 'Not found', 404, `Không tìm thấy bút toán ${eventId} của nhiệm vụ nào.`, { eventId }),
      );
    return taskId;
  }
}
