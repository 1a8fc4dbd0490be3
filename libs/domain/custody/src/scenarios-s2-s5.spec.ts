import { describe, expect, it } from '@jest/globals';
import { recordStory, retell, scenarioS2, scenarioS3, scenarioS4, scenarioS5, type StoryStep } from '@lib/domain/task/testing';
import {
  analyse,
  intervalBrief,
  calendar,
  day,
  doThiHoa,
  hoangVanGiang,
  leVanCuong,
  ngoThiLan,
  nguyenThiBinh,
  truongVanSon,
  unit,
} from './testing/custody.fixture';

describe('S2 — the silent consultee', () => {
  const {
    story,
    ids: { assigned, consulted: requested },
  } = recordStory(scenarioS2);
  const silent = {
    findingId: 'finding-silent-t2',
    ruleCode: 'SILENT_CONSULTEE',
    party: { unitId: unit.phongTnmt, personId: null },
    on: '2026-03-10',
    days: [],
    explanation: 'Không trả lời xin ý kiến đến hạn 10/03/2026: coi như đồng ý và cùng chịu trách nhiệm',
    eventIds: [requested],
    basis: 'Quy chế làm việc: hết hạn không trả lời được coi là đồng ý',
  };
  const { timeline, status, measures, edges, attribution } = analyse(story.events, day(8, '17:00'), { findingShares: [silent] });

  it('custody stays with the lead: consultation and submission move nothing', () => {
    expect(timeline.intervals.map(intervalBrief)).toEqual([
      {
        holder: { unitId: unit.phongTckh, personId: null },
        role: 'lead',
        giver: { unitId: unit.ubndHaiChau, personId: hoangVanGiang.personId },
        from: day(0),
        to: null,
        openedBy: assigned,
        closedBy: null,
        held: 8,
        overdue: [],
      },
    ]);
    expect(timeline.intervals[0]!.end).toBe(day(8, '17:00'));
    expect(edges.map((edge) => [edge.kind, edge.nextActEventId, edge.waitWorkingDays])).toEqual([['assignment', requested, 1]]);
  });

  it('is within its deadline with 7 working days left, no hand-off', () => {
    expect(status).toMatchObject({
      status: 'within_deadline',
      label: 'Trong hạn',
      open: true,
      dueDate: '2026-03-23',
      workingDaysLeft: 7,
      workingDaysLate: 0,
    });
    expect([measures.reassignmentCount, measures.hopCount, measures.completedByFirstLead]).toEqual([0, 0, false]);
  });

  it('no holder-based lines; the consultee share names the unit, its head answers, nobody above supervises herself', () => {
    expect(attribution.delayed).toBe(false);
    expect(attribution.individual).toEqual([
      {
        kind: 'individual',
        basisCode: 'FINDING',
        party: { unitId: unit.phongTnmt, personId: ngoThiLan.personId, resolvedAs: 'unit_head' },
        workingDays: 0,
        days: [],
        on: '2026-03-10',
        explanation: silent.explanation,
        eventIds: [requested],
        basis: silent.basis,
        intervalIndex: null,
        ruleCode: 'SILENT_CONSULTEE',
        findingId: 'finding-silent-t2',
        supervisesPersonId: null,
        exemption: null,
      },
    ]);
    expect(attribution.supervisory).toEqual([]);
  });
});

describe('S3 — a proper return is not buck-passing', () => {
  function s3(returnDay: number) {
    const { story, ids } = recordStory(scenarioS3(returnDay));
    return { ids, ...analyse(story.events, day(14)) };
  }

  it('same day: Phòng QLĐT, the district (awaiting reassignment), Phòng TN&MT; on time; 1 reassignment', () => {
    const { ids, timeline, status, measures } = s3(0);
    const giang = { unitId: unit.ubndHaiChau, personId: hoangVanGiang.personId };
    expect(timeline.intervals.map(intervalBrief)).toEqual([
      {
        holder: { unitId: unit.phongQldt, personId: null },
        role: 'lead',
        giver: giang,
        from: day(0),
        to: day(0, '14:00'),
        openedBy: ids.assigned,
        closedBy: ids.returned,
        held: 0,
        overdue: [],
      },
      {
        holder: giang,
        role: 'assigning_authority',
        giver: { unitId: unit.phongQldt, personId: doThiHoa.personId },
        from: day(0, '14:00'),
        to: day(0, '16:00'),
        openedBy: ids.returned,
        closedBy: ids.reassigned,
        held: 0,
        overdue: [],
      },
      {
        holder: { unitId: unit.phongTnmt, personId: null },
        role: 'lead',
        giver: giang,
        from: day(0, '16:00'),
        to: day(10, '15:00'),
        openedBy: ids.reassigned,
        closedBy: ids.completed,
        held: 10,
        overdue: [],
      },
    ]);
    expect(status?.status).toBe('completed_on_time');
    expect(measures).toMatchObject({ reassignmentCount: 1, hopCount: 2, completedByFirstLead: false, resolvedByFirstLead: false });
    expect(measures.workingPath.map((step) => step.unitId)).toEqual([unit.phongQldt, unit.phongTnmt]);
    expect(measures.pingPong).toEqual({ direct: 0, indirect: 0, returns: [], alternationRuns: [] });
  });

  it('returned at d+4 instead: Phòng QLĐT held it 4 working days (the LATE_RETURN rule reads this)', () => {
    const { timeline, measures, attribution } = s3(4);
    expect(timeline.intervals.map((interval) => [interval.holder.unitId, interval.heldWorkingDays])).toEqual([
      [unit.phongQldt, 4],
      [unit.ubndHaiChau, 0],
      [unit.phongTnmt, 6],
    ]);
    expect(measures.reassignmentCount).toBe(1);
    expect(attribution.individual).toEqual([]);
  });
});

