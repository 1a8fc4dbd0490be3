import { assertNever, assertOccurredNotInFuture, DEFAULT_CLOCK_SKEW_MS, effectiveOfficial, type Decider } from '@lib/domain/core';
import { assessDifficulty, recordInitiative } from './assessment.decide';
import {
  assignTask,
  cancelTask,
  delegateTask,
  extendDeadline,
  reassignTask,
  receiveTask,
  recordDeadlineLapse,
  reopenTask,
} from './assignment.decide';
import { answerConsultation, directTask, requestConsultation, submitToSuperior } from './consultation.decide';
import { commentOnTask, completeTask, proposeReassignment, reportDifficulty, returnTask, transferTask } from './custody.decide';
import { issueApology, issueAppointment, receiveSupplement, requestSupplement, returnResult } from './dossier.decide';
import { correctEntry, voidEntry } from './entry.decide';
import type { TaskCommand } from './task.commands';
import type { TaskEvent } from './task.events';
import { evolve } from './task.evolve';
import { assertNotBeforeAssignment, requireAssigned } from './task-guards';
import { initialState, type TaskState } from './task-state';

export interface TaskDeciderOptions {
  /** How far `occurredAt` may lie ahead of `now` (clocks of offices and servers drift). */
  clockSkewMs?: number;
}

function decide(command: TaskCommand, state: TaskState, options: TaskDeciderOptions = {}): TaskEvent[] {
  assertOccurredNotInFuture(command.context, options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS);
  // Only a clerk may record for a named official, whatever the command (comments included).
  effectiveOfficial(command.context);
  if (command.type === 'AssignTask') return assignTask(command, state);
  const task = requireAssigned(state, command.type);
  assertNotBeforeAssignment(task, command.context);
  switch (command.type) {
    case 'ReassignTask':
      return reassignTask(command, task);
    case 'RecordDeadlineLapse':
      return recordDeadlineLapse(command, task);
    case 'ReceiveTask':
      return receiveTask(command, task);
    case 'DelegateTask':
      return delegateTask(command, task);
    case 'TransferTask':
      return transferTask(command, task);
    case 'ReturnTask':
      return returnTask(command, task);
    case 'CommentOnTask':
      return commentOnTask(command, task);
    case 'RequestConsultation':
      return requestConsultation(command, task);
    case 'AnswerConsultation':
      return answerConsultation(command, task);
    case 'SubmitToSuperior':
      return submitToSuperior(command, task);
    case 'DirectTask':
      return directTask(command, task);
    case 'ProposeReassignment':
      return proposeReassignment(command, task);
    case 'ReportDifficulty':
      return reportDifficulty(command, task);
    case 'ExtendDeadline':
      return extendDeadline(command, task);
    case 'CompleteTask':
      return completeTask(command, task);
    case 'ReopenTask':
      return reopenTask(command, task);
    case 'CancelTask':
      return cancelTask(command, task);
    case 'RequestSupplement':
      return requestSupplement(command, task);
    case 'ReceiveSupplement':
      return receiveSupplement(command, task);
    case 'IssueAppointment':
      return issueAppointment(command, task);
    case 'ReturnResult':
      return returnResult(command, task);
    case 'IssueApology':
      return issueApology(command, task);
    case 'AssessDifficulty':
      return assessDifficulty(command, task);
    case 'RecordInitiative':
      return recordInitiative(command, task);
    case 'CorrectEntry':
      return correctEntry(command, task);
    case 'VoidEntry':
      return voidEntry(command, task);
    default:
      return assertNever(command);
  }
}

export function createTaskDecider(options: TaskDeciderOptions = {}): Decider<TaskCommand, TaskEvent, TaskState> {
  return {
    decide: (command, state) => decide(command, state, options),
    evolve,
    initialState,
  };
}

export const taskDecider = createTaskDecider();
