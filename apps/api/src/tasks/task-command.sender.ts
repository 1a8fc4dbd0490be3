import { randomUUID } from 'node:crypto';
import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandContext } from '@lib/domain/core';
import { endOfLocalDate, type WorkingDayCalendar } from '@lib/domain/calendar';
import type { Deadline, TaskCommand, TaskState } from '@lib/domain/task';
import type { Principal } from '../auth/principal';
import { WORKING_DAY_CALENDAR } from '../calendar/calendar.provider';
import { CLOCK, type Clock } from '../clock/clock';
import { correlationOf } from '../commands/stream-command.runner';
import { problem } from '../http/problem-details.filter';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import { assertReferencesActive, withOrganisation } from '../org/organisation-reference.check';
import { OrganisationReadModel } from '../org/organisation.read-model';
import type { CommandBodyDto } from './dto/command-body.dto';
import type { DeadlineDto } from './dto/assignment.dto';
import { RecordTaskCommand, type TaskCommandResult } from './record-task-command.command';

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Turns an authenticated HTTP command into a domain command, checked against the organisation as it was
 * when the act happened, and sends it down the command bus.
 */
@Injectable()
export class TaskCommandSender {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    private readonly organisation: OrganisationReadModel,
  ) {}

  send(
    taskId: string,
    principal: Principal,
    body: CommandBodyDto,
    request: CommandRequest,
    build: (context: CommandContext, state: TaskState) => TaskCommand,
    options: { mustBeNew?: boolean } = {},
  ): Promise<TaskCommandResult> {
    const context = this.contextFor(principal, body);
    const commandId = request.commandId ?? randomUUID();
    const trace = { commandId, correlationId: correlationOf(request, commandId), causationId: null };
    const checked = (state: TaskState): TaskCommand => {
      const organisation = this.organisation.current;
      const command = build(withOrganisation(context, organisation), state);
      assertReferencesActive(command, organisation);
      return command;
    };
    return this.commandBus.execute(new RecordTaskCommand(taskId, checked, trace, options));
  }

  /** A deadline given as a date, as working days from `occurredAt`, or as an urgency (due at once). */
  resolveDeadline(deadline: DeadlineDto | undefined, from: string): Deadline {
    if (!deadline || (deadline.dueAt === undefined && deadline.workingDays === undefined && deadline.urgency === undefined)) {
      return { dueAt: null };
    }
    if (deadline.dueAt !== undefined) {
      if (deadline.workingDays !== undefined) {
        throw new BadRequestException(
          problem('validation-failed', 'Validation failed', 400, 'Chỉ nêu hạn bằng ngày cụ thể hoặc bằng số ngày làm việc, không cả hai.', {
            errors: [{ field: 'deadline', reason: 'give either dueAt or workingDays, not both' }],
          }),
        );
      }
      // A date means the end of that day in Viet Nam (a period ends at the end of its last day), not midnight UTC.
      const dueAt = PLAIN_DATE.test(deadline.dueAt) ? endOfLocalDate(deadline.dueAt) : new Date(deadline.dueAt).toISOString();
      return { dueAt, computation: { basis: 'date', given: deadline.dueAt } };
    }
    const result = this.calendar.deadline({ start: from, workingDays: deadline.workingDays ?? 0, urgency: deadline.urgency ?? 'normal' });
    return { dueAt: result.dueAt, computation: result.computation };
  }

  private contextFor(principal: Principal, body: CommandBodyDto): CommandContext {
    const now = this.clock.now().toISOString();
    return {
      actor: {
        personId: principal.personId,
        unitId: principal.unitId,
        roles: principal.roles,
        ...(principal.position ? { position: principal.position } : {}),
      },
      ...(body.onBehalfOf ? { onBehalfOf: { personId: body.onBehalfOf.personId, unitId: body.onBehalfOf.unitId } } : {}),
      occurredAt: body.occurredAt ?? now,
      now,
    };
  }
}
