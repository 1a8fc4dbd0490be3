import { describe, expect, it } from '@jest/globals';
import { nextDeadlineLapse } from './deadline-lapse';
import { resolveRulesConfig, RulesConfigError } from './rule-config';
import { RULE_CATALOGUE } from './rule-catalogue';
import {
  buiVanKhanh,
  calendar,
  codes,
  day,
  due,
  evaluate,
  hoangVanGiang,
  leVanCuong,
  nguyenThiBinh,
  organisation,
  qldtStaff,
  TaskStory,
  tckhStaff,
  tnmtHcStaff,
  tranVanAn,
  unit,
} from './testing/rules.fixture';

function tckhTask(id: string) {
  const story = new TaskStory(id);
  story.assigned(day(0), hoangVanGiang, unit.phongTckh, { dueAt: due(15), category: 'budget' });
  story.delegated(day(0, '10:00'), buiVanKhanh, tckhStaff);
  return story;
}

describe('consultation rules', () => {
  it('VAGUE_CONSULTATION without a deadline; SILENT_CONSULTEE after the default 5 working days', () => {
    const story = tckhTask('vc-1');
    story.consulted(day(1), tckhStaff, [unit.phongTnmt], null);
    expect(codes(evaluate(story, day(6, '17:00')))).toEqual(['VAGUE_CONSULTATION']);
    expect(codes(evaluate(story, day(7, '09:00')))).toEqual(['VAGUE_CONSULTATION', 'SILENT_CONSULTEE']);
  });
  it('a consultation with deadline and content, answered by the deadline: nothing', () => {
    const story = tckhTask('vc-2');
    story.consulted(day(1), tckhStaff, [unit.phongTnmt], due(4));
    story.answered(day(4, '16:00'), tnmtHcStaff, 'agree');
    expect(codes(evaluate(story, day(6)))).toEqual([]);
  });
  it('a late reply is SILENT_CONSULTEE with the reply in evidence', () => {
    const story = tckhTask('sc-1');
    const request = story.consulted(day(1), tckhStaff, [unit.phongTnmt], due(4));
    const answer = story.answered(day(5), tnmtHcStaff, 'agree');
    const [finding] = evaluate(story, day(6)).findings;
    expect([finding!.ruleCode, finding!.evidence.map((ref) => ref.eventId)]).toEqual(['SILENT_CONSULTEE', [request, answer]]);
  });
  it('EVASIVE_REPLY on a deflecting stance; UNAGREED_SUBMISSION while a unit disagrees, none after its revision', () => {
    const story = tckhTask('ev-1');
    story.consulted(day(1), tckhStaff, [unit.phongTnmt, unit.phongQldt], due(4));
    story.answered(day(2), tnmtHcStaff, 'deflect', 'Đề nghị hỏi Phòng Quản lý đô thị');
    story.answered(day(2), qldtStaff, 'disagree', 'Không thống nhất vì thiếu số liệu khảo sát');
    story.submitted(day(5), tckhStaff, hoangVanGiang, false);
    expect(codes(evaluate(story, day(5, '17:00')))).toEqual(['EVASIVE_REPLY', 'UNAGREED_SUBMISSION']);
    const reconciled = tckhTask('ev-2');
    reconciled.consulted(day(1), tckhStaff, [unit.phongQldt], due(4));
    reconciled.answered(day(2), qldtStaff, 'disagree', 'Không thống nhất vì thiếu số liệu khảo sát');
    reconciled.answered(day(3), qldtStaff, 'agree', 'Thống nhất sau khi đã bổ sung số liệu', 1, true);
    reconciled.submitted(day(5), tckhStaff, hoangVanGiang, true);
    expect(codes(evaluate(reconciled, day(5, '17:00')))).toEqual([]);
  });
  it('CONSULTATION_ABUSE on the third round with a reply deadline past the task deadline: one finding, both reasons', () => {
    const story = tckhTask('ca-1');
    story.consulted(day(1), tckhStaff, [unit.phongTnmt], due(2));
    story.answered(day(2), tnmtHcStaff, 'agree');
    story.consulted(day(3), tckhStaff, [unit.phongTnmt], due(4));
    story.answered(day(4), tnmtHcStaff, 'agree');
    expect(codes(evaluate(story, day(4, '17:00')))).toEqual([]);
    story.consulted(day(5), tckhStaff, [unit.phongTnmt], due(17));
    const findings = evaluate(story, day(5, '17:00')).findings;
    expect(findings.map((finding) => [finding.ruleCode, finding.reasons])).toEqual([['CONSULTATION_ABUSE', ['rounds', 'past_deadline']]]);
  });
});

