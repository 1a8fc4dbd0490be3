import { present } from '@lib/domain/core';
import { covers, overlaps } from './date-interval';
import type { GrantMandate, WithdrawMandate } from './org.commands';
import type { MandateGranted, MandateWithdrawn } from './org.events';
import { optionalEndDate, requireDate, requireEstablished, requireOrgText, requireWithinLifetime } from './org-input.guards';
import { MandateAlreadyWithdrawnError, MandateNotInForceError, MandateOverlapsError, TermEndUnchangedError } from './staffing.errors';
import type { UnitState } from './unit-state';

export function grantMandate(command: GrantMandate, state: UnitState): MandateGranted[] {
  const unit = requireEstablished(state, command.data.unitId);
  const category = requireOrgText(command.data.category, 'category');
  const validFrom = requireDate(command.data.validFrom, 'validFrom');
  requireWithinLifetime(unit, validFrom, 'validFrom');
  const term = { from: validFrom, to: optionalEndDate(command.data.validTo, validFrom) };
  const clash = unit.mandates.find((mandate) => mandate.category === category && overlaps(mandate, term));
  if (clash !== undefined) throw new MandateOverlapsError(unit.unitId, category, clash.from);
  return [{ type: 'MandateGranted', data: { unitId: unit.unitId, category, validFrom, validTo: term.to } }];
}

export function withdrawMandate(command: WithdrawMandate, state: UnitState): MandateWithdrawn[] {
  const unit = requireEstablished(state, command.data.unitId);
  const category = requireOrgText(command.data.category, 'category');
  const validTo = requireDate(command.data.validTo, 'validTo');
  const grant = unit.mandates.find((mandate) => mandate.category === category && covers(mandate, validTo));
  if (grant === undefined) throw new MandateNotInForceError(unit.unitId, category, validTo);
  // A grant is withdrawn once (as an appointment is ended once); on its own last day nothing would change.
  if (grant.withdrawn)
    throw new MandateAlreadyWithdrawnError(unit.unitId, category, grant.from, present(grant.to, 'the end of a withdrawn grant'));
  if (grant.to === validTo) throw new TermEndUnchangedError(`${category}/${grant.from}`, validTo);
  return [{ type: 'MandateWithdrawn', data: { unitId: unit.unitId, category, grantedFrom: grant.from, validTo } }];
}
