import { assertNever, type CommandContext, type Official } from '@lib/domain/core';
import type { OrganisationTimeline } from '@lib/domain/org';
import type { TaskCommand } from '@lib/domain/task';
import { localDateOf } from '@lib/domain/calendar';
import { InactiveOfficialError, InactiveReferenceError } from './organisation-reference.errors';

interface References {
  units: string[];
  persons: string[];
}

/**
 * Units and persons a task command names must exist and be active on the day it happened; the actor
 * (and the official a clerk records for) must hold a post in their unit that day. Their position and any
 * acting-for or delegated authority are read from the organisation then, not from the token.
 */
export function withOrganisation(context: CommandContext, organisation: OrganisationTimeline): CommandContext {
  const date = localDateOf(context.occurredAt);
  const actor = officialOn(organisation, context.actor, date, 'actor');
  const onBehalfOf = context.onBehalfOf ? officialOn(organisation, context.onBehalfOf, date, 'onBehalfOf') : undefined;
  return { ...context, actor: { ...context.actor, ...positionOf(actor) }, ...(onBehalfOf ? { onBehalfOf } : {}) };
}

export function assertReferencesActive(command: TaskCommand, organisation: OrganisationTimeline): void {
  const date = localDateOf(command.context.occurredAt);
  const { units, persons } = referencesOf(command);
  for (const unitId of new Set(units)) {
    const activity = organisation.isUnitActive(unitId, date);
    if (!activity.active) throw new InactiveReferenceError('unit', unitId, date, activity.reason, activity.detail);
  }
  for (const personId of new Set(persons)) {
    const activity = organisation.isPersonActive(personId, date);
    if (!activity.active) throw new InactiveReferenceError('person', personId, date, activity.reason, activity.detail);
  }
}

function officialOn(organisation: OrganisationTimeline, who: { personId: string; unitId: string }, date: string, role: string): Official {
  const official = organisation.officialAt(who.personId, who.unitId, date);
  if (!official) throw new InactiveOfficialError(role, who.personId, who.unitId, date);
  return official;
}

function positionOf(official: Official): Pick<Official, 'position' | 'actingForUnitIds'> {
  return {
    ...(official.position ? { position: official.position } : {}),
    ...(official.actingForUnitIds && official.actingForUnitIds.length > 0 ? { actingForUnitIds: official.actingForUnitIds } : {}),
  };
}

function referencesOf(command: TaskCommand): References {
  switch (command.type) {
    case 'AssignTask': {
      const { data } = command;
      return {
        units: [
          data.assigningAuthority.unitId,
          data.leadUnitId,
          ...data.coordinatingUnitIds,
          ...(data.responsiblePerson ? [data.responsiblePerson.unitId] : []),
        ],
        persons: [data.assigningAuthority.personId, ...(data.responsiblePerson ? [data.responsiblePerson.personId] : [])],
      };
    }
    case 'ReassignTask': {
      const { data } = command;
      return {
        units: [data.leadUnitId, ...(data.responsiblePerson ? [data.responsiblePerson.unitId] : [])],
        persons: data.responsiblePerson ? [data.responsiblePerson.personId] : [],
      };
    }
    case 'DelegateTask':
      return { units: [command.data.person.unitId], persons: [command.data.person.personId] };
    case 'TransferTask':
    case 'SubmitToSuperior':
      return { units: [command.data.to.unitId], persons: command.data.to.personId ? [command.data.to.personId] : [] };
    case 'ReportDifficulty':
      return {
        units: command.data.to ? [command.data.to.unitId] : [],
        persons: command.data.to?.personId ? [command.data.to.personId] : [],
      };
    case 'RequestConsultation':
      return { units: command.data.unitIds, persons: [] };
    case 'AnswerConsultation':
      return { units: [command.data.unitId], persons: [] };
    case 'ProposeReassignment':
      return { units: command.data.proposedUnitId ? [command.data.proposedUnitId] : [], persons: [] };
    case 'RequestSupplement':
      return { units: [command.data.approvedBy.unitId], persons: [command.data.approvedBy.personId] };
    case 'RecordInitiative':
      return { units: [], persons: command.data.personIds };
    case 'RecordDeadlineLapse':
    case 'ReceiveTask':
    case 'ReturnTask':
    case 'CommentOnTask':
    case 'DirectTask':
    case 'ExtendDeadline':
    case 'CompleteTask':
    case 'ReopenTask':
    case 'CancelTask':
    case 'ReceiveSupplement':
    case 'IssueAppointment':
    case 'ReturnResult':
    case 'IssueApology':
    case 'AssessDifficulty':
    case 'CorrectEntry':
    case 'VoidEntry':
      return { units: [], persons: [] };
    default:
      return assertNever(command);
  }
}