describe('time-based rules', () => {
  function sxd(id: string) {
    const story = new TaskStory(id);
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(14) });
    story.delegated(day(0, '10:00'), nguyenThiBinh, leVanCuong);
    return story;
  }
  it('STALLED after more than 10 idle working days, not at exactly 10; the lapse is the start of the 11th', () => {
    const story = sxd('st-1');
    expect(codes(evaluate(story, day(10, '23:00')))).toEqual([]);
    expect(nextDeadlineLapse(story.events, { organisation, calendar, asOf: day(10, '23:00') })).toEqual({
      at: '2026-03-16T17:00:00.000Z',
      ruleCodes: ['STALLED'],
    });
    expect(codes(evaluate(story, day(11, '00:00')))).toEqual(['STALLED']);
    story.commented(day(11, '08:00'), leVanCuong);
    expect(codes(evaluate(story, day(12)))).toEqual(['STALLED']);
  });
  it('UNOWNED_TASK when the lead does not delegate for more than 2 working days', () => {
    const story = new TaskStory('uo-1');
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(14) });
    expect(codes(evaluate(story, day(2, '17:00')))).toEqual([]);
    expect(codes(evaluate(story, day(3)))).toEqual(['UNOWNED_TASK']);
  });
  it('no UNOWNED_TASK when the head delegates on the second working day, or a person is named at assignment', () => {
    const delegated = new TaskStory('uo-2');
    delegated.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(14) });
    delegated.delegated(day(2, '16:00'), nguyenThiBinh, leVanCuong);
    expect(codes(evaluate(delegated, day(6)))).toEqual([]);
    const named = new TaskStory('uo-3');
    named.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(14), responsible: leVanCuong });
    expect(codes(evaluate(named, day(6)))).toEqual([]);
  });
  it('OVERDUE_HOLD from the first working day after the deadline; its lapse is announced', () => {
    const story = sxd('od-1');
    story.commented(day(10), leVanCuong);
    expect(nextDeadlineLapse(story.events, { organisation, calendar, asOf: day(12) })?.ruleCodes).toEqual(['OVERDUE_HOLD']);
    expect(codes(evaluate(story, day(14, '23:00')))).toEqual([]);
    expect(codes(evaluate(story, day(15, '08:00')))).toEqual(['OVERDUE_HOLD']);
  });
});

describe('dossier rules', () => {
  function dossier(id: string) {
    const story = new TaskStory(id);
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(14), kind: 'dossier', responsible: leVanCuong });
    return story;
  }
  it('NO_APPOINTMENT when no slip by the end of the registration day; none with a slip', () => {
    const without = dossier('na-1');
    expect(codes(evaluate(without, day(1)))).toEqual(['NO_APPOINTMENT']);
    const withSlip = dossier('na-2');
    withSlip.appointment(day(0, '10:00'), leVanCuong, due(10));
    expect(codes(evaluate(withSlip, day(1)))).toEqual([]);
  });
  it('LATE_RESULT_NO_APOLOGY when returned after the promised date; none with an apology in time', () => {
    const late = dossier('lr-1');
    late.appointment(day(0, '10:00'), leVanCuong, due(5));
    late.resultReturned(day(6), leVanCuong);
    expect(codes(evaluate(late, day(7)))).toEqual(['LATE_RESULT_NO_APOLOGY']);
    const apologised = dossier('lr-2');
    apologised.appointment(day(0, '10:00'), leVanCuong, due(5));
    apologised.apology(day(4), leVanCuong, due(8));
    apologised.resultReturned(day(6), leVanCuong);
    expect(codes(evaluate(apologised, day(7)))).toEqual([]);
  });
  it('REPEATED_SUPPLEMENT on the second request only', () => {
    const story = dossier('rs-1');
    story.appointment(day(0, '10:00'), leVanCuong, due(10));
    story.supplementRequested(day(1), leVanCuong, nguyenThiBinh);
    expect(codes(evaluate(story, day(1, '17:00')))).toEqual([]);
    story.supplementRequested(day(2), leVanCuong, nguyenThiBinh);
    expect(codes(evaluate(story, day(2, '17:00')))).toEqual(['REPEATED_SUPPLEMENT']);
  });
});

