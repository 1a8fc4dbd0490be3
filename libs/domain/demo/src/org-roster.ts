import type { Actor, Official, Position, Role, SeededRandom } from '@lib/domain/core';
import { covers, type OrganisationTimeline } from '@lib/domain/org';
import type { PersonInUnit } from '@lib/domain/task';

const ROLES_BY_POSITION: Readonly<Record<Position, Role[]>> = {
  head: ['unit_head'],
  deputy: ['unit_head'],
  staff: ['officer'],
  clerk: ['clerk'],
};

/** Roles follow the position held in the unit; someone only acting for it records as an officer. */
function rolesOf(official: Official): Role[] {
  return official.position === undefined ? ['officer'] : ROLES_BY_POSITION[official.position];
}

export function personInUnit(official: Official): PersonInUnit {
  return { personId: official.personId, unitId: official.unitId };
}

/**
 * The demo's view of the organisation on a given day: who holds which post in a unit, who is
 * in charge, and which units carry which mandate. Every actor comes from `officialAt`, so its
 * position and acting authority are those of that day.
 */
export class DemoRoster {
  private readonly cache = new Map<string, string[]>();

  constructor(readonly organisation: OrganisationTimeline) {}

  /** The person as the task decider takes them on that day; fails if they hold no post there. */
  actor(personId: string, unitId: string, date: string): Actor {
    const official = this.organisation.officialAt(personId, unitId, date);
    if (official === null) throw new RangeError(`${personId} holds no post in ${unitId} on ${date}`);
    return { ...official, roles: rolesOf(official) };
  }

  /** Person ids holding one of the positions in the unit that day, sorted. */
  holders(unitId: string, date: string, positions: readonly Position[]): string[] {
    const key = `${unitId}|${date}|${positions.join(',')}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const unit = this.organisation.unitState(unitId);
    const ids =
      unit.status !== 'established' || !this.organisation.isUnitActive(unitId, date).active
        ? []
        : [...new Set(unit.appointments.filter((a) => positions.includes(a.position) && covers(a, date)).map((a) => a.personId))].sort();
    this.cache.set(key, ids);
    return ids;
  }

  /** Who answers for the unit that day: the delegate, else the head, else the acting head. */
  inCharge(unitId: string, date: string): Actor {
    const inCharge = this.organisation.leadershipOn(unitId, date)?.inCharge;
    if (inCharge === undefined || inCharge === null) throw new RangeError(`nobody is in charge of ${unitId} on ${date}`);
    return this.actorActingFor(inCharge.personId, unitId, date);
  }

  /** The one in charge most of the time, a deputy now and then (a deputy leads the unit too). */
  leader(unitId: string, date: string, random: SeededRandom): Actor {
    const deputies = this.holders(unitId, date, ['deputy']);
    if (deputies.length > 0 && random.chance(0.3)) return this.actor(random.pick(deputies), unitId, date);
    return this.inCharge(unitId, date);
  }

  /** Staff to hand work to; a unit without staff hands it to a deputy. */
  handlers(unitId: string, date: string): string[] {
    const staff = this.holders(unitId, date, ['staff']);
    return staff.length > 0 ? staff : this.holders(unitId, date, ['deputy']);
  }

  handler(unitId: string, date: string, random: SeededRandom): Actor {
    return this.actor(random.pick(this.handlers(unitId, date)), unitId, date);
  }

  clerk(unitId: string, date: string): Actor | null {
    const clerks = this.holders(unitId, date, ['clerk']);
    const clerk = clerks[0];
    return clerk === undefined ? null : this.actor(clerk, unitId, date);
  }

  /** Anyone of the unit who may answer for it: leaders mostly, staff sometimes. */
  member(unitId: string, date: string, random: SeededRandom): Actor {
    return random.chance(0.6) ? this.leader(unitId, date, random) : this.handler(unitId, date, random);
  }

  unitName(unitId: string, date: string): string {
    const unit = this.organisation.unitAt(unitId, date);
    if (unit === null) throw new RangeError(`unknown unit ${unitId} on ${date}`);
    return unit.name;
  }

  /** Subunits of the authority that hold at least one mandate that day, with their categories. */
  mandatedSubunits(authorityUnitId: string, date: string): Array<{ unitId: string; categories: string[] }> {
    return this.organisation
      .subunitsOn(authorityUnitId, date)
      .map((unitId) => ({ unitId, categories: this.organisation.mandatesOn(unitId, date) }))
      .filter((entry) => entry.categories.length > 0)
      .sort((a, b) => a.unitId.localeCompare(b.unitId));
  }

  hasMandate(unitId: string, category: string, date: string): boolean {
    return this.organisation.hasMandate(unitId, category, date);
  }

  /** A delegate acting for a unit records from their own unit; everyone else from this one. */
  private actorActingFor(personId: string, unitId: string, date: string): Actor {
    const own = this.organisation.officialAt(personId, unitId, date);
    if (own?.position !== undefined) return { ...own, roles: rolesOf(own) };
    const home = this.organisation
      .appointmentsOf(personId)
      .find((appointment) => covers(appointment, date) && appointment.unitId !== unitId);
    if (home === undefined) return this.actor(personId, unitId, date);
    return this.actor(personId, home.unitId, date);
  }
}
