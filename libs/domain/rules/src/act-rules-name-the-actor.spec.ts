import { describe, expect, it } from '@jest/globals';
import type { Finding } from './finding.types';
import {
  day,
  due,
  evaluate,
  leVanCuong,
  nguyenThiBinh,
  party,
  phamMinhDung,
  phanThiMai,
  TaskStory,
  tranVanAn,
  unit,
  voThiEn,
} from './testing/rules.fixture';

// Principle 10: a finding about an act names the official who performed it (the event's actor, or the
// official a clerk recorded it for), not the task's holder. In every story below the task is delegated to a
// staff member (the holder), and the head of the unit performs the act in the holder's place: the decider
// records the holder as the act's party (`from`, `requestedBy`, `by`), the metadata records the head.

/** Sở Xây dựng's construction task, delegated by its head Nguyễn Thị Bình to Lê Văn Cường (the holder). */
function delegatedTask(id: string, options: { category?: string } = {}): TaskStory {
  const story = new TaskStory(id);
  story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), ...options });
  story.delegated(day(0, '10:00'), nguyenThiBinh, leVanCuong);
  return story;
}

const cuongHolds = party(leVanCuong);

function named(
  findings: readonly Finding[],
  rule: string,
): Array<{ responsible: Array<string | null>; supervisory: string[]; shares: Array<string | null> }> {
  return findings
    .filter((finding) => finding.ruleCode === rule)
    .map((finding) => ({
      responsible: finding.responsible.map((who) => who.personId),
      supervisory: finding.supervisory.map((who) => who.personId),
      shares: finding.findingShares.map((share) => share.party.personId ?? null),
    }));
}

