import { actsForUnit, effectiveOfficial, leadsUnit, parseInstant, type CommandContext } from '@lib/domain/core';
import type {
  AssignTask,
  CancelTask,
  DelegateTask,
  ExtendDeadline,
  ReassignTask,
  ReceiveTask,
  RecordDeadlineLapse,
  ReopenTask,
} from './task.commands';
import type {
  DeadlineExtended,
  DeadlineLapsed,
  TaskAssigned,
  TaskCancelled,
  TaskDelegated,
  TaskReceived,
  TaskReopened,
} from './task.events';
import {
  AlreadyHeldByPersonError,
  DeadlineBeforeAssignmentError,
  DeadlineNotLaterError,
  DelegateOutsideHoldingUnitError,
  LeadAlsoCoordinatingError,
  LeadUnitRequiredError,
  NotAssigningAuthorityError,
  NotHoldingUnitLeaderError,
  NotMemberOfUnitError,
  ResponsibleOutsideLeadUnitError,
  TaskAlreadyAssignedError,
  TaskAlreadyReceivedError,
  TaskAwaitingReassignmentError,
  TaskKindMismatchError,
  TaskNotClosedError,
} from './task.errors';
import {
  assertNotBeforeAssignment,
  assertNotBeforeCurrentCustody,
  requireAssigningAuthority,
  requireOpen,
  requireText,
} from './task-guards';
import type { AssignedTask, TaskState } from './task-state';
import type { PersonInUnit } from './task-values';

export function assignTask(command: AssignTask, state: TaskState): TaskAssigned[] {
  const { data, context } = command;
  if (state.status === 'initial') {
    requireAuthority(data.assigningAuthority, context);
    return [{ type: 'TaskAssigned', data: assignmentData(command, data.assigningAuthority, null) }];
  }
  assertNotBeforeAssignment(state, context);
  const open = requireOpen(state, command.type);
  if (!open.custody.withAssigningAuthority) throw new TaskAlreadyAssignedError(open.lead.unitId);
  if (data.kind !== open.kind) throw new TaskKindMismatchError(open.kind, data.kind);
  requireAssigningAuthority(open, context);
  assertNotBeforeCurrentCustody(open, context);
  return [{ type: 'TaskAssigned', data: assignmentData(command, open.assigningAuthority, open.lead.unitId) }];
}

/** A reassignment is the assignment again, with the new lead (and what else it names) over what was assigned. */
export function reassignTask(command: ReassignTask, task: AssignedTask): TaskAssigned[] {
  const { data, context } = command;
  return assignTask(
    {
      type: 'AssignTask',
      context,
      data: {
        taskId: task.taskId,
        kind: task.kind,
        title: task.title,
        category: task.category,
        source: task.source,
        assigningAuthority: task.assigningAuthority,
        leadUnitId: data.leadUnitId,
        coordinatingUnitIds: task.lead.coordinatingUnitIds.filter((unitId) => unitId !== data.leadUnitId),
        ...(data.responsiblePerson ? { responsiblePerson: { ...data.responsiblePerson } } : {}),
        deadline: data.deadline ?? task.deadline,
      },
    },
    task,
  );
}

/** What the watcher judged (from the task's record, the organisation and the calendar) is written as it was judged. */
export function recordDeadlineLapse(command: RecordDeadlineLapse, task: AssignedTask): DeadlineLapsed[] {
  return [{ type: 'DeadlineLapsed', data: { taskId: task.taskId, lapseAt: command.data.lapseAt, ruleCodes: [...command.data.ruleCodes] } }];
}

function requireAuthority(authority: PersonInUnit, context: CommandContext): void {
  const official = effectiveOfficial(context);
  if (official.personId !== authority.personId && !leadsUnit(official, authority.unitId)) {
    throw new NotAssigningAuthorityError(official.personId, authority.unitId);
  }
}

