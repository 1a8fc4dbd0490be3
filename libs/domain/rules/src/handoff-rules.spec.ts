import { describe, expect, it } from '@jest/globals';
import {
  codes,
  day,
  doThiHoa,
  due,
  evaluate,
  hoangVanGiang,
  leVanCuong,
  nguyenThiBinh,
  party,
  phamMinhDung,
  qldtStaff,
  TaskStory,
  tranVanAn,
  unit,
  voThiEn,
} from './testing/rules.fixture';

function sxdTask(id: string, options: { category?: string; coordinating?: string[] } = {}) {
  const story = new TaskStory(id);
  story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), ...options });
  story.delegated(day(0, '10:00'), nguyenThiBinh, leVanCuong);
  return story;
}

describe('OWN_WORK_TRANSFERRED', () => {
  it('fires on a transfer of work within the giver mandate', () => {
    const story = sxdTask('owt-1');
    story.transferred(day(1), leVanCuong, { unitId: unit.soTnmt });
    expect(codes(evaluate(story, day(1, '17:00')))).toEqual(['OWN_WORK_TRANSFERRED']);
  });
  it('does not fire when the transfer was voided', () => {
    const story = sxdTask('owt-2');
    const transferred = story.transferred(day(1), leVanCuong, { unitId: unit.soTnmt });
    story.voided(day(1, '11:00'), leVanCuong, transferred, 'TaskTransferred');
    expect(codes(evaluate(story, day(1, '17:00')))).toEqual([]);
  });
  it('judges the corrected category: corrected to land, out of Sở Xây dựng mandate, no finding', () => {
    const story = sxdTask('owt-3');
    story.corrected(day(0, '11:00'), tranVanAn, 'owt-3-1', 'TaskAssigned', { category: 'land' });
    story.transferred(day(1), leVanCuong, { unitId: unit.soTnmt });
    expect(codes(evaluate(story, day(1, '17:00')))).toEqual([]);
  });
  it('judges the mandate as it was: investment moved to Sở Tài chính by the 2025 merger', () => {
    const before = new TaskStory('owt-4');
    const fin = { personId: 'x-fin', unitId: unit.soTaiChinh };
    before.assigned('2025-02-10T09:00:00+07:00', tranVanAn, unit.soTaiChinh, {
      dueAt: '2025-02-28T23:59:59.999+07:00',
      category: 'investment',
      responsible: fin,
    });
    before.transferred('2025-02-11T09:00:00+07:00', fin, { unitId: unit.soKhdt });
    expect(codes(evaluate(before, '2025-02-11T17:00:00+07:00'))).toEqual([]);
    const after = new TaskStory('owt-5');
    after.assigned(day(0), tranVanAn, unit.soTaiChinh, { dueAt: due(10), category: 'investment', responsible: fin });
    after.transferred(day(1), fin, { unitId: unit.soTnmt });
    expect(codes(evaluate(after, day(1, '17:00')))).toEqual(['OWN_WORK_TRANSFERRED']);
  });
});

describe('UPWARD_DEFLECTION', () => {
  it('does not fire when coordinating units are involved', () => {
    const story = sxdTask('ud-1', { coordinating: [unit.soTnmt] });
    story.submitted(day(2), leVanCuong, tranVanAn);
    expect(codes(evaluate(story, day(2, '17:00')))).toEqual([]);
  });
  it('does not fire for a category the deployment declares decided above', () => {
    const story = sxdTask('ud-2');
    story.submitted(day(2), leVanCuong, tranVanAn);
    expect(
      codes(
        evaluate(story, day(2, '17:00'), {
          parameters: { rules: { UPWARD_DEFLECTION: { parameters: { decidedAboveCategories: ['construction'] } } } },
        }),
      ),
    ).toEqual([]);
    expect(codes(evaluate(story, day(2, '17:00')))).toEqual(['UPWARD_DEFLECTION']);
  });
});

describe('LEAD_REASSIGNMENT', () => {
  it('fires when the lead proposes another unit for work within its mandate', () => {
    const story = sxdTask('lr-1');
    story.reassignmentProposed(day(1), leVanCuong, unit.soTnmt);
    expect(codes(evaluate(story, day(1, '17:00')))).toEqual(['LEAD_REASSIGNMENT']);
  });
  it('does not fire for work outside the lead mandate', () => {
    const story = sxdTask('lr-2', { category: 'land' });
    story.reassignmentProposed(day(1), leVanCuong, unit.soTnmt);
    expect(codes(evaluate(story, day(1, '17:00')))).toEqual([]);
  });
});

