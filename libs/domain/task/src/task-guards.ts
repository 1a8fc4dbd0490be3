import { effectiveOfficial, leadsUnit, parseInstant, type CommandContext, type Official } from '@lib/domain/core';
import type { TaskCommandType } from './task.commands';
import {
  NotAssigningAuthorityError,
  NotCurrentHolderError,
  RequiredTextMissingError,
  TaskAwaitingReassignmentError,
  TaskClosedError,
  TaskNotFoundError,
} from './task.errors';
import { OccurredBeforeAssignmentError, OccurredBeforeCurrentCustodyError } from './entry.errors';
import type { AssignedTask, OpenTask, TaskState } from './task-state';
import type { Party } from './task-values';

export function requireAssigned(state: TaskState, command: TaskCommandType): AssignedTask {
  if (state.status === 'initial') throw new TaskNotFoundError(command);
  return state;
}

export function requireOpen(task: AssignedTask, command: TaskCommandType): OpenTask {
  if (task.status !== 'open') throw new TaskClosedError(task.status, command);
  return task;
}

function isHolder(official: Official, holder: Party): boolean {
  return (holder.personId !== undefined && holder.personId === official.personId) || leadsUnit(official, holder.unitId);
}

/**
 * The checks shared by every act of the current holder: the task is open, still with
 * a unit that must handle it, and the official is the holder or leads the holding unit.
 */
export function requireHolder(task: AssignedTask, context: CommandContext, command: TaskCommandType): OpenTask {
  const open = requireOpen(task, command);
  if (open.custody.withAssigningAuthority) throw new TaskAwaitingReassignmentError(command);
  const official = effectiveOfficial(context);
  if (!isHolder(official, open.custody.holder)) {
    throw new NotCurrentHolderError(official.personId, { ...open.custody.holder });
  }
  return open;
}

export function requireAssigningAuthority(task: AssignedTask, context: CommandContext): Official {
  const official = effectiveOfficial(context);
  const authority = task.assigningAuthority;
  if (official.personId !== authority.personId && !leadsUnit(official, authority.unitId)) {
    throw new NotAssigningAuthorityError(official.personId, authority.unitId);
  }
  return official;
}

export function requireText(value: string | undefined, field: string): string {
  const text = value?.trim() ?? '';
  if (text === '') throw new RequiredTextMissingError(field);
  return text;
}

export function optionalText(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

export function assertNotBeforeAssignment(task: AssignedTask, context: CommandContext): void {
  if (parseInstant(context.occurredAt, 'occurredAt') < parseInstant(task.assignedAt, 'assignedAt')) {
    throw new OccurredBeforeAssignmentError(context.occurredAt, task.assignedAt);
  }
}

/** Custody intervals must not overlap: a hand-off cannot precede the start of the current hold. */
export function assertNotBeforeCurrentCustody(task: OpenTask, context: CommandContext): void {
  if (parseInstant(context.occurredAt, 'occurredAt') < parseInstant(task.custody.heldSince, 'heldSince')) {
    throw new OccurredBeforeCurrentCustodyError(context.occurredAt, task.custody.heldSince);
  }
}
