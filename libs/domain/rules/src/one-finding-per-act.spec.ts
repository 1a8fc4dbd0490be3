import { describe, expect, it } from '@jest/globals';
import type { Finding } from './finding.types';
import { day, due, evaluate, leVanCuong, nguyenThiBinh, phamMinhDung, TaskStory, tranVanAn, unit } from './testing/rules.fixture';

// One act, one finding: where one event breaks a rule in two ways, the rule reports one finding that lists
// both reasons (and explains both), keyed on the act alone, so its id does not depend on how many reasons
// hold. Checked for every rule with more than one variant (CONSULTATION_ABUSE, PING_PONG, UNOWNED_TASK,
// VAGUE_CONSULTATION).

function delegatedTask(id: string): TaskStory {
  const story = new TaskStory(id);
  story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10) });
  story.delegated(day(0, '10:00'), nguyenThiBinh, leVanCuong);
  return story;
}

const ofRule = (findings: readonly Finding[], rule: string) => findings.filter((finding) => finding.ruleCode === rule);

describe('one finding per act', () => {
  it('CONSULTATION_ABUSE: a third round whose reply deadline is past the task deadline is one finding with both reasons', () => {
    const story = delegatedTask('one-ca');
    story.consulted(day(1), leVanCuong, [unit.soTnmt], due(2));
    story.consulted(day(2), leVanCuong, [unit.soTnmt], due(3));
    const third = story.consulted(day(3), leVanCuong, [unit.soTnmt], due(12));
    const found = ofRule(evaluate(story, day(3, '17:00')).findings, 'CONSULTATION_ABUSE');
    expect(found.map((finding) => ({ keys: finding.keyEventIds, reasons: finding.reasons }))).toEqual([
      { keys: [third], reasons: ['rounds', 'past_deadline'] },
    ]);
    expect(found[0]!.explanation).toContain('lần thứ 3');
    expect(found[0]!.explanation).toContain('sau hạn giải quyết nhiệm vụ');
    expect(found[0]!.evidence.map((evidence) => evidence.eventId)).toEqual(
      story.events.filter((event) => event.type === 'ConsultationRequested').map((event) => event.metadata.eventId),
    );
  });

  it('CONSULTATION_ABUSE: keeps its id whether one reason or two hold (voiding an extension adds a reason, not a finding)', () => {
    const story = delegatedTask('one-ca-id');
    const extension = story.extended(day(0, '11:00'), tranVanAn, due(10), due(15));
    story.consulted(day(1), leVanCuong, [unit.soTnmt], due(2));
    story.consulted(day(2), leVanCuong, [unit.soTnmt], due(3));
    story.consulted(day(3), leVanCuong, [unit.soTnmt], due(12));
    const before = ofRule(evaluate(story, day(3, '17:00')).findings, 'CONSULTATION_ABUSE');
    story.voided(day(3, '16:00'), tranVanAn, extension, 'DeadlineExtended');
    const after = ofRule(evaluate(story, day(3, '17:00')).findings, 'CONSULTATION_ABUSE');
    expect(before.map((finding) => finding.reasons)).toEqual([['rounds']]);
    expect(after.map((finding) => finding.reasons)).toEqual([['rounds', 'past_deadline']]);
    expect(after[0]!.id).toBe(before[0]!.id);
  });

  it('CONSULTATION_ABUSE: one reason alone is still reported, with that reason', () => {
    const story = delegatedTask('one-ca-single');
    story.consulted(day(1), leVanCuong, [unit.soTnmt], due(12));
    expect(
      ofRule(evaluate(story, day(1, '17:00')).findings, 'CONSULTATION_ABUSE').map((finding) => [finding.variant, finding.reasons]),
    ).toEqual([['past_deadline', ['past_deadline']]]);
  });

  it('PING_PONG: the move that closes a loop and crosses the hop limit is one finding with both reasons', () => {
    const story = delegatedTask('one-pp');
    story.transferred(day(1), leVanCuong, { unitId: unit.soTnmt });
    story.transferred(day(1, '11:00'), phamMinhDung, { unitId: unit.soXayDung }, { unitId: unit.soTnmt });
    story.transferred(day(1, '13:00'), leVanCuong, { unitId: unit.soTnmt }, { unitId: unit.soXayDung });
    const fourth = story.transferred(day(1, '15:00'), phamMinhDung, { unitId: unit.soXayDung }, { unitId: unit.soTnmt });
    const found = ofRule(evaluate(story, day(1, '17:00')).findings, 'PING_PONG');
    expect(found.map((finding) => finding.reasons)).toEqual([['return'], ['return'], ['return', 'hops']]);
    const last = found[2]!;
    expect(last.keyEventIds.at(-1)).toBe(fourth);
    expect(last.explanation).toContain('4 lần (tối đa 3 lần)');
    expect(last.evidence.map((evidence) => evidence.eventId)).toEqual(
      story.events.filter((event) => event.type === 'TaskTransferred').map((event) => event.metadata.eventId),
    );
  });

  it('VAGUE_CONSULTATION: a request with neither content nor reply deadline is one finding listing both', () => {
    const story = delegatedTask('one-vc');
    story.consulted(day(1), leVanCuong, [unit.soTnmt], null, null);
    const found = ofRule(evaluate(story, day(1, '17:00')).findings, 'VAGUE_CONSULTATION');
    expect(found.map((finding) => finding.reasons)).toEqual([['no_content', 'no_reply_deadline']]);
  });

  it('every finding lists at least one reason, and no rule reports two findings on the same key entries', () => {
    const story = delegatedTask('one-all');
    story.consulted(day(1), leVanCuong, [unit.soTnmt], null, null);
    story.consulted(day(2), leVanCuong, [unit.soTnmt], due(12));
    story.consulted(day(3), leVanCuong, [unit.soTnmt], due(13));
    story.transferred(day(4), leVanCuong, { unitId: unit.soTnmt });
    story.transferred(day(4, '11:00'), phamMinhDung, { unitId: unit.soXayDung }, { unitId: unit.soTnmt });
    story.transferred(day(4, '13:00'), leVanCuong, { unitId: unit.soTnmt }, { unitId: unit.soXayDung });
    story.transferred(day(4, '15:00'), phamMinhDung, { unitId: unit.soXayDung }, { unitId: unit.soTnmt });
    const { findings } = evaluate(story, day(20, '17:00'));
    expect(findings.every((finding) => finding.reasons.length > 0)).toBe(true);
    const acts = findings.map((finding) => `${finding.ruleCode} ${finding.keyEventIds.at(-1)}`);
    expect(acts.length).toBe(new Set(acts).size);
  });
});