describe('PING_PONG, IMPROPER_RETURN and LATE_RETURN', () => {
  it('an improper return of work within the mandate: IMPROPER_RETURN and PING_PONG against the returner', () => {
    const story = new TaskStory('ir-1');
    story.assigned(day(0), tranVanAn, unit.soTnmt, { dueAt: due(10), category: 'construction', responsible: voThiEn });
    story.transferred(day(1), voThiEn, { unitId: unit.soXayDung });
    const back = story.returned(day(1, '15:00'), leVanCuong, party(voThiEn), { from: party(leVanCuong) });
    const evaluation = evaluate(story, day(1, '17:00'));
    expect(evaluation.findings.map((finding) => [finding.ruleCode, finding.responsible.map((who) => who.personId)])).toEqual([
      ['PING_PONG', ['le-van-cuong']],
      ['IMPROPER_RETURN', ['le-van-cuong']],
    ]);
    expect(evaluation.findings[1]!.keyEventIds).toEqual([back]);
  });
  it('an immediate return of out-of-mandate work: no finding (S1 without the improper transfer)', () => {
    const story = sxdTask('ir-2', { category: 'health' });
    story.transferred(day(1), leVanCuong, { unitId: unit.soTnmt });
    story.returned(day(2), phamMinhDung, party(leVanCuong));
    expect(codes(evaluate(story, day(2, '17:00')))).toEqual([]);
  });
  it('an exempted reason code is not an improper return', () => {
    const story = new TaskStory('ir-3');
    story.assigned(day(0), tranVanAn, unit.soTnmt, { dueAt: due(10), category: 'construction', responsible: voThiEn });
    story.transferred(day(1), voThiEn, { unitId: unit.soXayDung });
    story.returned(day(1, '15:00'), leVanCuong, party(voThiEn), { from: party(leVanCuong), reasonCode: 'incomplete' });
    const parameters = { rules: { IMPROPER_RETURN: { parameters: { exemptReasonCodes: ['incomplete'] } } } };
    expect(codes(evaluate(story, day(1, '17:00'), { parameters }))).toEqual([]);
  });
  it('PING_PONG by hop count beyond maxHops, only with an improper hand-off', () => {
    const story = sxdTask('pp-1');
    story.transferred(day(1), leVanCuong, { unitId: unit.soTnmt });
    story.transferred(day(1, '11:00'), phamMinhDung, { unitId: unit.phongQldt }, { unitId: unit.soTnmt });
    story.transferred(day(1, '12:00'), doThiHoa, { unitId: unit.phongTnmt }, { unitId: unit.phongQldt });
    story.transferred(day(1, '13:00'), qldtStaff, { unitId: unit.soTaiChinh }, { unitId: unit.phongTnmt });
    const hops = evaluate(story, day(1, '17:00')).findings.filter((finding) => finding.ruleCode === 'PING_PONG');
    expect(hops.map((finding) => [finding.variant, finding.responsible.map((who) => who.personId)])).toEqual([['hops', ['le-van-cuong']]]);
  });
  it('LATE_RETURN: returned after 2 working days fires, after 1 does not', () => {
    const late = sxdTask('lt-1', { category: 'land' });
    late.returnedToAuthority(day(2), leVanCuong, { from: party(leVanCuong) });
    expect(codes(evaluate(late, day(2, '17:00')))).toEqual(['LATE_RETURN']);
    const inTime = sxdTask('lt-2', { category: 'land' });
    inTime.returnedToAuthority(day(1), leVanCuong, { from: party(leVanCuong) });
    expect(codes(evaluate(inTime, day(1, '17:00')))).toEqual([]);
  });
});

describe('UNASSIGNED_HANDLING', () => {
  it('fires when a unit that is not the lead and has no mandate completes the task', () => {
    const story = sxdTask('uh-1');
    story.transferred(day(1), leVanCuong, { unitId: unit.soTnmt });
    story.completed(day(2), phamMinhDung);
    expect(codes(evaluate(story, day(2, '17:00')))).toEqual(['OWN_WORK_TRANSFERRED', 'UNASSIGNED_HANDLING']);
  });
  it('does not fire when the completing unit holds the mandate', () => {
    const story = sxdTask('uh-2', { category: 'land' });
    story.transferred(day(1), leVanCuong, { unitId: unit.soTnmt });
    story.completed(day(2), phamMinhDung);
    expect(codes(evaluate(story, day(2, '17:00')))).toEqual([]);
  });
  it('hoangVanGiang is the district head', () => {
    expect(hoangVanGiang.unitId).toBe(unit.ubndHaiChau);
  });
});
