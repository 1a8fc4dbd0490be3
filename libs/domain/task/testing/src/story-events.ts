import { present } from '@lib/domain/core';
import type { Party, TaskKind } from '@lib/domain/task';
import { due, party } from './story-days';
import { stepAt, type Scenario, type StoryStep } from './story-script';
import { TaskStory } from './task-story';

/** Step names to the event ids they recorded. */
export type StoryIds = Readonly<Record<string, string>>;

/**
 * The interpreter of the domain specs: a story's steps as recorded task events (the TaskStory builder, its
 * texts). It follows custody as the decider does: a transfer stacks the holder it leaves, a return goes back
 * to the last of them (to the assigning authority when none is left), a completion is by the holder.
 */
export function recordStory(scenario: Scenario, position?: number): { story: TaskStory; ids: StoryIds } {
  const story = new TaskStory(scenario.taskId, position);
  const ids: Record<string, string> = {};
  let authority: Party = { unitId: '' };
  let holder: Party = authority;
  let senders: Party[] = [];
  // A reassignment keeps what it does not name: deadline, category, kind (as ReassignTask does).
  let assignment: { dueAt: string | null; category?: string; kind?: TaskKind } = { dueAt: null };
  for (const step of scenario.steps) {
    const at = stepAt(scenario, step);
    const record = (): string => {
      switch (step.act) {
        case 'assign':
        case 'reassign': {
          const lead = unitOf(step);
          if (step.act === 'assign') authority = party(step.by);
          holder = step.responsible === undefined ? { unitId: lead } : party(step.responsible);
          senders = [];
          const given = {
            ...(step.deadline === undefined && step.workingDays === undefined ? {} : { dueAt: dueAtOf(scenario, step) }),
            ...(step.category === undefined ? {} : { category: step.category }),
            ...(step.kind === undefined ? {} : { kind: step.kind }),
          };
          assignment = step.act === 'reassign' ? { ...assignment, ...given } : { dueAt: null, ...given };
          return story.assigned(at, step.by, lead, {
            ...assignment,
            ...(step.responsible === undefined ? {} : { responsible: step.responsible }),
            reassignment: step.act === 'reassign',
          });
        }
        case 'receive':
          return story.received(at, step.by);
        case 'delegate':
          holder = party(toOf(step));
          return story.delegated(at, step.by, toOf(step));
        case 'transfer': {
          const from = holder;
          senders = [...senders, from];
          holder = { unitId: unitOf(step) };
          return story.transferred(at, step.by, holder, from);
        }
        case 'return': {
          const from = holder;
          holder = senders.at(-1) ?? authority;
          senders = senders.slice(0, -1);
          return story.returned(at, step.by, holder, { from, ...(step.reasonCode === undefined ? {} : { reasonCode: step.reasonCode }) });
        }
        case 'consult':
          return story.consulted(at, step.by, [...present(step.unitIds, 'the units consulted')], replyDueAtOf(scenario, step));
        case 'answer':
          return story.answered(at, step.by, present(step.stance, 'the stance'));
        case 'submit':
          return story.submitted(at, step.by, toOf(step));
        case 'reportDifficulty':
          return story.difficultyReported(at, step.by, toOf(step));
        case 'complete':
          return story.completed(at, step.by, holder);
      }
    };
    ids[step.name] = record();
  }
  return { story, ids };
}

/** The unit a step names (the lead of an assignment, the receiver of a transfer). */
export const unitOf = (step: StoryStep): string => present(step.unitId, `the unit of ${step.name}`);

/** The person a step addresses (a delegate, a superior). */
export const toOf = (step: StoryStep) => present(step.to, `the person ${step.name} addresses`);

/** The reply deadline of a consultation: as given, or the end of its working day. */
export const replyDueAtOf = (scenario: Scenario, step: StoryStep): string =>
  step.replyDueAt ?? due(present(step.replyWithin, 'the reply deadline'), scenario.start);

/** The deadline an assignment sets: as resolved elsewhere, or the end of its N-th working day (null: none). */
export const dueAtOf = (scenario: Scenario, step: StoryStep): string | null =>
  step.deadline?.dueAt ?? (step.workingDays == null ? null : due(step.workingDays, scenario.start));
