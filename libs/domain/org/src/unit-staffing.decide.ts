import { present } from '@lib/domain/core';
import type { OrganisationLookup } from './org-activity';
import type { AppointPerson, DelegateAuthority, DesignateActingHead, EndAppointment, EndDelegation } from './org.commands';
import { PersonNotFoundError } from './org.errors';
import type { ActingHeadDesignated, AppointmentEnded, AuthorityDelegated, DelegationEnded, PersonAppointed } from './org.events';
import {
  optionalEndDate,
  requireDate,
  requireEstablished,
  requirePosition,
  requireOrgText,
  requireWithinLifetime,
} from './org-input.guards';
import { covers, overlaps, type DateInterval } from './date-interval';
import {
  AppointmentAlreadyEndedError,
  AppointmentIdTakenError,
  AppointmentNotFoundError,
  AppointmentOverlapsError,
  DelegationNotFoundError,
  DelegationOverlapsError,
  EndOutsideTermError,
  HeadAlreadyAppointedError,
  HeadInOfficeError,
  TermEndUnchangedError,
} from './staffing.errors';
import type { DelegationKind, EstablishedUnit, UnitState } from './unit-state';

export function appointPerson(command: AppointPerson, state: UnitState, lookup: OrganisationLookup): PersonAppointed[] {
  const unit = requireEstablished(state, command.data.unitId);
  const appointmentId = requireOrgText(command.data.appointmentId, 'appointmentId');
  const personId = requirePerson(lookup, command.data.personId);
  const position = requirePosition(command.data.position);
  const term = requireTerm(unit, command.data.validFrom, command.data.validTo);
  requireNewId(unit, appointmentId);
  const own = unit.appointments.find((other) => other.personId === personId && overlaps(other, term));
  if (own !== undefined) throw new AppointmentOverlapsError(personId, unit.unitId, own.appointmentId);
  if (position === 'head') {
    const head = unit.appointments.find((other) => other.position === 'head' && overlaps(other, term));
    if (head !== undefined) throw new HeadAlreadyAppointedError(unit.unitId, head.personId, head.appointmentId);
  }
  return [
    { type: 'PersonAppointed', data: { appointmentId, unitId: unit.unitId, personId, position, validFrom: term.from, validTo: term.to } },
  ];
}

export function endAppointment(command: EndAppointment, state: UnitState): AppointmentEnded[] {
  const unit = requireEstablished(state, command.data.unitId);
  const appointment = unit.appointments.find((candidate) => candidate.appointmentId === command.data.appointmentId);
  if (appointment === undefined) throw new AppointmentNotFoundError(command.data.appointmentId, unit.unitId);
  const validTo = requireEndWithinTerm(appointment.appointmentId, appointment, appointment.ended, command.data.validTo);
  return [
    {
      type: 'AppointmentEnded',
      data: { appointmentId: appointment.appointmentId, unitId: unit.unitId, personId: appointment.personId, validTo },
    },
  ];
}

export function designateActingHead(command: DesignateActingHead, state: UnitState, lookup: OrganisationLookup): ActingHeadDesignated[] {
  const { unit, delegationId, personId, term } = requireDelegation(command, state, lookup, 'acting_head');
  const head = unit.appointments.find((appointment) => appointment.position === 'head' && covers(appointment, term.from));
  if (head !== undefined) throw new HeadInOfficeError(unit.unitId, head.personId);
  return [{ type: 'ActingHeadDesignated', data: { delegationId, unitId: unit.unitId, personId, validFrom: term.from, validTo: term.to } }];
}

export function delegateAuthority(command: DelegateAuthority, state: UnitState, lookup: OrganisationLookup): AuthorityDelegated[] {
  requireDate(command.data.validTo, 'validTo');
  const { unit, delegationId, personId, term } = requireDelegation(command, state, lookup, 'delegated');
  return [
    {
      type: 'AuthorityDelegated',
      data: { delegationId, unitId: unit.unitId, personId, validFrom: term.from, validTo: present(term.to, 'the end of a delegation') },
    },
  ];
}

export function endDelegation(command: EndDelegation, state: UnitState): DelegationEnded[] {
  const unit = requireEstablished(state, command.data.unitId);
  const delegation = unit.delegations.find((candidate) => candidate.delegationId === command.data.delegationId);
  if (delegation === undefined) throw new DelegationNotFoundError(command.data.delegationId, unit.unitId);
  const validTo = requireEndWithinTerm(delegation.delegationId, delegation, delegation.ended, command.data.validTo);
  return [
    {
      type: 'DelegationEnded',
      data: { delegationId: delegation.delegationId, unitId: unit.unitId, personId: delegation.personId, validTo },
    },
  ];
}

function requireDelegation(
  command: DesignateActingHead | DelegateAuthority,
  state: UnitState,
  lookup: OrganisationLookup,
  kind: DelegationKind,
) {
  const unit = requireEstablished(state, command.data.unitId);
  const delegationId = requireOrgText(command.data.delegationId, 'delegationId');
  const personId = requirePerson(lookup, command.data.personId);
  const term = requireTerm(unit, command.data.validFrom, command.data.validTo);
  requireNewId(unit, delegationId);
  const clash = unit.delegations.find((other) => other.kind === kind && overlaps(other, term));
  if (clash !== undefined) throw new DelegationOverlapsError(unit.unitId, clash.delegationId);
  return { unit, delegationId, personId, term };
}

function requirePerson(lookup: OrganisationLookup, value: string): string {
  const personId = requireOrgText(value, 'personId');
  if (!lookup.hasPerson(personId)) throw new PersonNotFoundError(personId);
  return personId;
}

/** Appointments and delegations start on a day the unit exists. */
function requireTerm(unit: EstablishedUnit, from: string, to: string | null | undefined): DateInterval {
  const validFrom = requireDate(from, 'validFrom');
  requireWithinLifetime(unit, validFrom, 'validFrom');
  return { from: validFrom, to: optionalEndDate(to, validFrom) };
}

function requireNewId(unit: EstablishedUnit, id: string): void {
  const taken = unit.appointments.some((a) => a.appointmentId === id) || unit.delegations.some((d) => d.delegationId === id);
  if (taken) throw new AppointmentIdTakenError(id);
}

/**
 * Ending shortens a term once: the last day lies between its first day and its planned end. Ending it on the
 * planned end itself would record a change that changes nothing, so it is refused like a second ending.
 */
function requireEndWithinTerm(id: string, term: DateInterval, ended: boolean, value: string): string {
  if (ended) throw new AppointmentAlreadyEndedError(id, present(term.to, 'the end of an ended term'));
  const validTo = requireDate(value, 'validTo');
  if (validTo < term.from || (term.to !== null && validTo > term.to)) throw new EndOutsideTermError(id, term.from, term.to, validTo);
  if (validTo === term.to) throw new TermEndUnchangedError(id, validTo);
  return validTo;
}
