import { present, type Position } from '@lib/domain/core';
import { covers, versionAt, type DateInterval } from './date-interval';
import type { LocalDate, UnitKind } from './org-values';

export interface NameVersion {
  from: LocalDate;
  name: string;
}

export interface ParentVersion {
  from: LocalDate;
  parentUnitId: string | null;
}

export interface AppointmentRecord extends DateInterval {
  appointmentId: string;
  personId: string;
  position: Position;
  /** Ended early by AppointmentEnded (its `to` is then that last day). */
  ended: boolean;
}

export type DelegationKind = 'acting_head' | 'delegated';

export interface DelegationRecord extends DateInterval {
  delegationId: string;
  personId: string;
  kind: DelegationKind;
  ended: boolean;
}

export interface MandateRecord extends DateInterval {
  category: string;
  withdrawn: boolean;
}

export type UnitEnd =
  | { kind: 'merged'; effectiveOn: LocalDate; successorUnitId: string }
  | { kind: 'dissolved'; effectiveOn: LocalDate; reason: string | null };

/** Everything ever recorded on one unit stream; what held on a given day is read with the functions below. */
export interface EstablishedUnit {
  status: 'established';
  unitId: string;
  kind: UnitKind;
  validFrom: LocalDate;
  /** Sorted by `from`; renames may be recorded late, so they are inserted in date order. */
  names: NameVersion[];
  parents: ParentVersion[];
  end: UnitEnd | null;
  appointments: AppointmentRecord[];
  delegations: DelegationRecord[];
  mandates: MandateRecord[];
}

export type UnitState = { status: 'initial' } | EstablishedUnit;

export const initialUnitState = (): UnitState => ({ status: 'initial' });

/** Established on or before the date and not yet merged or dissolved. */
export function existsOn(unit: EstablishedUnit, date: LocalDate): boolean {
  return unit.validFrom <= date && (unit.end === null || date < unit.end.effectiveOn);
}

export function nameOn(unit: EstablishedUnit, date: LocalDate): string {
  return (versionAt(unit.names, date) ?? present(unit.names[0], 'the first name of a unit')).name;
}

export function parentOn(unit: EstablishedUnit, date: LocalDate): string | null {
  return (versionAt(unit.parents, date) ?? present(unit.parents[0], 'the first parent of a unit')).parentUnitId;
}

/** Staff and delegations count only while the unit exists: a merged unit's open appointments lapse with it. */
export function appointmentsOn(unit: EstablishedUnit, date: LocalDate): AppointmentRecord[] {
  return existsOn(unit, date) ? unit.appointments.filter((appointment) => covers(appointment, date)) : [];
}

export function delegationsOn(unit: EstablishedUnit, date: LocalDate, kind: DelegationKind): DelegationRecord[] {
  return existsOn(unit, date) ? unit.delegations.filter((delegation) => delegation.kind === kind && covers(delegation, date)) : [];
}

export function mandatesOn(unit: EstablishedUnit, date: LocalDate): MandateRecord[] {
  return existsOn(unit, date) ? unit.mandates.filter((mandate) => covers(mandate, date)) : [];
}
