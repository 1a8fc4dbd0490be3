import { describe, expect, it } from '@jest/globals';
import type { OrgEvent } from './org.events';
import { OrganisationTimeline } from './organisation-timeline';

// A city with wards W and V; office A under W, renamed in March and moved under V in April, merged into B in June;
// office D dissolved in May.
const established = (unitId: string, name: string, parentUnitId: string | null): OrgEvent => ({
  type: 'UnitEstablished',
  data: { unitId, name, kind: 'office', parentUnitId, validFrom: '2026-01-01' },
});
const timeline = OrganisationTimeline.fromEvents([
  established('city', 'Thành phố', null),
  established('w', 'Phường Một', 'city'),
  established('v', 'Phường Hai', 'city'),
  established('a', 'Phòng A', 'w'),
  established('b', 'Phòng B', 'v'),
  established('d', 'Tổ D', 'w'),
  { type: 'UnitRenamed', data: { unitId: 'a', name: 'Phòng A mới', previousName: 'Phòng A', validFrom: '2026-03-01' } },
  { type: 'UnitMoved', data: { unitId: 'a', parentUnitId: 'v', previousParentUnitId: 'w', validFrom: '2026-04-01' } },
  { type: 'UnitDissolved', data: { unitId: 'd', effectiveOn: '2026-05-01', reason: 'Hết nhiệm vụ' } },
  { type: 'UnitMerged', data: { unitId: 'a', successorUnitId: 'b', effectiveOn: '2026-06-01' } },
]);

describe("a unit's history", () => {
  it('lists its establishment, rename, move and merger in date order, other units named as on the day', () => {
    expect(timeline.historyOf('a')).toEqual([
      { kind: 'established', on: '2026-01-01', name: 'Phòng A', parent: { unitId: 'w', name: 'Phường Một' } },
      { kind: 'renamed', on: '2026-03-01', name: 'Phòng A mới', previousName: 'Phòng A' },
      {
        kind: 'moved',
        on: '2026-04-01',
        parent: { unitId: 'v', name: 'Phường Hai' },
        previousParent: { unitId: 'w', name: 'Phường Một' },
      },
      { kind: 'merged', on: '2026-06-01', successor: { unitId: 'b', name: 'Phòng B' } },
    ]);
  });

  it("lists on the successor the unit merged into it, by that unit's last name", () => {
    expect(timeline.historyOf('b')).toEqual([
      { kind: 'established', on: '2026-01-01', name: 'Phòng B', parent: { unitId: 'v', name: 'Phường Hai' } },
      { kind: 'absorbed', on: '2026-06-01', mergedUnit: { unitId: 'a', name: 'Phòng A mới' } },
    ]);
  });

  it('ends with a dissolution and its reason; an unknown unit has none', () => {
    expect(timeline.historyOf('d')?.at(-1)).toEqual({ kind: 'dissolved', on: '2026-05-01', reason: 'Hết nhiệm vụ' });
    expect(timeline.historyOf('khong-co')).toBeNull();
  });
});