describe('act rules name the official who acted, not the holder', () => {
  it('OWN_WORK_TRANSFERRED: the head who signs the transfer answers, and the days elsewhere are hers', () => {
    const story = delegatedTask('actor-owt');
    story.transferred(day(1), nguyenThiBinh, { unitId: unit.soTnmt }, cuongHolds);
    story.returned(day(3), phamMinhDung, party(leVanCuong), { from: { unitId: unit.soTnmt } });
    story.completed(day(12), leVanCuong);
    expect(named(evaluate(story, day(12, '17:00')).findings, 'OWN_WORK_TRANSFERRED')).toEqual([
      { responsible: ['nguyen-thi-binh'], supervisory: [], shares: ['nguyen-thi-binh'] },
    ]);
  });

  it('OWN_WORK_TRANSFERRED recorded by a clerk for the head: the head answers, not the clerk nor the holder', () => {
    const story = delegatedTask('actor-owt-clerk');
    story.recordedBy(phanThiMai, () => story.transferred(day(1), nguyenThiBinh, { unitId: unit.soTnmt }, cuongHolds));
    expect(named(evaluate(story, day(1, '17:00')).findings, 'OWN_WORK_TRANSFERRED')).toEqual([
      { responsible: ['nguyen-thi-binh'], supervisory: [], shares: ['nguyen-thi-binh'] },
    ]);
  });

  it('the holder acting himself is still named, with his head on the supervisory line', () => {
    const story = delegatedTask('actor-owt-self');
    story.transferred(day(1), leVanCuong, { unitId: unit.soTnmt }, cuongHolds);
    expect(named(evaluate(story, day(1, '17:00')).findings, 'OWN_WORK_TRANSFERRED')).toEqual([
      { responsible: ['le-van-cuong'], supervisory: ['nguyen-thi-binh'], shares: ['le-van-cuong'] },
    ]);
  });

  it('IMPROPER_RETURN and PING_PONG: the head who returns work of her unit answers for both', () => {
    const story = new TaskStory('actor-ir');
    story.assigned(day(0), tranVanAn, unit.soTnmt, { dueAt: due(10), category: 'construction', responsible: voThiEn });
    story.transferred(day(1), voThiEn, { unitId: unit.soXayDung });
    story.delegated(day(1, '10:00'), nguyenThiBinh, leVanCuong);
    story.returned(day(1, '15:00'), nguyenThiBinh, party(voThiEn), { from: cuongHolds });
    const { findings } = evaluate(story, day(1, '17:00'));
    expect(named(findings, 'IMPROPER_RETURN')).toEqual([
      { responsible: ['nguyen-thi-binh'], supervisory: [], shares: ['nguyen-thi-binh'] },
    ]);
    expect(named(findings, 'PING_PONG')).toEqual([{ responsible: ['nguyen-thi-binh'], supervisory: [], shares: [] }]);
  });

  it('LATE_RETURN: the head who returns out-of-mandate work late answers', () => {
    const story = delegatedTask('actor-lr', { category: 'land' });
    story.returnedToAuthority(day(2), nguyenThiBinh, { from: cuongHolds });
    expect(named(evaluate(story, day(2, '17:00')).findings, 'LATE_RETURN')).toEqual([
      { responsible: ['nguyen-thi-binh'], supervisory: [], shares: [] },
    ]);
  });

  it('UPWARD_DEFLECTION: the head who signs the submission answers, not the drafter who holds the task', () => {
    const story = delegatedTask('actor-ud');
    story.submitted(day(2), nguyenThiBinh, tranVanAn, true, cuongHolds);
    expect(named(evaluate(story, day(2, '17:00')).findings, 'UPWARD_DEFLECTION')).toEqual([
      { responsible: ['nguyen-thi-binh'], supervisory: [], shares: [] },
    ]);
  });

  it('UNAGREED_SUBMISSION: the head who submits over a disagreement answers', () => {
    const story = delegatedTask('actor-us');
    story.consulted(day(1), leVanCuong, [unit.soTnmt], due(3));
    story.answered(day(2), phamMinhDung, 'disagree', 'Không thống nhất phương án phân bổ, đề nghị làm rõ căn cứ');
    story.submitted(day(3), nguyenThiBinh, tranVanAn, false, cuongHolds);
    expect(named(evaluate(story, day(3, '17:00')).findings, 'UNAGREED_SUBMISSION')).toEqual([
      { responsible: ['nguyen-thi-binh'], supervisory: [], shares: [] },
    ]);
  });

  it('LEAD_REASSIGNMENT: the head who proposes reassignment answers, not the staff member holding the task', () => {
    const story = delegatedTask('actor-lead');
    story.reassignmentProposed(day(1), nguyenThiBinh, unit.soTnmt, cuongHolds);
    expect(named(evaluate(story, day(1, '17:00')).findings, 'LEAD_REASSIGNMENT')).toEqual([
      { responsible: ['nguyen-thi-binh'], supervisory: [], shares: [] },
    ]);
  });

  it('VAGUE_CONSULTATION: the head who sends a request without a reply deadline answers', () => {
    const story = delegatedTask('actor-vc');
    story.consulted(day(1), nguyenThiBinh, [unit.soTnmt], null, undefined, cuongHolds);
    expect(named(evaluate(story, day(1, '17:00')).findings, 'VAGUE_CONSULTATION')).toEqual([
      { responsible: ['nguyen-thi-binh'], supervisory: [], shares: [] },
    ]);
  });

  it('CONSULTATION_ABUSE: the head who opens the third round answers; the rounds the holder opened stay his', () => {
    const story = delegatedTask('actor-ca');
    story.consulted(day(1), leVanCuong, [unit.soTnmt], due(2));
    story.consulted(day(2), leVanCuong, [unit.soTnmt], due(3));
    story.consulted(day(3), nguyenThiBinh, [unit.soTnmt], due(4), undefined, cuongHolds);
    expect(named(evaluate(story, day(3, '17:00')).findings, 'CONSULTATION_ABUSE')).toEqual([
      { responsible: ['nguyen-thi-binh'], supervisory: [], shares: [] },
    ]);
  });

  it('EVASIVE_REPLY: the staff member who replies answers, with the head of the consulted unit supervising', () => {
    const story = delegatedTask('actor-er');
    story.consulted(day(1), leVanCuong, [unit.soTnmt], due(3));
    story.answered(day(2), voThiEn, 'deflect', 'Đề nghị chuyển Sở Tài chính cho ý kiến');
    expect(named(evaluate(story, day(2, '17:00')).findings, 'EVASIVE_REPLY')).toEqual([
      { responsible: ['vo-thi-en'], supervisory: ['pham-minh-dung'], shares: [] },
    ]);
  });

  it('UNASSIGNED_HANDLING: the head who completes work delegated to his staff answers', () => {
    const story = delegatedTask('actor-uh');
    story.transferred(day(1), leVanCuong, { unitId: unit.soTnmt }, cuongHolds);
    story.delegated(day(1, '10:00'), phamMinhDung, voThiEn);
    story.completed(day(2), phamMinhDung, party(voThiEn));
    expect(named(evaluate(story, day(2, '17:00')).findings, 'UNASSIGNED_HANDLING')).toEqual([
      { responsible: ['pham-minh-dung'], supervisory: [], shares: [] },
    ]);
  });

  it('REPEATED_SUPPLEMENT: a clerk recording the request for the official names the official and the approver', () => {
    const story = new TaskStory('actor-rs');
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(15), kind: 'dossier', responsible: leVanCuong });
    story.supplementRequested(day(1), leVanCuong, nguyenThiBinh);
    story.recordedBy(phanThiMai, () => story.supplementRequested(day(3), leVanCuong, nguyenThiBinh));
    expect(named(evaluate(story, day(3, '17:00')).findings, 'REPEATED_SUPPLEMENT')).toEqual([
      { responsible: ['le-van-cuong', 'nguyen-thi-binh'], supervisory: ['nguyen-thi-binh'], shares: [] },
    ]);
  });

  it('OVERDUE_HOLD, a holding rule, keeps naming the holder even when the head acted on the task', () => {
    const story = delegatedTask('actor-oh');
    story.commented(day(2), nguyenThiBinh, 'Đôn đốc xử lý');
    const overdue = named(evaluate(story, day(13, '17:00')).findings, 'OVERDUE_HOLD');
    expect(overdue.map((finding) => finding.responsible)).toEqual([['le-van-cuong']]);
  });
});
