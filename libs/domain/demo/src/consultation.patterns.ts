import { present, type Actor } from '@lib/domain/core';
import type { PatternKit } from './pattern-kit';
import { answerContent, consultationContent, deflectingAnswer, directionText, submissionText } from './task-text.templates';

/** Consultation ("xin ý kiến") before submitting to the authority, and how consulted units behave. */

type Behaviour = 'agree' | 'conditional' | 'disagree' | 'deflect' | 'silent';

interface ConsultationPlan {
  withDeadline: boolean;
  withContent: boolean;
  behaviours: Behaviour[];
}

export type ConsultationVariant = 'answered' | 'silent' | 'deflect' | 'vague' | 'disagreement';

export function consulted(kit: PatternKit, variant: ConsultationVariant): void {
  const { leadUnitId: lead, otherUnitIds } = kit.setup;
  const units = kit.random.sample(otherUnitIds, Math.min(otherUnitIds.length, kit.random.integer(variant === 'answered' ? 1 : 2, 3)));
  const plan = planFor(variant, units.length, kit);
  const holder = kit.open();
  const asked = Math.max(kit.script.lastOffset, kit.random.integer(1, 3));
  const replyDays = kit.random.integer(3, 5);
  const consultationId = `${kit.script.taskId}-yk1`;
  const request = {
    consultationId,
    unitIds: units,
    ...(plan.withContent ? { content: consultationContent(kit.setup.title) } : {}),
    ...(plan.withDeadline ? { replyDueAt: kit.dueAtAfter(asked, replyDays) } : {}),
  };
  kit.script.push('RequestConsultation', request, asked, kit.as(holder, lead, asked));

  // Answers come in their own order; a vague request gets slow answers.
  const latest = asked + replyDays + (plan.withDeadline ? 0 : kit.random.integer(2, 6));
  const answers = units
    .map((unitId, index) => ({
      unitId,
      behaviour: present(plan.behaviours[index], 'the behaviour of a consulted unit'),
      at: kit.random.integer(asked + 1, latest),
    }))
    .filter((answer) => answer.behaviour !== 'silent')
    .sort((a, b) => a.at - b.at);
  for (const { unitId, behaviour, at } of answers) {
    const stance = behaviour === 'silent' ? 'agree' : behaviour;
    const content =
      stance === 'deflect'
        ? deflectingAnswer(
            kit.roster.unitName(kit.random.pick(otherUnitIds.filter((id) => id !== unitId).concat(lead)), kit.script.date(at)),
          )
        : answerContent(stance, kit.random);
    kit.script.push('AnswerConsultation', { consultationId, unitId, stance, content }, at, answerer(kit, unitId, at));
  }

  // Silence is waited out to the reply deadline; then the lead submits and the authority directs.
  const waited = plan.behaviours.includes('silent')
    ? asked + replyDays + kit.random.integer(1, 2)
    : kit.script.lastOffset + kit.random.integer(1, 2);
  const submitted = Math.max(waited, kit.script.lastOffset);
  const allAgreed = !plan.behaviours.includes('disagree');
  const submitter = kit.random.chance(0.5) ? kit.as(holder, lead, submitted) : kit.leader(lead, submitted);
  kit.script.push(
    'SubmitToSuperior',
    { to: kit.authorityParty(), content: submissionText(allAgreed), allConsultedAgreed: allAgreed },
    submitted,
    submitter,
  );
  const directed = submitted + kit.random.integer(1, 2);
  kit.script.push('DirectTask', { direction: directionText(kit.random) }, directed, kit.authorityLeader(directed));
  kit.complete(holder, lead, directed + kit.random.integer(1, 3));
}

function planFor(variant: ConsultationVariant, count: number, kit: PatternKit): ConsultationPlan {
  const agreeing = (): Behaviour => (kit.random.chance(0.75) ? 'agree' : 'conditional');
  const behaviours = Array.from({ length: count }, agreeing);
  const odd: Partial<Record<ConsultationVariant, Behaviour>> = { silent: 'silent', deflect: 'deflect', disagreement: 'disagree' };
  const oddOne = odd[variant];
  if (oddOne !== undefined) behaviours[kit.random.integer(0, count - 1)] = oddOne;
  if (variant === 'vague') {
    const withContent = kit.random.chance(0.5);
    return { withDeadline: false, withContent, behaviours };
  }
  return { withDeadline: true, withContent: true, behaviours };
}

/** Any official of the consulted unit may answer for it; usually its head or deputy signs. */
function answerer(kit: PatternKit, unitId: string, offset: number): Actor {
  return kit.member(unitId, offset);
}