describe('catalogue, configuration and protected initiative', () => {
  it('has the 18 rules of domain.md with version, basis, NFC Vietnamese templates and parameters', () => {
    expect(RULE_CATALOGUE).toHaveLength(18);
    for (const rule of RULE_CATALOGUE) {
      expect(rule.version).toBe(
        ['CONSULTATION_ABUSE', 'PING_PONG', 'LATE_RESULT_NO_APOLOGY', 'NO_APPOINTMENT'].includes(rule.code) ? 2 : 1,
      );
      for (const text of [rule.title, rule.basis, ...Object.values(rule.templates)]) expect(text).toBe(text.normalize('NFC'));
    }
    expect(resolveRulesConfig().parameters.STALLED).toEqual({ maxIdleWorkingDays: 10 });
  });
  it('refuses unknown rules, unknown parameters and out-of-range values', () => {
    expect(() => resolveRulesConfig({ rules: { NOPE: {} } as never })).toThrow(RulesConfigError);
    expect(() => resolveRulesConfig({ rules: { STALLED: { parameters: { x: 1 } } } })).toThrow(RulesConfigError);
    expect(() => resolveRulesConfig({ rules: { STALLED: { parameters: { maxIdleWorkingDays: -1 } } } })).toThrow(RulesConfigError);
  });
  it('marks findings under an initiative recorded on the task and charges the covered person no days when exempt', () => {
    const story = new TaskStory('pi-1');
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(1), responsible: leVanCuong });
    story.transferred(day(1), leVanCuong, { unitId: unit.soTnmt });
    const before = evaluate(story, day(4)).findings.find((finding) => finding.ruleCode === 'OWN_WORK_TRANSFERRED')!;
    expect(before.exemption).toBeNull();
    const recorded = story.initiativeRecorded(day(4, '08:00'), tranVanAn, {
      initiativeId: 'sk-1',
      personIds: [leVanCuong.personId],
      from: '2026-03-01',
      decisionNumber: '15/QĐ-UBND',
      decisionDate: '2026-03-02',
    });
    const own = evaluate(story, day(4)).findings.find((finding) => finding.ruleCode === 'OWN_WORK_TRANSFERRED')!;
    expect(own.id).toBe(before.id);
    expect(own.exemption).toMatchObject({
      initiativeId: 'sk-1',
      effect: 'exempt',
      eventId: recorded,
      decisionReference: 'Quyết định số 15/QĐ-UBND ngày 02/03/2026',
    });
    expect(own.explanation).toContain('Nghị định 73/2023/NĐ-CP (Quyết định số 15/QĐ-UBND ngày 02/03/2026): được miễn trách nhiệm.');
    expect(own.findingShares[0]!.days).toEqual([]);
    // As of before the recording, and once the recording is voided, nothing is exempted.
    expect(evaluate(story, day(3)).findings.find((finding) => finding.ruleCode === 'OWN_WORK_TRANSFERRED')!.exemption).toBeNull();
    story.voided(day(4, '08:30'), tranVanAn, recorded, 'InitiativeRecorded');
    expect(evaluate(story, day(4)).findings.find((finding) => finding.ruleCode === 'OWN_WORK_TRANSFERRED')!.exemption).toBeNull();
  });

  it('does not exempt a finding for a person the initiative does not name, nor outside its days', () => {
    const story = new TaskStory('pi-2');
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(1), responsible: leVanCuong });
    story.transferred(day(1), leVanCuong, { unitId: unit.soTnmt });
    story.initiativeRecorded(day(2), tranVanAn, { initiativeId: 'sk-other', personIds: [nguyenThiBinh.personId], from: '2026-03-01' });
    story.initiativeRecorded(day(2, '10:00'), tranVanAn, {
      initiativeId: 'sk-later',
      personIds: [leVanCuong.personId],
      from: '2026-03-10',
    });
    const own = evaluate(story, day(4)).findings.find((finding) => finding.ruleCode === 'OWN_WORK_TRANSFERRED')!;
    expect(own.exemption).toBeNull();
  });

  it('with effect reduce, shows the exemption and still charges the days', () => {
    const story = new TaskStory('pi-3');
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(1), responsible: leVanCuong });
    story.transferred(day(1), leVanCuong, { unitId: unit.soTnmt });
    story.initiativeRecorded(day(2), tranVanAn, {
      initiativeId: 'sk-3',
      personIds: [leVanCuong.personId],
      from: '2026-03-01',
      effect: 'reduce',
    });
    const own = evaluate(story, day(4)).findings.find((finding) => finding.ruleCode === 'OWN_WORK_TRANSFERRED')!;
    expect(own.exemption).toMatchObject({ initiativeId: 'sk-3', effect: 'reduce' });
    expect(own.explanation).toContain('được xem xét giảm nhẹ trách nhiệm');
    expect(own.findingShares[0]!.days.length).toBeGreaterThan(0);
  });
});
