import type { DomainEvent, Position, RecordedEvent } from '@lib/domain/core';
import type { LocalDate, UnitKind } from './org-values';

// Unit stream `unit-<unitId>`: the unit's structure, and everything whose invariant is per unit
// (one head at a time, one acting head, mandates per category, staff only while the unit exists).

export type UnitEstablished = DomainEvent<
  'UnitEstablished',
  { unitId: string; name: string; kind: UnitKind; parentUnitId: string | null; validFrom: LocalDate }
>;
export type UnitRenamed = DomainEvent<'UnitRenamed', { unitId: string; name: string; previousName: string; validFrom: LocalDate }>;
export type UnitMoved = DomainEvent<
  'UnitMoved',
  { unitId: string; parentUnitId: string | null; previousParentUnitId: string | null; validFrom: LocalDate }
>;
/** From `effectiveOn` the unit no longer exists; its work passes to the successor. */
export type UnitMerged = DomainEvent<'UnitMerged', { unitId: string; successorUnitId: string; effectiveOn: LocalDate }>;
export type UnitDissolved = DomainEvent<'UnitDissolved', { unitId: string; effectiveOn: LocalDate; reason: string | null }>;

export type PersonAppointed = DomainEvent<
  'PersonAppointed',
  { appointmentId: string; unitId: string; personId: string; position: Position; validFrom: LocalDate; validTo: LocalDate | null }
>;
/** `validTo` is the last day the appointment is in force. */
export type AppointmentEnded = DomainEvent<
  'AppointmentEnded',
  { appointmentId: string; unitId: string; personId: string; validTo: LocalDate }
>;
/** "Quyền trưởng / phụ trách": someone leads the unit while it has no appointed head. */
export type ActingHeadDesignated = DomainEvent<
  'ActingHeadDesignated',
  { delegationId: string; unitId: string; personId: string; validFrom: LocalDate; validTo: LocalDate | null }
>;
/** "Ủy quyền": the head's authority is exercised by someone else for a bounded period. */
export type AuthorityDelegated = DomainEvent<
  'AuthorityDelegated',
  { delegationId: string; unitId: string; personId: string; validFrom: LocalDate; validTo: LocalDate }
>;
export type DelegationEnded = DomainEvent<
  'DelegationEnded',
  { delegationId: string; unitId: string; personId: string; validTo: LocalDate }
>;
export type MandateGranted = DomainEvent<
  'MandateGranted',
  { unitId: string; category: string; validFrom: LocalDate; validTo: LocalDate | null }
>;
/** Ends the grant in force on `validTo`, which becomes its last day. */
export type MandateWithdrawn = DomainEvent<
  'MandateWithdrawn',
  { unitId: string; category: string; grantedFrom: LocalDate; validTo: LocalDate }
>;

// Person stream `person-<personId>`.
export type PersonRegistered = DomainEvent<'PersonRegistered', { personId: string; fullName: string; officialCode: string }>;

export type UnitEvent =
  | UnitEstablished
  | UnitRenamed
  | UnitMoved
  | UnitMerged
  | UnitDissolved
  | PersonAppointed
  | AppointmentEnded
  | ActingHeadDesignated
  | AuthorityDelegated
  | DelegationEnded
  | MandateGranted
  | MandateWithdrawn;
export type PersonEvent = PersonRegistered;
export type OrgEvent = UnitEvent | PersonEvent;
export type OrgEventType = OrgEvent['type'];
export type RecordedOrgEvent = RecordedEvent<OrgEvent>;

const PERSON_EVENT_TYPES: ReadonlySet<OrgEventType> = new Set(['PersonRegistered']);

export function isPersonEvent(event: OrgEvent): event is PersonEvent {
  return PERSON_EVENT_TYPES.has(event.type);
}

const ORG_EVENT_TYPE_SET: Record<OrgEventType, true> = {
  UnitEstablished: true,
  UnitRenamed: true,
  UnitMoved: true,
  UnitMerged: true,
  UnitDissolved: true,
  PersonAppointed: true,
  AppointmentEnded: true,
  ActingHeadDesignated: true,
  AuthorityDelegated: true,
  DelegationEnded: true,
  MandateGranted: true,
  MandateWithdrawn: true,
  PersonRegistered: true,
};

/** Every organisation event type (kept complete by the compiler), for readers that subscribe by type. */
export const ORG_EVENT_TYPES: readonly OrgEventType[] = Object.keys(ORG_EVENT_TYPE_SET) as OrgEventType[];
