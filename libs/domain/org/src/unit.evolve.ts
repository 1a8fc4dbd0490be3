import { assertNever } from '@lib/domain/core';
import { withVersion } from './date-interval';
import type { UnitEstablished, UnitEvent } from './org.events';
import type { EstablishedUnit, UnitState } from './unit-state';

/** Folds one unit-stream event. Only `data` is read, so plain events (import, demo data) fold too. */
export function evolveUnit(state: UnitState, event: UnitEvent): UnitState {
  if (state.status === 'initial') return event.type === 'UnitEstablished' ? established(event) : state;
  return applyToUnit(state, event);
}

function established(event: UnitEstablished): EstablishedUnit {
  const { unitId, name, kind, parentUnitId, validFrom } = event.data;
  return {
    status: 'established',
    unitId,
    kind,
    validFrom,
    names: [{ from: validFrom, name }],
    parents: [{ from: validFrom, parentUnitId }],
    end: null,
    appointments: [],
    delegations: [],
    mandates: [],
  };
}

function applyToUnit(unit: EstablishedUnit, event: UnitEvent): EstablishedUnit {
  switch (event.type) {
    case 'UnitEstablished':
      return unit;
    case 'UnitRenamed':
      return { ...unit, names: withVersion(unit.names, { from: event.data.validFrom, name: event.data.name }) };
    case 'UnitMoved':
      return { ...unit, parents: withVersion(unit.parents, { from: event.data.validFrom, parentUnitId: event.data.parentUnitId }) };
    case 'UnitMerged':
      return { ...unit, end: { kind: 'merged', effectiveOn: event.data.effectiveOn, successorUnitId: event.data.successorUnitId } };
    case 'UnitDissolved':
      return { ...unit, end: { kind: 'dissolved', effectiveOn: event.data.effectiveOn, reason: event.data.reason } };
    case 'PersonAppointed': {
      const { appointmentId, personId, position, validFrom, validTo } = event.data;
      const appointment = { appointmentId, personId, position, from: validFrom, to: validTo, ended: false };
      return { ...unit, appointments: [...unit.appointments, appointment] };
    }
    case 'AppointmentEnded':
      return {
        ...unit,
        appointments: unit.appointments.map((appointment) =>
          appointment.appointmentId === event.data.appointmentId ? { ...appointment, to: event.data.validTo, ended: true } : appointment,
        ),
      };
    case 'ActingHeadDesignated':
    case 'AuthorityDelegated': {
      const { delegationId, personId, validFrom, validTo } = event.data;
      const kind = event.type === 'ActingHeadDesignated' ? ('acting_head' as const) : ('delegated' as const);
      return { ...unit, delegations: [...unit.delegations, { delegationId, personId, kind, from: validFrom, to: validTo, ended: false }] };
    }
    case 'DelegationEnded':
      return {
        ...unit,
        delegations: unit.delegations.map((delegation) =>
          delegation.delegationId === event.data.delegationId ? { ...delegation, to: event.data.validTo, ended: true } : delegation,
        ),
      };
    case 'MandateGranted': {
      const { category, validFrom, validTo } = event.data;
      return { ...unit, mandates: [...unit.mandates, { category, from: validFrom, to: validTo, withdrawn: false }] };
    }
    case 'MandateWithdrawn':
      return {
        ...unit,
        mandates: unit.mandates.map((mandate) =>
          mandate.category === event.data.category && mandate.from === event.data.grantedFrom
            ? { ...mandate, to: event.data.validTo, withdrawn: true }
            : mandate,
        ),
      };
    default:
      return assertNever(event);
  }
}
