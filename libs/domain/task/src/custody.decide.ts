import type { CommentOnTask, CompleteTask, ProposeReassignment, ReportDifficulty, ReturnTask, TransferTask } from './task.commands';
import type { DifficultyReported, ReassignmentProposed, TaskCommented, TaskCompleted, TaskReturned, TaskTransferred } from './task.events';
import { InvalidReturnReasonError, TransferToHoldingUnitError } from './task.errors';
import { assertNotBeforeCurrentCustody, optionalText, requireHolder, requireOpen, requireText } from './task-guards';
import type { AssignedTask } from './task-state';
import { RETURN_REASON_CODES, type ReturnReasonCode } from './task-values';

export function transferTask(command: TransferTask, task: AssignedTask): TaskTransferred[] {
  const open = requireHolder(task, command.context, command.type);
  const { to } = command.data;
  if (to.unitId === open.custody.holder.unitId) throw new TransferToHoldingUnitError(to.unitId);
  const reason = requireText(command.data.reason, 'reason');
  assertNotBeforeCurrentCustody(open, command.context);
  return [{ type: 'TaskTransferred', data: { from: open.custody.holder, to, reason } }];
}

/** Back to whoever sent it; from the lead unit, back to the assigning authority. */
export function returnTask(command: ReturnTask, task: AssignedTask): TaskReturned[] {
  const open = requireHolder(task, command.context, command.type);
  const { reasonCode } = command.data;
  if (!isReturnReasonCode(reasonCode)) throw new InvalidReturnReasonError(reasonCode);
  const reason = reasonCode === 'other' ? requireText(command.data.reason, 'reason') : optionalText(command.data.reason);
  assertNotBeforeCurrentCustody(open, command.context);
  const sender = open.custody.senders.at(-1);
  const to = sender ?? { ...open.assigningAuthority };
  return [
    {
      type: 'TaskReturned',
      data: { from: open.custody.holder, to, toAssigningAuthority: sender === undefined, reasonCode, reason },
    },
  ];
}

function isReturnReasonCode(value: string): value is ReturnReasonCode {
  return (RETURN_REASON_CODES as readonly string[]).includes(value);
}

/** Anyone may annotate an open task; a note carries no authority, the metadata says who wrote it. */
export function commentOnTask(command: CommentOnTask, task: AssignedTask): TaskCommented[] {
  requireOpen(task, command.type);
  return [{ type: 'TaskCommented', data: { content: requireText(command.data.content, 'content') } }];
}

export function proposeReassignment(command: ProposeReassignment, task: AssignedTask): ReassignmentProposed[] {
  const open = requireHolder(task, command.context, command.type);
  return [
    {
      type: 'ReassignmentProposed',
      data: {
        from: open.custody.holder,
        proposedUnitId: optionalText(command.data.proposedUnitId),
        reason: requireText(command.data.reason, 'reason'),
      },
    },
  ];
}

export function reportDifficulty(command: ReportDifficulty, task: AssignedTask): DifficultyReported[] {
  const open = requireHolder(task, command.context, command.type);
  return [
    {
      type: 'DifficultyReported',
      data: {
        from: open.custody.holder,
        to: command.data.to ?? null,
        content: requireText(command.data.content, 'content'),
      },
    },
  ];
}

export function completeTask(command: CompleteTask, task: AssignedTask): TaskCompleted[] {
  const open = requireHolder(task, command.context, command.type);
  return [
    {
      type: 'TaskCompleted',
      data: {
        by: open.custody.holder,
        result: requireText(command.data.result, 'result'),
        outputDocument: command.data.outputDocument ?? null,
      },
    },
  ];
}
