import { OnBehalfRequiresClerkError } from './domain-error';

export type Position = 'head' | 'deputy' | 'staff' | 'clerk';

export type Role = 'clerk' | 'officer' | 'unit_head' | 'inspector' | 'home_affairs' | 'office_chief' | 'admin';

export interface Official {
  personId: string;
  unitId: string;
  position?: Position;
  /** Acting head or delegated authority ("ủy quyền"), resolved by the caller. */
  actingForUnitIds?: string[];
}

export type Actor = Official & { roles: Role[] };

export interface CommandContext {
  actor: Actor;
  onBehalfOf?: Official;
  occurredAt: string;
  now: string;
}

/** The official whose authority a command exercises: the named official when a clerk records for them. */
export function effectiveOfficial(context: CommandContext): Official {
  if (context.onBehalfOf === undefined) return context.actor;
  if (!context.actor.roles.includes('clerk')) {
    throw new OnBehalfRequiresClerkError(context.actor.personId, context.onBehalfOf.personId);
  }
  return context.onBehalfOf;
}

/** Head or deputy of the unit, or someone acting for it. */
export function leadsUnit(official: Official, unitId: string): boolean {
  const isManager = official.position === 'head' || official.position === 'deputy';
  return (official.unitId === unitId && isManager) || (official.actingForUnitIds ?? []).includes(unitId);
}

export function actsForUnit(official: Official, unitId: string): boolean {
  return official.unitId === unitId || (official.actingForUnitIds ?? []).includes(unitId);
}
