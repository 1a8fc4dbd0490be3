import type { PatternKit } from './pattern-kit';
import {
  cancelReason,
  commentText,
  difficultyText,
  DIRECTION_OWN_AUTHORITY,
  extensionReason,
  REASSIGNMENT_DECLINED,
  reassignmentReason,
  reopenReason,
  UPWARD_SUBMISSION,
} from './task-text.templates';

/** Patterns of a task handled inside its lead unit: the common flow and its usual deviations. */

export function onTime(kit: PatternKit): void {
  const lead = kit.setup.leadUnitId;
  const holder = kit.open();
  const done = kit.between(Math.max(2, Math.floor(kit.setup.deadlineDays / 3)), kit.setup.deadlineDays);
  if (kit.random.chance(0.2)) {
    const at = Math.max(kit.script.lastOffset, done - 1);
    kit.comment(kit.as(holder, lead, at), commentText(kit.random), at);
  }
  kit.complete(holder, lead, done);
}

export function late(kit: PatternKit): void {
  const lead = kit.setup.leadUnitId;
  const deadline = kit.setup.deadlineDays;
  const holder = kit.open();
  const done = deadline + kit.random.integer(1, 10);
  if (kit.random.chance(0.5))
    kit.comment(kit.authorityLeader(deadline + 1), 'Nhiệm vụ đã quá hạn, đề nghị khẩn trương hoàn thành và báo cáo', deadline + 1);
  kit.complete(holder, lead, done);
}

export function extended(kit: PatternKit): void {
  const lead = kit.setup.leadUnitId;
  const deadline = kit.setup.deadlineDays;
  const holder = kit.open();
  const asked = Math.max(2, deadline - kit.random.integer(1, 3));
  kit.comment(kit.as(holder, lead, asked), 'Đề nghị gia hạn thời gian thực hiện do phát sinh nội dung cần làm rõ', asked);
  const more = deadline - asked + kit.random.integer(5, 10);
  const approver = kit.authorityLeader(asked);
  kit.script.push(
    'ExtendDeadline',
    { deadline: kit.script.period.deadline(`${kit.script.date(asked)}T16:00:00+07:00`, more), reason: extensionReason(kit.random) },
    asked,
    approver,
    { minutes: 16 * 60 },
  );
  kit.complete(holder, lead, kit.random.integer(deadline + 1, asked + more));
}

export function reopened(kit: PatternKit): void {
  const lead = kit.setup.leadUnitId;
  const deadline = kit.setup.deadlineDays;
  const holder = kit.open();
  const first = kit.random.integer(Math.max(2, Math.floor(deadline / 2)), Math.max(2, deadline - 2));
  kit.complete(holder, lead, first);
  const back = first + kit.random.integer(1, 2);
  kit.script.push('ReopenTask', { reason: reopenReason(kit.random) }, back, kit.authorityLeader(back));
  kit.complete(holder, lead, back + kit.random.integer(2, 5));
}

export function cancelled(kit: PatternKit): void {
  const holder = kit.open();
  if (kit.random.chance(0.5)) {
    const noted = Math.max(1, kit.script.lastOffset);
    kit.comment(kit.as(holder, kit.setup.leadUnitId, noted), commentText(kit.random), noted);
  }
  const at = Math.max(kit.random.integer(2, kit.setup.deadlineDays), kit.script.lastOffset);
  kit.script.push('CancelTask', { reason: cancelReason(kit.random) }, at, kit.authorityLeader(at));
}

/** Open, delegated, and then nothing for weeks. */
export function stalled(kit: PatternKit): void {
  const holder = kit.open();
  if (kit.random.chance(0.4))
    kit.comment(kit.as(holder, kit.setup.leadUnitId, 2), commentText(kit.random), Math.max(2, kit.script.lastOffset));
}

/** Open past its deadline, still being worked on. */
export function leftOpenOverdue(kit: PatternKit): void {
  const lead = kit.setup.leadUnitId;
  const holder = kit.open();
  const recent = kit.horizon - kit.random.integer(0, 4);
  if (kit.random.chance(0.5)) {
    kit.script.push(
      'ReportDifficulty',
      { to: kit.authorityParty(), content: difficultyText(kit.random) },
      recent,
      kit.as(holder, lead, recent),
    );
  } else {
    kit.comment(kit.authorityLeader(recent), 'Nhiệm vụ đã quá hạn, đề nghị báo cáo lý do và thời gian hoàn thành', recent);
  }
}

/** Assigned lately, within its deadline at `until`, and being worked on (a recent note when it is a week old or more). */
export function openInTime(kit: PatternKit): void {
  const holder = kit.open();
  if (kit.horizon >= 5 || (kit.horizon > kit.script.lastOffset && kit.random.chance(0.4))) {
    const at = Math.max(kit.script.lastOffset, kit.horizon - kit.random.integer(0, 3));
    kit.comment(kit.as(holder, kit.setup.leadUnitId, at), commentText(kit.random), at);
  }
}

/** A legitimate report upward; the holder keeps handling the task. */
export function difficultyReported(kit: PatternKit): void {
  const lead = kit.setup.leadUnitId;
  const deadline = kit.setup.deadlineDays;
  const holder = kit.open();
  const at = kit.random.integer(2, Math.max(2, Math.floor(deadline / 2)));
  kit.script.push('ReportDifficulty', { to: kit.authorityParty(), content: difficultyText(kit.random) }, at, kit.as(holder, lead, at));
  const done = kit.random.chance(0.7) ? kit.random.integer(at + 1, Math.max(at + 1, deadline)) : deadline + kit.random.integer(1, 3);
  kit.complete(holder, lead, done);
}

/** A matter within the lead's own authority pushed up for decision, and sent back down. */
export function upwardDeflection(kit: PatternKit): void {
  const lead = kit.setup.leadUnitId;
  const holder = kit.open();
  const at = kit.random.integer(2, 4);
  kit.script.push(
    'SubmitToSuperior',
    { to: kit.authorityParty(), content: UPWARD_SUBMISSION, allConsultedAgreed: true },
    at,
    kit.as(holder, lead, at),
  );
  const directed = at + kit.random.integer(1, 2);
  kit.script.push('DirectTask', { direction: DIRECTION_OWN_AUTHORITY }, directed, kit.authorityLeader(directed));
  kit.complete(holder, lead, directed + kit.random.integer(1, 4));
}

/** The lead asks that another unit take the task; the authority keeps it where it is. */
export function reassignmentProposed(kit: PatternKit): void {
  const { leadUnitId: lead, otherUnitIds } = kit.setup;
  kit.assign();
  kit.receive(lead, 0);
  const proposed = kit.random.pick(otherUnitIds);
  const at = kit.random.integer(1, 2);
  const name = kit.roster.unitName(proposed, kit.script.date(at));
  kit.script.push('ProposeReassignment', { proposedUnitId: proposed, reason: reassignmentReason(name) }, at, kit.leader(lead, at));
  const declined = at + kit.random.integer(1, 2);
  kit.comment(kit.authorityLeader(declined), REASSIGNMENT_DECLINED, declined);
  const holder = kit.delegate(lead, declined);
  kit.complete(holder, lead, declined + kit.random.integer(3, kit.setup.deadlineDays));
}
