import type { Actor, CommandContext, Official } from '@lib/domain/core';
import { present } from '@lib/domain/core';
import type { TaskCommand } from '@lib/domain/task';
import { party } from './story-days';
import { dueAtOf, replyDueAtOf, toOf, unitOf } from './story-events';
import { sourceOf, stepAt, textOf, titleOf, type Scenario, type StoryStep } from './story-script';

/** Who records a step: a member of the cast as cast, anyone else (a demo city's staff member) as an officer. */
const actorOf = (who: Official): Actor => ({ position: 'staff', roles: ['officer'], ...who });

const personOf = (who: Official) => ({ personId: who.personId, unitId: who.unitId });

/**
 * The interpreter of the decider specs: a story's steps as the task commands its people give, each at the
 * step's instant (`now` too). Consultations are `<taskId>-c<n>`; texts a step leaves out are plain ones.
 */
export function commandsOf(scenario: Scenario): TaskCommand[] {
  let consultations = 0;
  const commandOf = (step: StoryStep, context: CommandContext): TaskCommand => {
    const responsible = step.responsible === undefined ? {} : { responsiblePerson: personOf(step.responsible) };
    switch (step.act) {
      case 'assign':
        return {
          type: 'AssignTask',
          data: {
            taskId: scenario.taskId,
            kind: step.kind ?? 'task',
            title: titleOf(scenario, step),
            category: step.category ?? 'construction',
            source: sourceOf(step),
            assigningAuthority: personOf(step.by),
            leadUnitId: unitOf(step),
            coordinatingUnitIds: [],
            ...responsible,
            deadline: step.deadline ?? { dueAt: dueAtOf(scenario, step) },
          },
          context,
        };
      case 'reassign':
        return { type: 'ReassignTask', data: { leadUnitId: unitOf(step), ...responsible }, context };
      case 'receive':
        return { type: 'ReceiveTask', data: {}, context };
      case 'delegate':
        return { type: 'DelegateTask', data: { person: personOf(toOf(step)) }, context };
      case 'transfer':
        return { type: 'TransferTask', data: { to: { unitId: unitOf(step) }, reason: present(textOf(step), 'the reason') }, context };
      case 'return':
        return {
          type: 'ReturnTask',
          data: { reasonCode: step.reasonCode ?? 'not_our_mandate', ...(step.text === undefined ? {} : { reason: step.text }) },
          context,
        };
      case 'consult':
        consultations += 1;
        return {
          type: 'RequestConsultation',
          data: {
            consultationId: `${scenario.taskId}-c${consultations}`,
            unitIds: [...present(step.unitIds, 'the units consulted')],
            content: present(textOf(step), 'the request'),
            replyDueAt: replyDueAtOf(scenario, step),
          },
          context,
        };
      case 'answer':
        return {
          type: 'AnswerConsultation',
          data: {
            consultationId: `${scenario.taskId}-c${consultations}`,
            unitId: step.by.unitId,
            stance: present(step.stance, 'the stance'),
            content: present(textOf(step), 'the answer'),
          },
          context,
        };
      case 'submit':
        return {
          type: 'SubmitToSuperior',
          data: { to: party(toOf(step)), content: present(textOf(step), 'the submission'), allConsultedAgreed: true },
          context,
        };
      case 'reportDifficulty':
        return { type: 'ReportDifficulty', data: { to: party(toOf(step)), content: present(textOf(step), 'the difficulty') }, context };
      case 'complete':
        const outputDocument = step.outputDocument === undefined ? {} : { outputDocument: step.outputDocument };
        return { type: 'CompleteTask', data: { result: present(textOf(step), 'the result'), ...outputDocument }, context };
    }
  };
  return scenario.steps.map((step) => {
    const occurredAt = stepAt(scenario, step);
    return commandOf(step, { actor: actorOf(step.by), occurredAt, now: occurredAt });
  });
}
