import type { OrganisationLookup } from './org-activity';
import type { DissolveUnit, EstablishUnit, MergeUnit, MoveUnit, RenameUnit } from './org.commands';
import {
  UnitAlreadyEstablishedError,
  UnitCycleError,
  UnitEndedError,
  UnitEndNotAfterEstablishmentError,
  UnitHasActiveSubunitsError,
  UnitMergedIntoItselfError,
  UnitNameUnchangedError,
  UnitParentUnchangedError,
} from './org.errors';
import type { UnitDissolved, UnitEstablished, UnitMerged, UnitMoved, UnitRenamed } from './org.events';
import {
  requireActiveUnit,
  requireDate,
  requireEstablished,
  requireOrgText,
  requireUnitKind,
  requireWithinLifetime,
} from './org-input.guards';
import type { LocalDate } from './org-values';
import { nameOn, parentOn, type EstablishedUnit, type UnitState } from './unit-state';

export function establishUnit(command: EstablishUnit, state: UnitState, lookup: OrganisationLookup): UnitEstablished[] {
  const { unitId, parentUnitId } = command.data;
  if (state.status !== 'initial') throw new UnitAlreadyEstablishedError(unitId);
  const id = requireOrgText(unitId, 'unitId');
  const name = requireOrgText(command.data.name, 'name');
  const kind = requireUnitKind(command.data.kind);
  const validFrom = requireDate(command.data.validFrom, 'validFrom');
  if (parentUnitId !== null) {
    if (parentUnitId === id) throw new UnitCycleError(id, parentUnitId);
    requireActiveUnit(lookup, parentUnitId, validFrom, 'parentUnitId');
  }
  return [{ type: 'UnitEstablished', data: { unitId: id, name, kind, parentUnitId, validFrom } }];
}

export function renameUnit(command: RenameUnit, state: UnitState): UnitRenamed[] {
  const unit = requireEstablished(state, command.data.unitId);
  const validFrom = requireDate(command.data.validFrom, 'validFrom');
  requireWithinLifetime(unit, validFrom, 'validFrom');
  const name = requireOrgText(command.data.name, 'name');
  const previousName = nameOn(unit, validFrom);
  if (name === previousName) throw new UnitNameUnchangedError(name);
  return [{ type: 'UnitRenamed', data: { unitId: unit.unitId, name, previousName, validFrom } }];
}

export function moveUnit(command: MoveUnit, state: UnitState, lookup: OrganisationLookup): UnitMoved[] {
  const unit = requireEstablished(state, command.data.unitId);
  const validFrom = requireDate(command.data.validFrom, 'validFrom');
  requireWithinLifetime(unit, validFrom, 'validFrom');
  const { parentUnitId } = command.data;
  const previousParentUnitId = parentOn(unit, validFrom);
  if (parentUnitId === previousParentUnitId) throw new UnitParentUnchangedError(parentUnitId);
  if (parentUnitId !== null) {
    if (parentUnitId === unit.unitId) throw new UnitCycleError(unit.unitId, parentUnitId);
    requireActiveUnit(lookup, parentUnitId, validFrom, 'parentUnitId');
    if (lookup.mayBeAncestorFrom(unit.unitId, parentUnitId, validFrom)) throw new UnitCycleError(unit.unitId, parentUnitId);
  }
  return [{ type: 'UnitMoved', data: { unitId: unit.unitId, parentUnitId, previousParentUnitId, validFrom } }];
}

export function mergeUnit(command: MergeUnit, state: UnitState, lookup: OrganisationLookup): UnitMerged[] {
  const unit = requireEstablished(state, command.data.unitId);
  const effectiveOn = requireEnd(unit, command.data.effectiveOn, lookup);
  const { successorUnitId } = command.data;
  if (successorUnitId === unit.unitId) throw new UnitMergedIntoItselfError(unit.unitId);
  requireActiveUnit(lookup, successorUnitId, effectiveOn, 'successorUnitId');
  return [{ type: 'UnitMerged', data: { unitId: unit.unitId, successorUnitId, effectiveOn } }];
}

export function dissolveUnit(command: DissolveUnit, state: UnitState, lookup: OrganisationLookup): UnitDissolved[] {
  const unit = requireEstablished(state, command.data.unitId);
  const effectiveOn = requireEnd(unit, command.data.effectiveOn, lookup);
  const reason = command.data.reason?.normalize('NFC').trim() || null;
  return [{ type: 'UnitDissolved', data: { unitId: unit.unitId, effectiveOn, reason } }];
}

/** A unit ends once, after its first day, and only when nothing below it still exists. */
function requireEnd(unit: EstablishedUnit, value: string, lookup: OrganisationLookup): LocalDate {
  const effectiveOn = requireDate(value, 'effectiveOn');
  if (unit.end !== null) throw new UnitEndedError(unit.unitId, unit.end.kind, unit.end.effectiveOn, effectiveOn, 'effectiveOn');
  if (effectiveOn <= unit.validFrom) throw new UnitEndNotAfterEstablishmentError(unit.unitId, effectiveOn, unit.validFrom);
  const subunits = lookup.subunitsOn(unit.unitId, effectiveOn);
  if (subunits.length > 0) throw new UnitHasActiveSubunitsError(unit.unitId, effectiveOn, subunits);
  return effectiveOn;
}