describe('S4 — deadlines across Tết', () => {
  const start = '2026-02-13T09:00:00+07:00';
  const dueAt = calendar.deadline({ start, workingDays: 5 }).dueAt;
  /** Completed on d+5 (27 February, 15:00) or d+6 (2 March, 10:00). */
  const t4 = (completedDay: 5 | 6) => {
    const {
      story,
      ids: { completed },
    } = recordStory(scenarioS4(completedDay));
    return { completed, ...analyse(story.events, '2026-03-31T17:00:00+07:00') };
  };

  it('the deadline is the end of Friday 27 February 2026', () => {
    expect(dueAt).toBe('2026-02-27T16:59:59.999Z');
  });

  it('completed on 27 February: on time, 5 working days held', () => {
    const { status, timeline, attribution } = t4(5);
    expect(status).toMatchObject({ status: 'completed_on_time', label: 'Hoàn thành đúng hạn', dueDate: '2026-02-27', workingDaysLate: 0 });
    expect(timeline.intervals.map((interval) => [interval.heldWorkingDays, interval.overdueWorkingDays])).toEqual([[5, 0]]);
    expect(attribution.individual).toEqual([]);
  });

  it('completed on 2 March: late by 1 working day, charged to Cường (supervisory: Bình)', () => {
    const { status, timeline, attribution, completed } = t4(6);
    expect(status).toMatchObject({ status: 'completed_late', workingDaysLate: 1 });
    expect(timeline.intervals.map((interval) => [interval.heldWorkingDays, interval.overdueDays])).toEqual([[6, ['2026-03-02']]]);
    expect(attribution.individual.map((line) => [line.party.personId, line.workingDays, line.explanation, line.eventIds])).toEqual([
      [leVanCuong.personId, 1, 'Giữ nhiệm vụ 1 ngày làm việc sau hạn (ngày 02/03/2026)', ['t4-1', completed]],
    ]);
    expect(attribution.supervisory.map((line) => [line.party.personId, line.workingDays])).toEqual([[nguyenThiBinh.personId, 1]]);
  });
});

describe('S5 — pushing a decision upward vs reporting a difficulty', () => {
  /** S5 with Trương Văn Sơn named responsible at assignment rather than delegated to. */
  const s5 = (variant: 'submission' | 'difficulty', steps: Record<string, Partial<StoryStep>>, taskId = 't5') =>
    recordStory(retell(scenarioS5(variant), { taskId, steps: { assigned: { responsible: truongVanSon }, delegated: null, ...steps } }));
  const deflection = (submission: string) => ({
    findingId: 'finding-upward-t5',
    ruleCode: 'UPWARD_DEFLECTION',
    party: { unitId: unit.phongQldt, personId: truongVanSon.personId },
    on: '2026-03-05',
    days: [],
    explanation: 'Trình Chủ tịch UBND quận quyết định việc thuộc thẩm quyền của Phòng Quản lý đô thị',
    eventIds: [submission],
    basis: 'An Lão: không trình UBND huyện những công việc thuộc thẩm quyền',
  });

  it('the submission moves no custody; a rule finding on the submitter gets the head of Phòng QLĐT as supervisor', () => {
    const {
      story,
      ids: { assigned, submitted },
    } = s5('submission', { submitted: { by: truongVanSon } });
    const { timeline, status, measures, attribution } = analyse(story.events, day(3, '17:00'), { findingShares: [deflection(submitted)] });
    expect(timeline.intervals.map(intervalBrief)).toEqual([
      {
        holder: { unitId: unit.phongQldt, personId: truongVanSon.personId },
        role: 'lead',
        giver: { unitId: unit.ubndHaiChau, personId: hoangVanGiang.personId },
        from: day(0),
        to: null,
        openedBy: assigned,
        closedBy: null,
        held: 3,
        overdue: [],
      },
    ]);
    expect(status).toMatchObject({ status: 'within_deadline', workingDaysLeft: 7 });
    expect([measures.reassignmentCount, measures.hopCount]).toEqual([0, 0]);
    expect(attribution.individual.map((line) => [line.party.personId, line.ruleCode, line.workingDays])).toEqual([
      [truongVanSon.personId, 'UPWARD_DEFLECTION', 0],
    ]);
    expect(
      attribution.supervisory.map((line) => [line.party.personId, line.on, line.workingDays, line.explanation, line.supervisesPersonId]),
    ).toEqual([
      [
        doThiHoa.personId,
        '2026-03-05',
        0,
        'Trách nhiệm người đứng đầu (nguyên tắc thủ trưởng) đối với cấp dưới: Trình Chủ tịch UBND quận quyết định việc thuộc thẩm quyền của Phòng Quản lý đô thị',
        truongVanSon.personId,
      ],
    ]);
  });

  it('contrast: a difficulty reported at d+3, completed on the due day: on time, resolved by the first lead, nothing attributed', () => {
    const { story } = s5(
      'difficulty',
      { difficulty: { by: truongVanSon }, completed: { by: truongVanSon, day: 10, time: '16:00' } },
      't5b',
    );
    const { timeline, status, measures, attribution } = analyse(story.events, day(14));
    expect(timeline.intervals.map((interval) => [interval.holder.personId, interval.heldWorkingDays, interval.overdueWorkingDays])).toEqual(
      [[truongVanSon.personId, 10, 0]],
    );
    expect(status?.status).toBe('completed_on_time');
    expect(measures).toMatchObject({ reassignmentCount: 0, completedByFirstLead: true, resolvedByFirstLead: true });
    expect([attribution.individual, attribution.supervisory, attribution.totals]).toEqual([[], [], []]);
  });
});
