import { describe, expect, it } from '@jest/globals';
import { attributeResponsibility, custodyLogOf, custodyTimeline, taskStatus } from '@lib/domain/custody';
import { storyS1 } from '@lib/domain/task/testing';
import {
  brief,
  buiVanKhanh,
  calendar,
  codes,
  day,
  doThiHoa,
  due,
  evaluate,
  hoangVanGiang,
  leVanCuong,
  ngoThiLan,
  nguyenThiBinh,
  organisation,
  party,
  qldtStaff,
  TaskStory,
  tckhStaff,
  tnmtHcStaff,
  tranVanAn,
  unit,
} from './testing/rules.fixture';

describe('S1 — own work pushed sideways, then bounced back', () => {
  const {
    story,
    ids: { transferred, returned, completed },
  } = storyS1();
  const evaluation = evaluate(story, day(20));

  it('finds OWN_WORK_TRANSFERRED and PING_PONG against Cường, OVERDUE_HOLD for the late days, and nothing else', () => {
    expect(evaluation.findings.map(brief)).toEqual([
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
  const story = new TaskStory('t2');
  story.assigned(day(0), hoangVanGiang, unit.phongTckh, { dueAt: due(15), category: 'budget' });
  story.delegated(day(0, '10:00'), buiVanKhanh, tckhStaff);
  const request = story.consulted(day(1), tckhStaff, [unit.phongQldt, unit.phongTnmt], due(6));
  story.answered(day(3), qldtStaff, 'agree');
  story.submitted(day(8), tckhStaff, hoangVanGiang, true);
  const evaluation = evaluate(story, day(8, '17:00'));

  it('finds SILENT_CONSULTEE against Phòng TN&MT only (its head answers), no UNAGREED_SUBMISSION, nothing against the lead', () => {
    expect(evaluation.findings.map(brief)).toEqual([
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
    const story = new TaskStory(`t3-${returnDay}`);
    story.assigned(day(0), hoangVanGiang, unit.phongQldt, { dueAt: due(10), category: 'land' });
    story.delegated(day(0, '09:30'), doThiHoa, qldtStaff);
    const returned = story.returnedToAuthority(day(returnDay, '10:00'), qldtStaff, { from: party(qldtStaff) });
    story.assigned(day(returnDay, '14:00'), hoangVanGiang, unit.phongTnmt, { dueAt: due(10), category: 'land', reassignment: true });
    story.delegated(day(returnDay, '15:00'), ngoThiLan, tnmtHcStaff);
    story.completed(day(returnDay + 4), tnmtHcStaff);
    return { returned, evaluation: evaluate(story, day(20)) };
  }

  it('returned the same day: no findings at all', () => {
    expect(codes(t3(0).evaluation)).toEqual([]);
  });

  it('returned at d+4: LATE_RETURN against Phòng Quản lý đô thị, and nothing else', () => {
    const { returned, evaluation } = t3(4);
    expect(evaluation.findings.map(brief)).toEqual([
      { rule: 'LATE_RETURN', responsible: [qldtStaff.personId], supervisory: ['do-thi-hoa'], keys: [returned] },
    ]);
    expect(evaluation.findings[0]!.responsible[0]!.unitId).toBe(unit.phongQldt);
  });
});

describe('S4 — deadlines across Tết', () => {
  function t4(completedAt: string) {
    const story = new TaskStory('t4');
    const assigned = story.assigned('2026-02-13T09:00:00+07:00', tranVanAn, unit.soXayDung, { dueAt: '2026-02-27T23:59:59.999+07:00' });
    story.delegated('2026-02-13T10:00:00+07:00', nguyenThiBinh, leVanCuong);
    story.completed(completedAt, leVanCuong);
    return { assigned, evaluation: evaluate(story, '2026-03-10T09:00:00+07:00') };
  }

  it('completed on Friday 27 February: on time, no findings', () => {
    expect(codes(t4('2026-02-27T15:00:00+07:00').evaluation)).toEqual([]);
  });

  it('completed on 2 March: OVERDUE_HOLD for 1 working day on Cường, and nothing else', () => {
    const { evaluation } = t4('2026-03-02T09:00:00+07:00');
    expect(evaluation.findings.map(brief)).toEqual([
      { rule: 'OVERDUE_HOLD', responsible: ['le-van-cuong'], supervisory: ['nguyen-thi-binh'], keys: ['t4-2'] },
    ]);
    expect(evaluation.findings[0]!.explanation).toBe(
      'le-van-cuong (so-xay-dung) giữ nhiệm vụ t4 1 ngày làm việc sau hạn 27/02/2026 (từ 02/03/2026 đến 02/03/2026).',
    );
  });
});

describe('S5 — pushing a decision upward vs reporting a difficulty', () => {
  function t5() {
    const story = new TaskStory('t5');
    story.assigned(day(0), hoangVanGiang, unit.phongQldt, { dueAt: due(10), category: 'construction_permit' });
    story.delegated(day(0, '10:00'), doThiHoa, qldtStaff);
    return story;
  }

  it('submitting to the chairman: UPWARD_DEFLECTION against the submitter, supervisory on the head of Phòng Quản lý đô thị', () => {
    const story = t5();
    const submitted = story.submitted(day(3), qldtStaff, hoangVanGiang, true);
    expect(evaluate(story, day(3, '17:00')).findings.map(brief)).toEqual([
      { rule: 'UPWARD_DEFLECTION', responsible: [qldtStaff.personId], supervisory: [doThiHoa.personId], keys: [submitted] },
    ]);
  });

  it('reporting a difficulty and completing on time: no finding', () => {
    const story = t5();
    story.difficultyReported(day(3), qldtStaff, hoangVanGiang);
    story.completed(day(7), qldtStaff);
    expect(codes(evaluate(story, day(15)))).toEqual([]);
  });
});
