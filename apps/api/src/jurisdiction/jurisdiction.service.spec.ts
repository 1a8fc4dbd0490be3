import { describe, expect, it } from '@jest/globals';
import { OrganisationTimeline, type OrgEvent } from '@lib/domain/org';
import type { Principal } from '../auth/principal';
import type { OrganisationReadModel } from '../org/organisation.read-model';
import { JurisdictionService } from './jurisdiction.service';

const established = (unitId: string, parentUnitId: string | null): OrgEvent => ({
  type: 'UnitEstablished',
  data: { unitId, name: unitId, kind: parentUnitId === null ? 'peoples_committee' : 'office', parentUnitId, validFrom: '2020-01-01' },
});

/** The read model as the service sees it: the timeline and a revision that grows with every event folded in. */
function organisationOf(events: OrgEvent[]): { model: OrganisationReadModel; add(event: OrgEvent): void } {
  const timeline = OrganisationTimeline.fromEvents(events);
  let revision = events.length;
  const model = {
    get current() {
      return timeline;
    },
    get revision() {
      return revision;
    },
  } as unknown as OrganisationReadModel;
  return {
    model,
    add(event) {
      timeline.apply(event);
      revision += 1;
    },
  };
}

const inspector: Principal = { personId: 'tt-1', unitId: 'thanh-tra-quan', roles: ['inspector'], jurisdictionUnitId: 'ubnd-quan' };

describe('JurisdictionService.of', () => {
  it('computes a subtree once per root and organisation revision, and again when the organisation changes', () => {
    const organisation = organisationOf([
      established('ubnd-tp', null),
      established('ubnd-quan', 'ubnd-tp'),
      established('phong-a', 'ubnd-quan'),
      established('so-b', 'ubnd-tp'),
    ]);
    const service = new JurisdictionService(organisation.model, undefined as never);

    const first = service.of(inspector);
    expect(first.all).toBe(false);
    expect(first.all ? [] : [...first.unitIds].sort()).toEqual(['phong-a', 'ubnd-quan']);
    expect(service.of({ ...inspector, personId: 'tt-2' })).toBe(first);

    organisation.add(established('phong-c', 'ubnd-quan'));
    const after = service.of(inspector);
    expect(after).not.toBe(first);
    expect(after.all ? [] : [...after.unitIds].sort()).toEqual(['phong-a', 'phong-c', 'ubnd-quan']);
  });

  it('keeps one subtree per root: another root gets its own', () => {
    const organisation = organisationOf([
      established('ubnd-tp', null),
      established('ubnd-quan', 'ubnd-tp'),
      established('so-b', 'ubnd-tp'),
    ]);
    const service = new JurisdictionService(organisation.model, undefined as never);
    const city = service.of({ ...inspector, jurisdictionUnitId: 'ubnd-tp' });
    expect(city.all ? [] : [...city.unitIds].sort()).toEqual(['so-b', 'ubnd-quan', 'ubnd-tp']);
    expect(service.of(inspector)).not.toBe(city);
    expect(service.of({ ...inspector, roles: ['admin'] }).all).toBe(true);
  });
});
