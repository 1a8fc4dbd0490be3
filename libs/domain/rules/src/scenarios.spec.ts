import { describe, expect, it } from '@jest/globals';
import { attributeResponsibility, custodyLogOf, custodyTimeline, taskStatus } from '@lib/domain/custody';
import { recordStory, retell, scenarioS1, scenarioS2, scenarioS3, scenarioS4, scenarioS5, type StoryStep } from '@lib/domain/task/testing';
import {
  findingBrief,
  buiVanKhanh,
  calendar,
  codes,
  day,
  doThiHoa,
  evaluate,
  leVanCuong,
  ngoThiLan,
  nguyenThiBinh,
  organisation,
  qldtStaff,
  tckhStaff,
  tnmtHcStaff,
  unit,
} from './testing/rules.fixture';

describe('S1 — own work pushed sideways, then bounced back', () => {
  const {
    story,
    ids: { transferred, returned, completed },
  } = recordStory(scenarioS1);
  const evaluation = evaluate(story, day(20));

  it('finds OWN_WORK_TRANSFERRED and PING_PONG against Cường, OVERDUE_HOLD for the late days, and nothing else', () => {
    expect(evaluation.findings.map(findingBrief)).toEqual([
      { rule: 'OWN_WORK_TRANSFERRED', responsible: ['le-van-cuong'], supervisory: ['nguyen-thi-binh'], keys: [transferred] },
      { rule: 'PING_PONG', responsible: ['le-van-cuong'], supervisory: ['nguyen-thi-binh'], keys: [transferred, returned] },
      { rule: 'OVERDUE_HOLD', responsible: ['le-van-cuong'], supervisory: ['nguyen-thi-binh'], keys: [returned] },
    ]);
  });

  it('has nothing against Sở TN&MT', () => {
    expect(evaluation.findings.some((finding) => finding.responsible.some((who) => who.unitId === unit.soTnmt))).toBe(false);
  });

  it('explains the transfer in Vietnamese, with evidence, basis and the day spent elsewhere as a share', () => {
    const [own] = evaluation.findings;
    expect(own!.explanation).toBe(
      'Ngày 04/03/2026, le-van-cuong (so-xay-dung) chuyển nhiệm vụ t1 (lĩnh vực "construction", thuộc chức năng, nhiệm vụ của so-xay-dung tại thời điểm đó) sang so-tnmt.',
    );
    expect(own!.evidence).toEqual([
      { eventId: transferred, type: 'TaskTransferred', occurredAt: day(2), globalPosition: 1003 },
      { eventId: returned, type: 'TaskReturned', occurredAt: day(3), globalPosition: 1004 },
    ]);
    expect(own!.basis).toContain('2128/UBND-TH');
    expect(own!.findingShares).toEqual([
      {
        findingId: own!.id,
        ruleCode: 'OWN_WORK_TRANSFERRED',
        party: { unitId: unit.soXayDung, personId: leVanCuong.personId },
        on: '2026-03-04',
        days: ['2026-03-05'],
        explanation: own!.explanation,
        eventIds: [transferred, returned],
        basis: own!.basis,
      },
    ]);
    expect(evaluation.findingShares).toEqual(own!.findingShares);
  });

  it('attribution: 2 late days and the day at Sở TN&MT on Cường, supervisory on Bình', () => {
    const timeline = custodyTimeline(custodyLogOf(story.events), { asOf: day(20), calendar });
    const status = taskStatus(timeline, { calendar });
    const attribution = attributeResponsibility({
      timeline,
      status,
      calendar,
      headOf: (unitId, date) => organisation.headOn(unitId, date),
      findingShares: evaluation.findingShares,
    });
    expect(attribution.totals.map((total) => [total.kind, total.basisCode, total.personId, total.workingDays])).toEqual([
      ['individual', 'HELD_AFTER_DEADLINE', leVanCuong.personId, 2],
      ['individual', 'FINDING', leVanCuong.personId, 1],
      ['supervisory', 'HELD_AFTER_DEADLINE', nguyenThiBinh.personId, 2],
      ['supervisory', 'FINDING', nguyenThiBinh.personId, 1],
    ]);
    expect(completed).toBe('t1-5');
  });

  it('is deterministic: the same events give the same findings with the same ids', () => {
    expect(evaluate(story, day(20))).toEqual(evaluation);
    expect(evaluation.findings.map((finding) => finding.id)).toEqual([...new Set(evaluation.findings.map((finding) => finding.id))]);
    expect(evaluation.findings[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('S2 — the silent consultee', () => {
  // Khánh delegates T2 to his staff member, who consults and submits; Phòng QLĐT's staff member answers.
  const {
    story,
    ids: { consulted: request },
  } = recordStory(
    retell(scenarioS2, {
      steps: { consulted: { by: tckhStaff }, answered: { by: qldtStaff }, submitted: { by: tckhStaff } },
      add: [{ name: 'delegated', act: 'delegate', day: 0, time: '10:00', by: buiVanKhanh, to: tckhStaff }],
    }),
  );
  const evaluation = evaluate(story, day(8, '17:00'));

  it('finds SILENT_CONSULTEE against Phòng TN&MT only (its head answers), no UNAGREED_SUBMISSION, nothing against the lead', () => {
    expect(evaluation.findings.map(findingBrief)).toEqual([
      { rule: 'SILENT_CONSULTEE', responsible: ['ngo-thi-lan'], supervisory: [], keys: [request] },
    ]);
    expect(evaluation.findings[0]!.responsible).toEqual([
      { unitId: unit.phongTnmt, personId: ngoThiLan.personId, resolvedAs: 'unit_head' },
    ]);
    expect(evaluation.findings[0]!.explanation).toBe(
      'phong-tnmt-hai-chau được xin ý kiến ngày 03/03/2026 về nhiệm vụ t2, hạn trả lời 10/03/2026, nhưng không trả lời: coi như đồng ý và cùng chịu trách nhiệm từ ngày 10/03/2026.',
    );
  });

  it('shares responsibility as a finding line, without delay days while the task is within its deadline', () => {
    expect(evaluation.findingShares).toEqual([
      expect.objectContaining({ party: { unitId: unit.phongTnmt, personId: null }, on: '2026-03-10', days: [] }),
    ]);
  });
});

describe('S3 — a proper return is not buck-passing', () => {
  function t3(returnDay: number) {
    // Each office's head delegates T3 to a staff member, who returns or completes it.
    const delegations: StoryStep[] = [
      { name: 'delegated', act: 'delegate', day: 0, time: '09:30', by: doThiHoa, to: qldtStaff },
      { name: 'delegatedAgain', act: 'delegate', day: returnDay, time: '16:30', by: ngoThiLan, to: tnmtHcStaff },
    ];
    const {
      story,
      ids: { returned },
    } = recordStory(
      retell(scenarioS3(returnDay), {
        taskId: `t3-${returnDay}`,
        steps: { returned: { by: qldtStaff }, completed: { by: tnmtHcStaff } },
        add: delegations,
      }),
    );
    return { returned, evaluation: evaluate(story, day(20)) };
  }

  it('returned the same day: no findings at all', () => {
    expect(codes(t3(0).evaluation)).toEqual([]);
  });

  it('returned at d+4: LATE_RETURN against Phòng Quản lý đô thị, and nothing else', () => {
    const { returned, evaluation } = t3(4);
    expect(evaluation.findings.map(findingBrief)).toEqual([
      { rule: 'LATE_RETURN', responsible: [qldtStaff.personId], supervisory: ['do-thi-hoa'], keys: [returned] },
    ]);
    expect(evaluation.findings[0]!.responsible[0]!.unitId).toBe(unit.phongQldt);
  });
});

describe('S4 — deadlines across Tết', () => {
  /** Bình delegates T4 to Cường (rather than Cường named at assignment); completed on d+5 or d+6. */
  function t4(completedDay: 5 | 6) {
    const { story } = recordStory(
      retell(scenarioS4(completedDay), {
        steps: { assigned: { responsible: undefined } },
        add: [{ name: 'delegated', act: 'delegate', day: 0, time: '10:00', by: nguyenThiBinh, to: leVanCuong }],
      }),
    );
    return { evaluation: evaluate(story, '2026-03-10T09:00:00+07:00') };
  }

  it('completed on Friday 27 February: on time, no findings', () => {
    expect(codes(t4(5).evaluation)).toEqual([]);
  });

  it('completed on 2 March: OVERDUE_HOLD for 1 working day on Cường, and nothing else', () => {
    const { evaluation } = t4(6);
    expect(evaluation.findings.map(findingBrief)).toEqual([
      { rule: 'OVERDUE_HOLD', responsible: ['le-van-cuong'], supervisory: ['nguyen-thi-binh'], keys: ['t4-2'] },
    ]);
    expect(evaluation.findings[0]!.explanation).toBe(
      'le-van-cuong (so-xay-dung) giữ nhiệm vụ t4 1 ngày làm việc sau hạn 27/02/2026 (từ 02/03/2026 đến 02/03/2026).',
    );
  });
});

describe('S5 — pushing a decision upward vs reporting a difficulty', () => {
  it('submitting to the chairman: UPWARD_DEFLECTION against the submitter, supervisory on the head of Phòng Quản lý đô thị', () => {
    const {
      story,
      ids: { submitted },
    } = recordStory(scenarioS5('submission'));
    expect(evaluate(story, day(3, '17:00')).findings.map(findingBrief)).toEqual([
      { rule: 'UPWARD_DEFLECTION', responsible: [qldtStaff.personId], supervisory: [doThiHoa.personId], keys: [submitted] },
    ]);
  });

  it('reporting a difficulty and completing on time: no finding', () => {
    const { story } = recordStory(scenarioS5('difficulty'));
    expect(codes(evaluate(story, day(15)))).toEqual([]);
  });
});
