import { present } from '@lib/domain/core';
import { personInUnit } from './org-roster';
import { DOSSIER_PROFILES } from './dossier-profiles';
import type { PatternKit } from './pattern-kit';
import { instantOn } from './demo-period';
import { apologyReason, SUPPLEMENT_STAGES } from './task-text.templates';

/** One-stop dossiers: appointment slip, supplement requests, result returned, apology when late. */

export interface DossierPlan {
  appointment: boolean;
  supplements: number;
  /** Working days after the promised date the result is returned (0: on time). */
  lateBy: number;
  apology: boolean;
}

export function dossier(kit: PatternKit, plan: DossierPlan): void {
  const { leadUnitId: lead, deadlineDays, category } = kit.setup;
  const profile = present(DOSSIER_PROFILES[category], `the dossier profile of ${category}`);
  kit.assign();
  if (lead !== kit.setup.authorityUnitId) kit.receive(lead, 0);
  const holder = kit.delegate(lead, 0);
  const promised = instantOn(kit.dueDate(), 17 * 60);
  if (plan.appointment) kit.script.push('IssueAppointment', { returnBy: promised }, 0, kit.as(holder, lead, 0));

  let at = 0;
  for (let round = 0; round < plan.supplements; round += 1) {
    at = Math.min(at + kit.random.integer(1, 2), Math.max(at, deadlineDays - 1));
    const approver = kit.leader(lead, at);
    const content = present(profile.supplements[round % profile.supplements.length], 'a supplement text');
    const stage = present(SUPPLEMENT_STAGES[Math.min(round, SUPPLEMENT_STAGES.length - 1)], 'a supplement stage');
    kit.script.push(
      'RequestSupplement',
      { content, stage, legalBasis: profile.legalBasis, approvedBy: personInUnit(approver) },
      at,
      kit.as(holder, lead, at),
    );
  }

  let returned = plan.lateBy === 0 ? kit.random.integer(Math.max(at, Math.min(1, deadlineDays)), deadlineDays) : deadlineDays + plan.lateBy;
  if (plan.apology) {
    const apologised = Math.max(at, deadlineDays - 1);
    const newDate = kit.dueDate(0, deadlineDays + plan.lateBy + kit.random.integer(0, 2));
    kit.script.push(
      'IssueApology',
      { reason: apologyReason(kit.random), newReturnBy: instantOn(newDate, 17 * 60) },
      apologised,
      kit.as(holder, lead, apologised),
    );
    returned = Math.max(returned, apologised);
  }
  kit.script.push('ReturnResult', { result: profile.result }, returned, kit.as(holder, lead, returned));
  kit.complete(holder, lead, returned, `${profile.result}; đã trả kết quả cho người nộp hồ sơ`);
}
