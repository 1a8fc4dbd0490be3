import { parseInstant, type CommandContext } from '@lib/domain/core';
import type { IssueApology, IssueAppointment, ReceiveSupplement, RequestSupplement, ReturnResult, TaskCommandType } from './task.commands';
import type { ApologyIssued, AppointmentIssued, ResultReturned, SupplementReceived, SupplementRequested } from './task.events';
import { AppointmentAlreadyIssuedError, NotADossierError, ResultAlreadyReturnedError, SupplementNotRequestedError } from './task.errors';
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

/**
 * The applicant's complete supplement answers the open request and ends the lawful pause it began (a
 * partial supplement is not recorded as one: the request stays open). Refused when no request is open,
 * or when dated before the request.
 */
export function receiveSupplement(command: ReceiveSupplement, task: AssignedTask): SupplementReceived[] {
  const dossier = requireDossier(task, command);
  const open = dossier.openSupplementRequest;
  const { occurredAt } = command.context;
  if (open === null || parseInstant(occurredAt, 'occurredAt') < parseInstant(open.requestedAt, 'requestedAt')) {
    throw new SupplementNotRequestedError(occurredAt, open);
  }
  return [{ type: 'SupplementReceived', data: { requestEventId: open.eventId, content: requireText(command.data.content, 'content') } }];
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
