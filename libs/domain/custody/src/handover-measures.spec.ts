import { describe, expect, it } from '@jest/globals';
import type { Official } from '@lib/domain/core';
import { handoverNetwork } from './handover-network';
import { pingPongOf, type PathStep } from './ping-pong';
import {
  analyse,
  day,
  doThiHoa,
  due,
  hoangVanGiang,
  leVanCuong,
  party,
  phamMinhDung,
  TaskStory,
  tranVanAn,
  unit,
  voThiEn,
} from './testing/custody.fixture';

const stepsOf = (...unitIds: string[]): PathStep[] =>
  unitIds.map((unitId, index) => ({
    unitId,
    arrivedBy: { eventId: `e${index}`, type: 'TaskTransferred', occurredAt: day(index), globalPosition: index },
  }));

describe('ping-pong', () => {
  it('indirect: Sở Xây dựng → Sở TN&MT → Phòng QLĐT → Sở Xây dựng', () => {
    const story = new TaskStory('tp');
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: leVanCuong });
    const away = story.transferred(day(1), leVanCuong, party(voThiEn));
    story.transferred(day(2), voThiEn, { unitId: unit.phongQldt });
    const back = story.transferred(day(3), doThiHoa, party(leVanCuong), { unitId: unit.phongQldt, personId: doThiHoa.personId });
    const { measures } = analyse(story.events, day(4));
    expect(measures.reassignmentCount).toBe(3);
    expect(measures.pingPong).toEqual({
      direct: 0,
      indirect: 1,
      returns: [
        {
          kind: 'indirect',
          unitId: unit.soXayDung,
          leftBy: expect.objectContaining({ eventId: away }),
          backBy: expect.objectContaining({ eventId: back }),
          via: [unit.soTnmt, unit.phongQldt],
        },
      ],
      alternationRuns: [],
    });
  });

  it('direct returns and runs of alternation between the same two units', () => {
    const pingPong = pingPongOf(stepsOf('A', 'B', 'A', 'B', 'A', 'C', 'B', 'C'));
    expect([pingPong.direct, pingPong.indirect]).toEqual([4, 1]);
    expect(pingPong.returns.map((found) => [found.kind, found.unitId, found.via])).toEqual([
      ['direct', 'A', ['B']],
      ['direct', 'B', ['A']],
      ['direct', 'A', ['B']],
      ['indirect', 'B', ['A', 'C']],
      ['direct', 'C', ['B']],
    ]);
    expect(pingPong.alternationRuns).toEqual([
      { units: ['A', 'B'], handOffs: 4, eventIds: ['e1', 'e2', 'e3', 'e4'] },
      { units: ['C', 'B'], handOffs: 2, eventIds: ['e6', 'e7'] },
    ]);
  });

  it('none on a straight path', () => {
    expect(pingPongOf(stepsOf('A', 'B', 'C'))).toEqual({ direct: 0, indirect: 0, returns: [], alternationRuns: [] });
  });
});

describe('reassignment count', () => {
  it('a return to the authority that assigns the same unit again is no reassignment (two hops, no ping-pong)', () => {
    const story = new TaskStory('tsame');
    story.assigned(day(0), hoangVanGiang, unit.phongQldt, { dueAt: due(10) });
    story.returnedToAuthority(day(1), doThiHoa);
    story.assigned(day(2), hoangVanGiang, unit.phongQldt, { dueAt: due(10), reassignment: true });
    story.completed(day(5), doThiHoa, { unitId: unit.phongQldt });
    const { measures } = analyse(story.events, day(6));
    expect(measures).toMatchObject({ reassignmentCount: 0, hopCount: 2, completedByFirstLead: true, resolvedByFirstLead: true });
    expect(measures.pingPong.returns).toEqual([]);
  });

  it('delegations inside a unit are neither reassignments nor hops', () => {
    const story = new TaskStory('tdel');
    story.assigned(day(0), tranVanAn, unit.soTnmt, { dueAt: due(10) });
    story.delegated(day(0, '10:00'), phamMinhDung, voThiEn);
    story.delegated(day(1), phamMinhDung, phamMinhDung, voThiEn);
    const { measures, edges } = analyse(story.events, day(2));
    expect([measures.reassignmentCount, measures.hopCount]).toEqual([0, 0]);
    expect(edges.map((edge) => [edge.kind, edge.crossesUnits])).toEqual([
      ['assignment', true],
      ['delegation', false],
      ['delegation', false],
    ]);
  });
});

describe('handover edges and network', () => {
  const clerk: Official = { personId: 'tnmt-clerk', unitId: unit.soTnmt };

  it('waits until the receiving unit acts, a clerk registering receipt included; to asOf when nobody acted', () => {
    const story = new TaskStory('tw');
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: leVanCuong });
    const toTnmt = story.transferred(day(1), leVanCuong, { unitId: unit.soTnmt });
    const received = story.received(day(4), clerk);
    const { edges } = analyse(story.events, day(6));
    expect(edges.map((edge) => [edge.eventId, edge.nextActEventId, edge.waitWorkingDays])).toEqual([
      ['tw-1', toTnmt, 1],
      [toTnmt, received, 3],
    ]);
    const unanswered = analyse(story.events.slice(0, 2), day(6)).edges[1]!;
    expect([unanswered.nextActEventId, unanswered.waitWorkingDays]).toEqual([null, 5]);
  });

  it('aggregates hand-offs of many tasks per unit and per person, in a stable order (returns wait 8 and 6 days to asOf)', () => {
    const edgesOf = (taskId: string, wait: number) => {
      const story = new TaskStory(taskId);
      story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: leVanCuong });
      story.transferred(day(1), leVanCuong, { unitId: unit.soTnmt });
      story.returned(day(1 + wait), phamMinhDung, party(leVanCuong));
      return analyse(story.events, day(10)).edges;
    };
    const edges = [...edgesOf('n1', 1), ...edgesOf('n2', 3)];
    expect(handoverNetwork(edges, 'unit')).toEqual([
      { from: unit.soTnmt, to: unit.soXayDung, count: 2, totalWaitWorkingDays: 14, maxWaitWorkingDays: 8, eventIds: ['n1-3', 'n2-3'] },
      { from: unit.soXayDung, to: unit.soTnmt, count: 2, totalWaitWorkingDays: 4, maxWaitWorkingDays: 3, eventIds: ['n1-2', 'n2-2'] },
      { from: unit.ubndTp, to: unit.soXayDung, count: 2, totalWaitWorkingDays: 2, maxWaitWorkingDays: 1, eventIds: ['n1-1', 'n2-1'] },
    ]);
    expect(handoverNetwork(edges, 'person').map((arc) => [arc.from, arc.to, arc.count])).toEqual([
      [leVanCuong.personId, `unit:${unit.soTnmt}`, 2],
      [phamMinhDung.personId, leVanCuong.personId, 2],
      [tranVanAn.personId, leVanCuong.personId, 2],
    ]);
  });
});
