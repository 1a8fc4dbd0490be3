import type { Position } from '@lib/domain/core';
import { previousDay } from './date-interval';
import { POSITIONS, type LocalDate } from './org-values';
import {
  appointmentsOn,
  delegationsOn,
  type AppointmentRecord,
  type DelegationKind,
  type DelegationRecord,
  type EstablishedUnit,
} from './unit-state';

/** An appointment or delegation as it was in force: its end is cut at the unit's end. */
export interface TermView {
  id: string;
  unitId: string;
  personId: string;
  from: LocalDate;
  to: LocalDate | null;
  /** Ended early by a recorded decision. */
  ended: boolean;
}

export type AppointmentView = TermView & { position: Position };
export type DelegationView = TermView & { kind: DelegationKind };

export type InChargeBasis = 'head' | 'acting_head' | 'delegated';

/** Who answers for a unit on a date: a delegate while a delegation is in force, else the head, else the acting head. */
export interface Leadership {
  unitId: string;
  date: LocalDate;
  head: AppointmentView | null;
  actingHead: DelegationView | null;
  delegate: DelegationView | null;
  inCharge: { personId: string; basis: InChargeBasis } | null;
}

export function leadershipOn(unit: EstablishedUnit, date: LocalDate): Leadership {
  const head = appointmentsOn(unit, date).find((appointment) => appointment.position === 'head');
  const acting = delegationsOn(unit, date, 'acting_head')[0];
  const delegated = delegationsOn(unit, date, 'delegated')[0];
  const actingHead = acting === undefined ? null : delegationView(unit, acting);
  const delegate = delegated === undefined ? null : delegationView(unit, delegated);
  const headView = head === undefined ? null : appointmentView(unit, head);
  const inCharge =
    delegate !== null
      ? { personId: delegate.personId, basis: 'delegated' as const }
      : headView !== null
        ? { personId: headView.personId, basis: 'head' as const }
        : actingHead !== null
          ? { personId: actingHead.personId, basis: 'acting_head' as const }
          : null;
  return { unitId: unit.unitId, date, head: headView, actingHead, delegate, inCharge };
}

/** The person's highest position in the unit on the date, if any. */
export function positionOn(unit: EstablishedUnit, personId: string, date: LocalDate): Position | undefined {
  const held = new Set(
    appointmentsOn(unit, date)
      .filter((a) => a.personId === personId)
      .map((a) => a.position),
  );
  return POSITIONS.find((position) => held.has(position));
}

/** Acts for the unit's head on the date: a delegation in force, or an acting headship while no head is appointed. */
export function actsForHeadOn(unit: EstablishedUnit, personId: string, date: LocalDate): boolean {
  const leadership = leadershipOn(unit, date);
  return leadership.delegate?.personId === personId || (leadership.head === null && leadership.actingHead?.personId === personId);
}

export function appointmentView(unit: EstablishedUnit, appointment: AppointmentRecord): AppointmentView {
  return { ...termView(unit, appointment.appointmentId, appointment), position: appointment.position };
}

export function delegationView(unit: EstablishedUnit, delegation: DelegationRecord): DelegationView {
  return { ...termView(unit, delegation.delegationId, delegation), kind: delegation.kind };
}

function termView(unit: EstablishedUnit, id: string, term: AppointmentRecord | DelegationRecord): TermView {
  const lastDay = unit.end === null ? null : previousDay(unit.end.effectiveOn);
  const to = lastDay !== null && (term.to === null || term.to > lastDay) ? lastDay : term.to;
  return { id, unitId: unit.unitId, personId: term.personId, from: term.from, to, ended: term.ended };
}
