import { describe, expect, it } from '@jest/globals';
import type { OrgEvent } from './org.events';
import { OrganisationTimeline } from './organisation-timeline';

const appointed = (
  appointmentId: string,
  personId: string,
  position: 'head' | 'deputy' | 'staff' | 'clerk',
  validFrom: string,
  validTo: string | null = null,
): OrgEvent => ({
  type: 'PersonAppointed',
  data: { appointmentId, unitId: 'a', personId, position, validFrom, validTo },
});
// Office A (from 1 January) merged into B on 1 June: a staff member since February, a head since March, a clerk until April.
const timeline = OrganisationTimeline.fromEvents([
  { type: 'UnitEstablished', data: { unitId: 'a', name: 'Phòng A', kind: 'office', parentUnitId: null, validFrom: '2026-01-01' } },
  { type: 'UnitEstablished', data: { unitId: 'b', name: 'Phòng B', kind: 'office', parentUnitId: null, validFrom: '2026-01-01' } },
  appointed('ap-1', 'p-staff', 'staff', '2026-02-01'),
  appointed('ap-2', 'p-head', 'head', '2026-03-01'),
  appointed('ap-3', 'p-clerk', 'clerk', '2026-01-01', '2026-04-30'),
  { type: 'UnitMerged', data: { unitId: 'a', successorUnitId: 'b', effectiveOn: '2026-06-01' } },
]);

describe("a unit's staff on a day", () => {
  it('lists the appointments in force, highest position first', () => {
    expect(timeline.staffOn('a', '2026-03-15')?.map((view) => [view.personId, view.position])).toEqual([
      ['p-head', 'head'],
      ['p-staff', 'staff'],
      ['p-clerk', 'clerk'],
    ]);
    expect(timeline.staffOn('a', '2026-05-01')?.map((view) => view.personId)).toEqual(['p-head', 'p-staff']);
  });

  it('is empty once the unit is merged, and unknown before it existed', () => {
    expect(timeline.staffOn('a', '2026-06-01')).toEqual([]);
    expect(timeline.staffOn('a', '2025-12-31')).toBeNull();
    expect(timeline.staffOn('khong-co', '2026-03-01')).toBeNull();
  });
});