function assignmentData(
  { data, context }: AssignTask,
  assigningAuthority: PersonInUnit,
  previousLeadUnitId: string | null,
): TaskAssigned['data'] {
  const leadUnitId = data.leadUnitId.trim();
  if (leadUnitId === '') throw new LeadUnitRequiredError();
  const coordinatingUnitIds = [...new Set(data.coordinatingUnitIds)];
  if (coordinatingUnitIds.includes(leadUnitId)) throw new LeadAlsoCoordinatingError(leadUnitId);
  const { dueAt } = data.deadline;
  // Due at once (an urgency) is the assignment's own instant; anything earlier was over before it began.
  if (dueAt !== null && parseInstant(dueAt, 'deadline.dueAt') < parseInstant(context.occurredAt, 'occurredAt')) {
    throw new DeadlineBeforeAssignmentError(dueAt, context.occurredAt);
  }
  const responsible = data.responsiblePerson;
  if (responsible !== undefined && responsible.unitId !== leadUnitId) {
    throw new ResponsibleOutsideLeadUnitError(responsible.personId, responsible.unitId, leadUnitId);
  }
  return {
    taskId: data.taskId,
    kind: data.kind,
    title: requireText(data.title, 'title'),
    category: requireText(data.category, 'category'),
    source: data.source,
    assigningAuthority,
    leadUnitId,
    coordinatingUnitIds,
    responsiblePersonId: responsible?.personId ?? null,
    deadline: data.deadline,
    reassignment: previousLeadUnitId !== null,
    previousLeadUnitId,
  };
}

/** Registration by the holding unit (its clerk, usually): any official of that unit may record it. */
export function receiveTask(command: ReceiveTask, task: AssignedTask): TaskReceived[] {
  const open = requireOpen(task, command.type);
  if (open.custody.withAssigningAuthority) throw new TaskAwaitingReassignmentError(command.type);
  const official = effectiveOfficial(command.context);
  const unitId = open.custody.holder.unitId;
  if (!actsForUnit(official, unitId)) throw new NotMemberOfUnitError(official.personId, unitId);
  if (open.custody.receivedAt !== null) throw new TaskAlreadyReceivedError(unitId, open.custody.receivedAt);
  return [{ type: 'TaskReceived', data: { unitId } }];
}

export function delegateTask(command: DelegateTask, task: AssignedTask): TaskDelegated[] {
  const open = requireOpen(task, command.type);
  if (open.custody.withAssigningAuthority) throw new TaskAwaitingReassignmentError(command.type);
  const official = effectiveOfficial(command.context);
  const holder = open.custody.holder;
  if (!leadsUnit(official, holder.unitId)) throw new NotHoldingUnitLeaderError(official.personId, holder.unitId);
  const { person } = command.data;
  if (person.unitId !== holder.unitId) {
    throw new DelegateOutsideHoldingUnitError(person.personId, person.unitId, holder.unitId);
  }
  if (person.personId === holder.personId) throw new AlreadyHeldByPersonError(person.personId);
  assertNotBeforeCurrentCustody(open, command.context);
  return [
    {
      type: 'TaskDelegated',
      data: { unitId: holder.unitId, personId: person.personId, previousPersonId: holder.personId ?? null },
    },
  ];
}

export function extendDeadline(command: ExtendDeadline, task: AssignedTask): DeadlineExtended[] {
  const open = requireOpen(task, command.type);
  const official = requireAssigningAuthority(open, command.context);
  const reason = requireText(command.data.reason, 'reason');
  const { deadline } = command.data;
  const current = open.deadline.dueAt;
  const later =
    deadline.dueAt !== null &&
    (current === null || parseInstant(deadline.dueAt, 'deadline.dueAt') > parseInstant(current, 'deadline.dueAt'));
  if (!later) throw new DeadlineNotLaterError(current, deadline.dueAt);
  return [
    {
      type: 'DeadlineExtended',
      data: {
        previousDeadline: open.deadline,
        deadline,
        approvedBy: { personId: official.personId, unitId: official.unitId },
        reason,
      },
    },
  ];
}

export function reopenTask(command: ReopenTask, task: AssignedTask): TaskReopened[] {
  requireAssigningAuthority(task, command.context);
  if (task.status === 'open') throw new TaskNotClosedError();
  return [{ type: 'TaskReopened', data: { reason: requireText(command.data.reason, 'reason') } }];
}

export function cancelTask(command: CancelTask, task: AssignedTask): TaskCancelled[] {
  const open = requireOpen(task, command.type);
  requireAssigningAuthority(open, command.context);
  return [{ type: 'TaskCancelled', data: { reason: requireText(command.data.reason, 'reason') } }];
}
