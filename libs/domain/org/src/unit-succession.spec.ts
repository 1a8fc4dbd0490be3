import { describe, expect, it } from '@jest/globals';
import type { OrgEvent } from './org.events';
import { OrganisationTimeline } from './organisation-timeline';

// A ward with offices A, B, C and a working group D; E outside the ward; a sub-team A1 under A until 1 March. A merges into
// B (1 April), D is dissolved (1 April), B merges into C (1 May), E merges into C (1 May).
const established = (unitId: string, parentUnitId: string | null): OrgEvent => ({
  type: 'UnitEstablished',
  data: { unitId, name: unitId.toUpperCase(), kind: 'office', parentUnitId, validFrom: '2026-01-01' },
});
const history: OrgEvent[] = [
  established('city', null),
  established('ward', 'city'),
  established('other', 'city'),
  established('a', 'ward'),
  established('a1', 'a'),
  { type: 'UnitMoved', data: { unitId: 'a1', parentUnitId: 'c', previousParentUnitId: 'a', validFrom: '2026-03-01' } },
  established('b', 'ward'),
  established('c', 'ward'),
  established('d', 'ward'),
  established('e', 'other'),
  { type: 'UnitMerged', data: { unitId: 'a', successorUnitId: 'b', effectiveOn: '2026-04-01' } },
  { type: 'UnitDissolved', data: { unitId: 'd', effectiveOn: '2026-04-01', reason: null } },
  { type: 'UnitMerged', data: { unitId: 'b', successorUnitId: 'c', effectiveOn: '2026-05-01' } },
  { type: 'UnitMerged', data: { unitId: 'e', successorUnitId: 'c', effectiveOn: '2026-05-01' } },
];
const timeline = OrganisationTimeline.fromEvents(history);

describe('who answers for a unit on a date', () => {
  it('is the unit itself before its merger, its successor from the effective day, the end of a chain once both took effect', () => {
    expect(timeline.answeringUnitOn('a', '2026-03-31')).toEqual({ unitId: 'a', mergedInto: [], mergedOn: null, dissolvedOn: null });
    expect(timeline.answeringUnitOn('a', '2026-04-01')).toEqual({
      unitId: 'b',
      mergedInto: ['b'],
      mergedOn: '2026-04-01',
      dissolvedOn: null,
    });
    expect(timeline.answeringUnitOn('a', '2026-05-01')).toEqual({
      unitId: 'c',
      mergedInto: ['b', 'c'],
      mergedOn: '2026-04-01',
      dissolvedOn: null,
    });
  });

  it('is the dissolved unit itself, with the day, when no successor was named', () => {
    expect(timeline.answeringUnitOn('d', '2026-03-31')).toEqual({ unitId: 'd', mergedInto: [], mergedOn: null, dissolvedOn: null });
    expect(timeline.answeringUnitOn('d', '2026-04-01')).toEqual({ unitId: 'd', mergedInto: [], mergedOn: null, dissolvedOn: '2026-04-01' });
  });
});

describe('the line a unit reports through on a date', () => {
  it('follows parents while the unit exists, the successor after a merger, the last parent after a dissolution', () => {
    expect(timeline.reportingLineOn('a', '2026-03-31')).toEqual(['a', 'ward', 'city']);
    expect(timeline.reportingLineOn('a', '2026-04-01')).toEqual(['a', 'b', 'ward', 'city']);
    expect(timeline.reportingLineOn('a', '2026-05-01')).toEqual(['a', 'b', 'c', 'ward', 'city']);
    expect(timeline.reportingLineOn('d', '2026-04-01')).toEqual(['d', 'ward', 'city']);
    expect(timeline.reportingLineOn('e', '2026-04-30')).toEqual(['e', 'other', 'city']);
    expect(timeline.reportingLineOn('e', '2026-05-01')).toEqual(['e', 'c', 'ward', 'city']);
  });

  it('follows a move: the sub-team reports through its new parent from the day of the move', () => {
    expect(timeline.reportingLineOn('a1', '2026-02-28')).toEqual(['a1', 'a', 'ward', 'city']);
    expect(timeline.reportingLineOn('a1', '2026-05-15')).toEqual(['a1', 'c', 'ward', 'city']);
  });
});

describe('the units a unit ever answers for (the jurisdiction over it)', () => {
  it('are the units ever under it and the units merged into one of them, with theirs', () => {
    expect([...timeline.unitsEverAnsweredFor('ward')].sort()).toEqual(['a', 'a1', 'b', 'c', 'd', 'e', 'ward']);
    expect([...timeline.unitsEverAnsweredFor('b')].sort()).toEqual(['a', 'a1', 'b']);
    expect([...timeline.unitsEverAnsweredFor('a')].sort()).toEqual(['a', 'a1']);
    expect([...timeline.unitsEverAnsweredFor('other')].sort()).toEqual(['e', 'other']);
  });
});

describe('the units whose work rolls up to a unit on a date', () => {
  it('with subunits: the tree of that day, the units merged into it and the dissolved ones, nearest first', () => {
    expect(timeline.unitsReportingTo('ward', '2026-02-15')).toEqual(['ward', 'a', 'b', 'c', 'd', 'a1']);
    expect(timeline.unitsReportingTo('ward', '2026-05-15')).toEqual(['ward', 'c', 'd', 'a1', 'b', 'e', 'a']);
    expect(timeline.unitsReportingTo('other', '2026-05-15')).toEqual(['other']);
  });

  it('without subunits: the unit and the units merged into it by then (chains followed to their end only)', () => {
    expect(timeline.unitsReportingTo('b', '2026-04-15', false)).toEqual(['b', 'a']);
    expect(timeline.unitsReportingTo('b', '2026-05-15', false)).toEqual(['b']);
    expect(timeline.unitsReportingTo('c', '2026-05-15', false)).toEqual(['c', 'b', 'e', 'a']);
  });
});
