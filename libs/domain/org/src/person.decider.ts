import { assertOccurredNotInFuture, DEFAULT_CLOCK_SKEW_MS, type Decider } from '@lib/domain/core';
import type { OrganisationLookup } from './org-activity';
import type { PersonCommand } from './org.commands';
import { OfficialCodeTakenError, PersonAlreadyRegisteredError } from './org.errors';
import type { PersonEvent } from './org.events';
import { requireOrgText } from './org-input.guards';
import type { OrgDeciderOptions } from './unit.decider';

export interface RegisteredPerson {
  status: 'registered';
  personId: string;
  fullName: string;
  officialCode: string;
}

/** A person's stream holds who they are; where they work lives on the unit streams (appointments). */
export type PersonState = { status: 'initial' } | RegisteredPerson;

export const initialPersonState = (): PersonState => ({ status: 'initial' });

export function evolvePerson(state: PersonState, event: PersonEvent): PersonState {
  if (state.status !== 'initial') return state;
  const { personId, fullName, officialCode } = event.data;
  return { status: 'registered', personId, fullName, officialCode };
}

export function decidePerson(
  command: PersonCommand,
  state: PersonState,
  lookup: OrganisationLookup,
  options: OrgDeciderOptions = {},
): PersonEvent[] {
  assertOccurredNotInFuture(command.context, options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS);
  const personId = requireOrgText(command.data.personId, 'personId');
  if (state.status !== 'initial') throw new PersonAlreadyRegisteredError(personId);
  const fullName = requireOrgText(command.data.fullName, 'fullName');
  const officialCode = requireOrgText(command.data.officialCode, 'officialCode');
  const holder = lookup.personWithOfficialCode(officialCode);
  if (holder !== undefined && holder !== personId) throw new OfficialCodeTakenError(officialCode, holder);
  return [{ type: 'PersonRegistered', data: { personId, fullName, officialCode } }];
}

export function createPersonDecider(
  lookup: OrganisationLookup,
  options: OrgDeciderOptions = {},
): Decider<PersonCommand, PersonEvent, PersonState> {
  return {
    decide: (command, state) => decidePerson(command, state, lookup, options),
    evolve: evolvePerson,
    initialState: initialPersonState,
  };
}
