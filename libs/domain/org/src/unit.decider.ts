import { assertNever, assertOccurredNotInFuture, DEFAULT_CLOCK_SKEW_MS, type Decider } from '@lib/domain/core';
import type { OrganisationLookup } from './org-activity';
import type { UnitCommand } from './org.commands';
import type { UnitEvent } from './org.events';
import { evolveUnit } from './unit.evolve';
import { grantMandate, withdrawMandate } from './unit-mandate.decide';
import { appointPerson, delegateAuthority, designateActingHead, endAppointment, endDelegation } from './unit-staffing.decide';
import { initialUnitState, type UnitState } from './unit-state';
import { dissolveUnit, establishUnit, mergeUnit, moveUnit, renameUnit } from './unit-structure.decide';

export interface OrgDeciderOptions {
  clockSkewMs?: number;
}

/**
 * Decides on one unit stream. Rules inside the stream (one head at a time, lifetime, mandates) hold
 * strictly under the stream's expected version; references to other streams (parent, successor,
 * persons) are checked against `lookup`, the organisation as the caller's timeline knows it.
 */
export function decideUnit(
  command: UnitCommand,
  state: UnitState,
  lookup: OrganisationLookup,
  options: OrgDeciderOptions = {},
): UnitEvent[] {
  assertOccurredNotInFuture(command.context, options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS);
  switch (command.type) {
    case 'EstablishUnit':
      return establishUnit(command, state, lookup);
    case 'RenameUnit':
      return renameUnit(command, state);
    case 'MoveUnit':
      return moveUnit(command, state, lookup);
    case 'MergeUnit':
      return mergeUnit(command, state, lookup);
    case 'DissolveUnit':
      return dissolveUnit(command, state, lookup);
    case 'AppointPerson':
      return appointPerson(command, state, lookup);
    case 'EndAppointment':
      return endAppointment(command, state);
    case 'DesignateActingHead':
      return designateActingHead(command, state, lookup);
    case 'DelegateAuthority':
      return delegateAuthority(command, state, lookup);
    case 'EndDelegation':
      return endDelegation(command, state);
    case 'GrantMandate':
      return grantMandate(command, state);
    case 'WithdrawMandate':
      return withdrawMandate(command, state);
    default:
      return assertNever(command);
  }
}

export function createUnitDecider(lookup: OrganisationLookup, options: OrgDeciderOptions = {}): Decider<UnitCommand, UnitEvent, UnitState> {
  return {
    decide: (command, state) => decideUnit(command, state, lookup, options),
    evolve: evolveUnit,
    initialState: initialUnitState,
  };
}
