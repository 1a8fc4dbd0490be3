import type { CommandContext } from '@lib/domain/core';
import type { OrgCommand } from '../org.commands';
import type { OrgEvent } from '../org.events';

/** The command that should decide exactly this event: replaying a log through the deciders proves it valid. */
export function commandFor(event: OrgEvent, context: CommandContext): OrgCommand {
  switch (event.type) {
    case 'UnitEstablished':
      return { type: 'EstablishUnit', data: event.data, context };
    case 'UnitRenamed':
      return { type: 'RenameUnit', data: { unitId: event.data.unitId, name: event.data.name, validFrom: event.data.validFrom }, context };
    case 'UnitMoved':
      return {
        type: 'MoveUnit',
        data: { unitId: event.data.unitId, parentUnitId: event.data.parentUnitId, validFrom: event.data.validFrom },
        context,
      };
    case 'UnitMerged':
      return { type: 'MergeUnit', data: event.data, context };
    case 'UnitDissolved':
      return {
        type: 'DissolveUnit',
        data: { unitId: event.data.unitId, effectiveOn: event.data.effectiveOn, reason: event.data.reason ?? '' },
        context,
      };
    case 'PersonAppointed':
      return { type: 'AppointPerson', data: event.data, context };
    case 'AppointmentEnded':
      return {
        type: 'EndAppointment',
        data: { appointmentId: event.data.appointmentId, unitId: event.data.unitId, validTo: event.data.validTo },
        context,
      };
    case 'ActingHeadDesignated':
      return { type: 'DesignateActingHead', data: event.data, context };
    case 'AuthorityDelegated':
      return { type: 'DelegateAuthority', data: event.data, context };
    case 'DelegationEnded':
      return {
        type: 'EndDelegation',
        data: { delegationId: event.data.delegationId, unitId: event.data.unitId, validTo: event.data.validTo },
        context,
      };
    case 'MandateGranted':
      return { type: 'GrantMandate', data: event.data, context };
    case 'MandateWithdrawn':
      return {
        type: 'WithdrawMandate',
        data: { unitId: event.data.unitId, category: event.data.category, validTo: event.data.validTo },
        context,
      };
    case 'PersonRegistered':
      return { type: 'RegisterPerson', data: event.data, context };
  }
}
