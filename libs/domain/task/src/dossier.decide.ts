import { parseInstant, type CommandContext } from '@lib/domain/core';
import type { IssueApology, IssueAppointment, RequestSupplement, ReturnResult, TaskCommandType } from './task.commands';
import type { ApologyIssued, AppointmentIssued, ResultReturned, SupplementRequested } from './task.events';
import { AppointmentAlreadyIssuedError, NotADossierError, ResultAlreadyReturnedError } from './task.errors';
import { requireHolder, requireText } from './task-guards';
import type { AssignedTask, DossierProgress } from './task-state';

/** Dossier slips are issued by whoever holds the dossier (the one-stop desk or the handling unit). */
function requireDossier(task: AssignedTask, command: { type: TaskCommandType; context: CommandContext }): DossierProgress {
  if (task.kind !== 'dossier') throw new NotADossierError(command.type);
  requireHolder(task, command.context, command.type);
  return task.dossier;
}

export function requestSupplement(command: RequestSupplement, task: AssignedTask): SupplementRequested[] {
  requireDossier(task, command);
  const { data } = command;
  return [
    {
      type: 'SupplementRequested',
      data: {
        content: requireText(data.content, 'content'),
        stage: requireText(data.stage, 'stage'),
        legalBasis: requireText(data.legalBasis, 'legalBasis'),
        approvedBy: data.approvedBy,
      },
    },
  ];
}

/** One appointment slip per dossier; a later promise comes with an apology slip. */
export function issueAppointment(command: IssueAppointment, task: AssignedTask): AppointmentIssued[] {
  const dossier = requireDossier(task, command);
  if (dossier.promisedReturnBy !== null) throw new AppointmentAlreadyIssuedError(dossier.promisedReturnBy);
  parseInstant(command.data.returnBy, 'returnBy');
  return [{ type: 'AppointmentIssued', data: { returnBy: command.data.returnBy } }];
}

export function returnResult(command: ReturnResult, task: AssignedTask): ResultReturned[] {
  const dossier = requireDossier(task, command);
  if (dossier.resultReturned) throw new ResultAlreadyReturnedError();
  return [{ type: 'ResultReturned', data: { result: requireText(command.data.result, 'result') } }];
}

export function issueApology(command: IssueApology, task: AssignedTask): ApologyIssued[] {
  requireDossier(task, command);
  parseInstant(command.data.newReturnBy, 'newReturnBy');
  return [
    {
      type: 'ApologyIssued',
      data: { reason: requireText(command.data.reason, 'reason'), newReturnBy: command.data.newReturnBy },
    },
  ];
}
