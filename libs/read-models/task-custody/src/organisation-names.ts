import { localDateOf, type LocalDate } from '@lib/domain/calendar';
import type { OrganisationTimeline } from '@lib/domain/org';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A party with its names beside its ids: the unit as it was named on the day, the person's registered name. */
export type Named<Party extends { unitId: string | null; personId?: string | null }> = Party & {
  unitName: string | null;
  personName: string | null;
};

/**
 * Names beside ids, as the organisation named its units on the day of the event that mentions them (a unit
 * renamed later keeps its old name on earlier events). A person's name is the one registered. Unknown ids
 * have a null name; the id stays beside it.
 */
export class OrganisationNames {
  constructor(private readonly organisation: OrganisationTimeline) {}

  /** `on`: an ISO instant or a local date (Asia/Ho_Chi_Minh). */
  unitName(unitId: string | null, on: string): string | null {
    if (unitId === null) return null;
    return this.organisation.unitAt(unitId, dayOf(on))?.name ?? null;
  }

  personName(personId: string | null | undefined): string | null {
    if (personId === null || personId === undefined) return null;
    return this.organisation.person(personId)?.fullName ?? null;
  }

  unitNames(unitIds: ReadonlyArray<string>, on: string): Array<string | null> {
    return unitIds.map((unitId) => this.unitName(unitId, on));
  }

  personNames(personIds: ReadonlyArray<string | null>): Array<string | null> {
    return personIds.map((personId) => this.personName(personId));
  }

  party<Party extends { unitId: string | null; personId?: string | null }>(party: Party, on: string): Named<Party> {
    return { ...party, unitName: this.unitName(party.unitId, on), personName: this.personName(party.personId) };
  }
}

function dayOf(on: string): LocalDate {
  return LOCAL_DATE.test(on) ? (on as LocalDate) : localDateOf(on);
}
