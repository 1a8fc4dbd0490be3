import { describe, expect, it } from '@jest/globals';
import { recordStory, scenarioS1 } from '@lib/domain/task/testing';
import { daysElsewhereAfter } from './handoff-consequence';
import { handoverNetwork } from './handover-network';
import { unitStints } from './handover-measures';
import {
  analyse,
  intervalBrief,
  calendar,
  day,
  due,
  leVanCuong,
  nguyenThiBinh,
  phamMinhDung,
  tranVanAn,
  unit,
} from './testing/custody.fixture';

const none = { unitId: unit.soXayDung, personId: null };
const cuong = { unitId: unit.soXayDung, personId: leVanCuong.personId };

describe('S1 — own work pushed sideways, then bounced back', () => {
  const {
    story,
    ids: { assigned, delegated, transferred, returned, completed },
  } = recordStory(scenarioS1);
  const { timeline, status, measures, edges, attribution } = analyse(story.events, day(20));

  it('dates: d is Monday 2 March 2026, the deadline 16 March, completion 18 March', () => {
    expect([day(0), due(10), day(12)]).toEqual(['2026-03-02T09:00:00+07:00', '2026-03-16T23:59:59.999+07:00', '2026-03-18T09:00:00+07:00']);
  });

  it('holds: Sở Xây dựng until the delegation, Cường d→d+2, Sở TN&MT d+2→d+3, Cường d+3→d+12', () => {
    expect(timeline.intervals.map(intervalBrief)).toEqual([
      {
        holder: none,
        role: 'lead',
        giver: { unitId: unit.ubndTp, personId: tranVanAn.personId },
        from: day(0),
        to: day(0, '10:00'),
        openedBy: assigned,
        closedBy: delegated,
        held: 0,
        overdue: [],
      },
      {
        holder: cuong,
        role: 'lead',
        giver: { unitId: unit.soXayDung, personId: nguyenThiBinh.personId },
        from: day(0, '10:00'),
        to: day(2),
        openedBy: delegated,
        closedBy: transferred,
        held: 2,
        overdue: [],
      },
      {
        holder: { unitId: unit.soTnmt, personId: null },
        role: 'other_unit',
        giver: cuong,
        from: day(2),
        to: day(3),
        openedBy: transferred,
        closedBy: returned,
        held: 1,
        overdue: [],
      },
      {
        holder: cuong,
        role: 'lead',
        giver: { unitId: unit.soTnmt, personId: phamMinhDung.personId },
        from: day(3),
        to: day(12),
        openedBy: returned,
        closedBy: completed,
        held: 9,
        overdue: ['2026-03-17', '2026-03-18'],
      },
    ]);
    expect(timeline.intervals.every((interval) => interval.stepLimit === null && !interval.open)).toBe(true);
  });

  it('unit stints are the three of the scenario: Sở Xây dựng (Cường) d→d+2, Sở TN&MT d+2→d+3, Sở Xây dựng (Cường) d+3→d+12', () => {
    expect(
      unitStints(timeline).map(({ unitId, persons, from, to, heldWorkingDays, overdueWorkingDays }) => ({
        unitId,
        persons,
        from,
        to,
        heldWorkingDays,
        overdueWorkingDays,
      })),
    ).toEqual([
      { unitId: unit.soXayDung, persons: [null, leVanCuong.personId], from: day(0), to: day(2), heldWorkingDays: 2, overdueWorkingDays: 0 },
      { unitId: unit.soTnmt, persons: [null], from: day(2), to: day(3), heldWorkingDays: 1, overdueWorkingDays: 0 },
      { unitId: unit.soXayDung, persons: [leVanCuong.personId], from: day(3), to: day(12), heldWorkingDays: 9, overdueWorkingDays: 2 },
    ]);
  });

  it('is completed late by 2 working days', () => {
    expect(status).toEqual({
      status: 'completed_late',
      label: 'Hoàn thành quá hạn',
      open: false,
      at: day(12),
      dueAt: due(10),
      dueDate: '2026-03-16',
      recordedDueAt: due(10),
      pausedWorkingDays: 0,
      paused: false,
      deadlineEventId: assigned,
      workingDaysLate: 2,
      workingDaysLeft: null,
      workingDaysEarly: 0,
      closedBy: { eventId: completed, type: 'TaskCompleted', occurredAt: day(12), globalPosition: 1005 },
    });
  });

  it('counts 2 reassignments (transfer and return), a direct ping-pong, and no first-lead resolution', () => {
    expect(measures.reassignmentCount).toBe(2);
    expect(measures.hopCount).toBe(2);
    expect(measures.workingPath.map((step) => [step.unitId, step.arrivedBy.eventId])).toEqual([
      [unit.soXayDung, assigned],
      [unit.soTnmt, transferred],
      [unit.soXayDung, returned],
    ]);
    expect(measures.completedByFirstLead).toBe(true);
    expect(measures.resolvedByFirstLead).toBe(false);
    expect(measures.pingPong.direct).toBe(1);
    expect(measures.pingPong.indirect).toBe(0);
    expect(
      measures.pingPong.returns.map((found) => [found.kind, found.unitId, found.leftBy.eventId, found.backBy.eventId, found.via]),
    ).toEqual([['direct', unit.soXayDung, transferred, returned, [unit.soTnmt]]]);
    expect(measures.pingPong.alternationRuns).toEqual([
      { units: [unit.soXayDung, unit.soTnmt], handOffs: 2, eventIds: [transferred, returned] },
    ]);
  });

  it('hand-offs with the wait until the receiver acts', () => {
    expect(
      edges.map((edge) => [
        edge.kind,
        edge.from?.personId ?? edge.from?.unitId,
        edge.to.personId ?? edge.to.unitId,
        edge.nextActEventId,
        edge.waitWorkingDays,
      ]),
    ).toEqual([
      ['assignment', tranVanAn.personId, unit.soXayDung, delegated, 0],
      ['delegation', nguyenThiBinh.personId, leVanCuong.personId, transferred, 2],
      ['transfer', leVanCuong.personId, unit.soTnmt, returned, 1],
      ['return', phamMinhDung.personId, leVanCuong.personId, completed, 9],
    ]);
    expect(handoverNetwork(edges, 'unit').map((arc) => [arc.from, arc.to, arc.count, arc.totalWaitWorkingDays])).toEqual([
      [unit.soTnmt, unit.soXayDung, 1, 9],
      [unit.soXayDung, unit.soTnmt, 1, 1],
      [unit.ubndTp, unit.soXayDung, 1, 0],
    ]);
  });

  it('attributes the 2 late days to Cường, with supervisory responsibility on Nguyễn Thị Bình', () => {
    expect(attribution.delayed).toBe(true);
    expect(attribution.individual).toEqual([
      {
        kind: 'individual',
        basisCode: 'HELD_AFTER_DEADLINE',
        party: { unitId: unit.soXayDung, personId: leVanCuong.personId, resolvedAs: 'holder' },
        workingDays: 2,
        days: ['2026-03-17', '2026-03-18'],
        on: '2026-03-17',
        explanation: 'Giữ nhiệm vụ 2 ngày làm việc sau hạn (từ 17/03/2026 đến 18/03/2026)',
        eventIds: [returned, completed],
        basis: expect.stringContaining('OVERDUE_HOLD'),
        intervalIndex: 3,
        ruleCode: null,
        findingId: null,
        supervisesPersonId: null,
        exemption: null,
      },
    ]);
    expect(attribution.supervisory).toHaveLength(1);
    expect(attribution.supervisory[0]).toMatchObject({
      kind: 'supervisory',
      basisCode: 'HELD_AFTER_DEADLINE',
      party: { unitId: unit.soXayDung, personId: nguyenThiBinh.personId, resolvedAs: 'unit_head' },
      workingDays: 2,
      days: ['2026-03-17', '2026-03-18'],
      explanation:
        'Trách nhiệm người đứng đầu (nguyên tắc thủ trưởng) đối với 2 ngày làm việc chậm của cấp dưới (từ 17/03/2026 đến 18/03/2026): ' +
        'Giữ nhiệm vụ 2 ngày làm việc sau hạn (từ 17/03/2026 đến 18/03/2026)',
      eventIds: [returned, completed],
      supervisesPersonId: leVanCuong.personId,
    });
    expect(attribution.supervisory[0]!.basis).toContain('Nguyên tắc thủ trưởng');
    expect(attribution.totals.map((total) => [total.kind, total.basisCode, total.personId, total.workingDays])).toEqual([
      ['individual', 'HELD_AFTER_DEADLINE', leVanCuong.personId, 2],
      ['supervisory', 'HELD_AFTER_DEADLINE', nguyenThiBinh.personId, 2],
    ]);
  });

  it('hook: the day at Sở TN&MT, charged to Cường once a rule finds the transfer improper', () => {
    const elsewhere = daysElsewhereAfter(timeline, transferred, calendar)!;
    expect(elsewhere).toEqual({
      handOffEventId: transferred,
      giverUnitId: unit.soXayDung,
      intervalIndexes: [2],
      days: ['2026-03-05'],
      workingDays: 1,
      backBy: { eventId: returned, type: 'TaskReturned', occurredAt: day(3), globalPosition: 1004 },
    });
    const withFinding = analyse(story.events, day(20), {
      findingShares: [
        {
          findingId: 'finding-own-work-t1',
          ruleCode: 'OWN_WORK_TRANSFERRED',
          party: cuong,
          on: '2026-03-04',
          days: elsewhere.days,
          explanation:
            'Hệ quả của việc chuyển nhiệm vụ thuộc thẩm quyền sang đơn vị khác: nhiệm vụ nằm ở Sở TN&MT 1 ngày làm việc (ngày 05/03/2026)',
          eventIds: [transferred, returned],
          basis: 'Công văn 2128/UBND-TH',
        },
      ],
    }).attribution;
    expect(withFinding.totals.map((total) => [total.kind, total.basisCode, total.personId, total.workingDays])).toEqual([
      ['individual', 'HELD_AFTER_DEADLINE', leVanCuong.personId, 2],
      ['individual', 'FINDING', leVanCuong.personId, 1],
      ['supervisory', 'HELD_AFTER_DEADLINE', nguyenThiBinh.personId, 2],
      ['supervisory', 'FINDING', nguyenThiBinh.personId, 1],
    ]);
    expect(withFinding.individual[1]).toMatchObject({
      ruleCode: 'OWN_WORK_TRANSFERRED',
      findingId: 'finding-own-work-t1',
      days: ['2026-03-05'],
    });
    expect(withFinding.individual.some((line) => line.party.unitId === unit.soTnmt)).toBe(false);
  });
});
