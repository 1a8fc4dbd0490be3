import type { Position } from '@lib/domain/core';
import { isLocalDate } from './date-interval';
import type { OrganisationLookup } from './org-activity';
import {
  EffectiveBeforeEstablishmentError,
  InvalidDateRangeError,
  InvalidLocalDateError,
  OrgRequiredTextMissingError,
  UnitEndedError,
  UnitNotActiveError,
  UnitNotFoundError,
  UnknownPositionError,
  UnknownUnitKindError,
} from './org.errors';
import { isPosition, isUnitKind, type LocalDate, type UnitKind } from './org-values';
import type { EstablishedUnit, UnitState } from './unit-state';

export function requireDate(value: unknown, field: string): LocalDate {
  if (!isLocalDate(value)) throw new InvalidLocalDateError(field, value);
  return value;
}

export function optionalEndDate(value: string | null | undefined, from: LocalDate, field = 'validTo'): LocalDate | null {
  if (value === undefined || value === null || value === '') return null;
  const to = requireDate(value, field);
  if (to < from) throw new InvalidDateRangeError(from, to, field);
  return to;
}

/** Trimmed, NFC-normalised text; Vietnamese typed on some systems arrives decomposed (NFD). */
export function requireOrgText(value: string | undefined | null, field: string): string {
  const text = (value ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');
  if (text === '') throw new OrgRequiredTextMissingError(field);
  return text;
}

export function requireUnitKind(kind: string): UnitKind {
  if (!isUnitKind(kind)) throw new UnknownUnitKindError(kind);
  return kind;
}

export function requirePosition(position: string): Position {
  if (!isPosition(position)) throw new UnknownPositionError(position);
  return position;
}

export function requireEstablished(state: UnitState, unitId: string): EstablishedUnit {
  if (state.status === 'initial') throw new UnitNotFoundError(unitId);
  return state;
}

/** A change to the unit itself must fall within its lifetime: not before establishment, not from its end on. */
export function requireWithinLifetime(unit: EstablishedUnit, date: LocalDate, field: string): void {
  if (date < unit.validFrom) throw new EffectiveBeforeEstablishmentError(unit.unitId, date, unit.validFrom, field);
  if (unit.end !== null && date >= unit.end.effectiveOn) {
    throw new UnitEndedError(unit.unitId, unit.end.kind, unit.end.effectiveOn, date, field);
  }
}

/** Another unit named by a command (parent, successor) must exist on the effective date. */
export function requireActiveUnit(lookup: OrganisationLookup, unitId: string, date: LocalDate, field: string): void {
  const activity = lookup.unitActivity(unitId, date);
  if (activity.active) return;
  if (activity.reason === 'unknown') throw new UnitNotFoundError(unitId, field);
  throw new UnitNotActiveError(unitId, date, activity.reason, activity.detail, field);
}
