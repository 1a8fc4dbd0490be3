import { Inject, Injectable } from '@nestjs/common';
import type { CommandContext } from '@lib/domain/core';
import { endOfLocalDate, type WorkingDayCalendar } from '@lib/domain/calendar';
import type { AssignTask, Deadline, TaskCommand } from '@lib/domain/task';
import type { Principal } from '../auth/principal';
import { WORKING_DAY_CALENDAR } from '../calendar/calendar.provider';
import { CLOCK, type Clock } from '../clock/clock';
import { commandContextOf, traceOf, type CommandTrace } from '../commands/command-recording';
import type { CommandRequest } from '../idempotency/idempotency.interceptor';
import { assertReferencesActive, withOrganisation } from '../org/organisation-reference.check';
import { OrganisationReadModel } from '../org/organisation.read-model';
import type { CommandBodyDto } from './dto/command-body.dto';
import type { DeadlineDto } from './dto/assignment.dto';
import { DeadlineGivenTwiceError } from './task-command.errors';
import { TaskCommandRecorder, type TaskCommandResult } from './task-command.recorder';

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Turns an authenticated HTTP command into a domain command, checked against the organisation as it was
 * when the act happened, and records it on the task's stream.
 */
@Injectable()
export class TaskCommandSender {
  constructor(
    private readonly recorder: TaskCommandRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    private readonly organisation: OrganisationReadModel,
  ) {}

  send(
    taskId: string,
    principal: Principal,
    body: CommandBodyDto,
    request: CommandRequest,
    build: (context: CommandContext) => TaskCommand,
  ): Promise<TaskCommandResult> {
    const { command, trace } = this.prepare(principal, body, request, build);
    return this.recorder.record(taskId, command, trace);
  }

  /** POST /tasks: a new task, on a stream that must not exist yet. */
  create(
    taskId: string,
    principal: Principal,
    body: CommandBodyDto,
    request: CommandRequest,
    build: (context: CommandContext) => AssignTask,
  ): Promise<TaskCommandResult> {
    const { command, trace } = this.prepare(principal, body, request, build);
    return this.recorder.create(taskId, command, trace);
  }

  private prepare<Command extends TaskCommand>(
    principal: Principal,
    body: CommandBodyDto,
    request: CommandRequest,
    build: (context: CommandContext) => Command,
  ): { command: Command; trace: CommandTrace } {
    const organisation = this.organisation.current;
    const command = build(withOrganisation(this.contextFor(principal, body), organisation));
    assertReferencesActive(command, organisation);
    return { command, trace: traceOf(request, null) };
  }

  /** A deadline given as a date, as working days from `occurredAt`, or as an urgency (due at once). */
  resolveDeadline(deadline: DeadlineDto | undefined, from: string): Deadline {
    if (!deadline || (deadline.dueAt === undefined && deadline.workingDays === undefined && deadline.urgency === undefined)) {
      return { dueAt: null };
    }
    if (deadline.dueAt !== undefined) {
      if (deadline.workingDays !== undefined) {
        throw new DeadlineGivenTwiceError();
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
    return commandContextOf(principal, body.occurredAt ?? now, now, body.onBehalfOf);
  }
}
