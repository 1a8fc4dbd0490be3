import type { DomainCommand } from '@lib/domain/core';

// Kinds, positions and dates arrive as strings: the deciders check them and name the field.

export type EstablishUnit = DomainCommand<
  'EstablishUnit',
  { unitId: string; name: string; kind: string; parentUnitId: string | null; validFrom: string }
>;
export type RenameUnit = DomainCommand<'RenameUnit', { unitId: string; name: string; validFrom: string }>;
export type MoveUnit = DomainCommand<'MoveUnit', { unitId: string; parentUnitId: string | null; validFrom: string }>;
export type MergeUnit = DomainCommand<'MergeUnit', { unitId: string; successorUnitId: string; effectiveOn: string }>;
export type DissolveUnit = DomainCommand<'DissolveUnit', { unitId: string; effectiveOn: string; reason?: string }>;
export type AppointPerson = DomainCommand<
  'AppointPerson',
  { appointmentId: string; unitId: string; personId: string; position: string; validFrom: string; validTo?: string | null }
>;
export type EndAppointment = DomainCommand<'EndAppointment', { appointmentId: string; unitId: string; validTo: string }>;
export type DesignateActingHead = DomainCommand<
  'DesignateActingHead',
  { delegationId: string; unitId: string; personId: string; validFrom: string; validTo?: string | null }
>;
export type DelegateAuthority = DomainCommand<
  'DelegateAuthority',
  { delegationId: string; unitId: string; personId: string; validFrom: string; validTo: string }
>;
export type EndDelegation = DomainCommand<'EndDelegation', { delegationId: string; unitId: string; validTo: string }>;
export type GrantMandate = DomainCommand<'GrantMandate', { unitId: string; category: string; validFrom: string; validTo?: string | null }>;
export type WithdrawMandate = DomainCommand<'WithdrawMandate', { unitId: string; category: string; validTo: string }>;
export type RegisterPerson = DomainCommand<'RegisterPerson', { personId: string; fullName: string; officialCode: string }>;

export type UnitCommand =
  | EstablishUnit
  | RenameUnit
  | MoveUnit
  | MergeUnit
  | DissolveUnit
  | AppointPerson
  | EndAppointment
  | DesignateActingHead
  | DelegateAuthority
  | EndDelegation
  | GrantMandate
  | WithdrawMandate;
export type PersonCommand = RegisterPerson;
export type OrgCommand = UnitCommand | PersonCommand;
export type OrgCommandType = OrgCommand['type'];
