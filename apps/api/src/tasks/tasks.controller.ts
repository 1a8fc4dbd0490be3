import { nameBasedUuid } from '@lib/domain/core';
import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Inject, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { taskStreamId } from '@lib/domain/task';
import type { EventStore, StoredEvent } from '@lib/event-store';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { EVENT_STORE } from '../event-store/event-store.module';
import { APP_CONFIG } from '../database/database.tokens';
import type { AppConfig } from '@lib/service';
import { problem } from '../http/problem-details.filter';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { OrganisationReadModel } from '../org/organisation.read-model';
import { OrganisationNames } from '@lib/read-models/task-custody';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import { AssignTaskDto } from './dto/assignment.dto';
import { ReassignTaskDto } from './dto/custody.dto';
import type { TaskCommandResult } from './task-command.recorder';
import { TaskCommandSender } from './task-command.sender';
import { TASK_RECORDING_ROLES } from './task-commands.roles';
import { TaskIdPipe } from './task-id.pipe';
import { foldTask } from './task-stream.reader';
import { taskViewOf } from './task.view';
import { namedTaskView, namedTrailEvent, type NamedTaskView, type NamedTrailEvent } from './task-view.names';
import { ApiJsonOk, ApiRoutesDocumented } from '../http/api-docs.decorators';
import { TaskCommandResultDto } from '../http/command-result.dto';
import { EntryViewDto, TaskTrailDto, TaskViewDto } from './dto/task-view.dto';

@ApiTags('Nhiệm vụ (tasks)')
@ApiBearerAuth()
@ApiRoutesDocumented()
@ApiExtraModels(EntryViewDto)
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly sender: TaskCommandSender,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly jurisdiction: JurisdictionService,
    private readonly organisation: OrganisationReadModel,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'lateRecordingHours'>,
  ) {}

  /** A new task's id, when not given, derives from the command id: a retry under the same Idempotency-Key names the same task. */
  @Post()
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @Roles(...TASK_RECORDING_ROLES)
  @ApiOperation({
    summary: 'Giao nhiệm vụ (TaskAssigned)',
    description: 'Tạo nhiệm vụ mới: đơn vị chủ trì, phối hợp, người chịu trách nhiệm, hạn xử lý.',
  })
  async assign(
    @Body() body: AssignTaskDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TaskCommandResult> {
    const taskId = body.taskId?.toLowerCase() ?? nameBasedUuid(`task|${principal.personId}|${request.commandId ?? randomUUID()}`);
    const result = await this.sender.create(taskId, principal, body, request, (context) => ({
      type: 'AssignTask',
      context,
      data: {
        taskId,
        kind: body.kind ?? 'task',
        title: body.title,
        category: body.category,
        source: { number: body.source.number, date: body.source.date },
        assigningAuthority: { personId: body.assigningAuthority.personId, unitId: body.assigningAuthority.unitId },
        leadUnitId: body.leadUnitId,
        coordinatingUnitIds: body.coordinatingUnitIds ?? [],
        ...(body.responsiblePerson ? { responsiblePerson: { ...body.responsiblePerson } } : {}),
        deadline: this.sender.resolveDeadline(body.deadline, context.occurredAt),
      },
    }));
    response.location(`/tasks/${taskId}`);
    return result;
  }

  @Post(':taskId/reassignments')
  @ApiJsonOk(TaskCommandResultDto, 'Đã ghi: phiên bản luồng và các sự kiện đã ghi.', { status: 201 })
  @Roles(...TASK_RECORDING_ROLES)
  @ApiOperation({
    summary: 'Giao lại nhiệm vụ đã bị trả lại (TaskAssigned, reassignment)',
    description:
      'Cơ quan giao việc chỉ định đơn vị chủ trì mới, có thể kèm người chịu trách nhiệm và hạn mới; các nội dung khác giữ nguyên.',
  })
  reassign(
    @Param('taskId', TaskIdPipe) taskId: string,
    @Body() body: ReassignTaskDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: CommandRequest,
  ): Promise<TaskCommandResult> {
    return this.sender.send(taskId, principal, body, request, (context) => ({
      type: 'ReassignTask',
      context,
      data: {
        leadUnitId: body.leadUnitId,
        ...(body.responsiblePerson ? { responsiblePerson: { ...body.responsiblePerson } } : {}),
        ...(body.deadline ? { deadline: this.sender.resolveDeadline(body.deadline, context.occurredAt) } : {}),
      },
    }));
  }

  @Get(':taskId')
  @ApiJsonOk(TaskViewDto, 'Nhiệm vụ dựng lại từ nhật ký, kèm tên bên cạnh mã.')
  @ApiOperation({ summary: 'Trạng thái nhiệm vụ, dựng lại từ nhật ký sự kiện' })
  async get(@Param('taskId', TaskIdPipe) taskId: string, @CurrentPrincipal() principal: Principal): Promise<NamedTaskView> {
    const events = await this.trail(taskId, principal);
    const view = taskViewOf(foldTask(events), events[events.length - 1]!.streamVersion);
    return namedTaskView(view, new OrganisationNames(this.organisation.current));
  }

  @Get(':taskId/events')
  @ApiJsonOk(TaskTrailDto, 'Các sự kiện của nhiệm vụ theo thứ tự ghi, người ghi có tên như vào ngày sự kiện.')
  @ApiOperation({ summary: 'Toàn bộ sự kiện của nhiệm vụ theo thứ tự ghi nhận' })
  async events(
    @Param('taskId', TaskIdPipe) taskId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<{ taskId: string; events: NamedTrailEvent[] }> {
    const names = new OrganisationNames(this.organisation.current);
    return {
      taskId,
      events: (await this.trail(taskId, principal)).map((event) => namedTrailEvent(event, names, this.config.lateRecordingHours)),
    };
  }

  /** The task's stream; 404 when unknown, 403 when it never touched the reader's jurisdiction. */
  private async trail(taskId: string, principal: Principal): Promise<StoredEvent[]> {
    const events = await this.store.readStream(taskStreamId(taskId));
    if (events.length === 0) {
      throw new NotFoundException(problem('not-found', 'Not found', 404, `Không tìm thấy nhiệm vụ ${taskId}.`, { taskId }));
    }
    this.jurisdiction.assertStreamVisible(principal, taskId, events);
    return events;
  }
}
