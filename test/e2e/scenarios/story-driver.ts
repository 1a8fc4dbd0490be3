import { randomUUID } from 'node:crypto';
import type { Official } from '@lib/domain/core';
import { replyDueAtOf, sourceOf, stepAt, textOf, titleOf, toOf, unitOf, type Scenario, type StoryStep } from '@lib/domain/task/testing';
import { city } from '../../support/city.fixture';
import type { CommandSummary, Person, ScenarioClient } from './scenario-client';

/** The person of the test city a step's official is, as the token names them. */
function principalOf(who: Official): Person {
  const found = Object.values(city).find((candidate) => candidate.personId === who.personId && candidate.unitId === who.unitId);
  if (found === undefined) throw new Error(`${who.personId} (${who.unitId}) is not a person of the test city`);
  return found;
}

const official = (who: Official) => ({ unitId: who.unitId, personId: who.personId });
const responsibleOf = (step: StoryStep) => (step.responsible === undefined ? {} : { responsiblePerson: official(step.responsible) });
const optional = <K extends string>(key: K, value: string | undefined) =>
  value === undefined ? {} : ({ [key]: value } as Record<K, string>);

/** What POST /tasks carries for a story's assignment step. */
export function storyAssignmentBody(scenario: Scenario, step: StoryStep): Record<string, unknown> & { occurredAt: string } {
  return {
    title: titleOf(scenario, step),
    ...optional('kind', step.kind),
    category: step.category ?? 'construction',
    source: sourceOf(step),
    assigningAuthority: official(step.by),
    leadUnitId: unitOf(step),
    ...responsibleOf(step),
    ...(step.workingDays == null ? {} : { deadline: { workingDays: step.workingDays } }),
    occurredAt: stepAt(scenario, step),
  };
}

/**
 * The interpreter of the e2e stories: plays a story's steps over HTTP, each as the person of the step with
 * their own token, asserting that each records exactly its event. A spec that checks the service between
 * steps plays the story up to a step, checks, and plays on.
 */
export class StoryPlayer {
  /** The task's id, once assigned. */
  taskId = '';
  /** What each step recorded, by step name. */
  readonly recorded: Record<string, CommandSummary> = {};
  /** The id of the story's last consultation request, once made. */
  consultationId = '';
  private played = 0;

  constructor(
    private readonly api: ScenarioClient,
    readonly scenario: Scenario,
  ) {}

  /** Plays the steps not yet played, through the one named (all of them by default); resolves to the task's id. */
  async play(through?: string): Promise<string> {
    const last = through === undefined ? this.scenario.steps.length - 1 : this.scenario.steps.findIndex((step) => step.name === through);
    if (last < this.played) throw new Error(`step ${through} of ${this.scenario.taskId} is not ahead`);
    for (const step of this.scenario.steps.slice(this.played, last + 1)) {
      await this.playStep(step);
      this.played += 1;
    }
    return this.taskId;
  }

  /** The event id a step recorded. */
  eventId(name: string): string {
    const summary = this.recorded[name];
    if (summary === undefined) throw new Error(`step ${name} of ${this.scenario.taskId} has not been played`);
    return summary.events[0]!.eventId;
  }

  private async playStep(step: StoryStep): Promise<void> {
    const by = principalOf(step.by);
    if (step.act === 'assign') {
      this.taskId = await this.api.assign(by, storyAssignmentBody(this.scenario, step));
      return;
    }
    const [path, body, type] = this.requestOf(step);
    this.recorded[step.name] = await this.api.act(by, this.taskId, path, { ...body, occurredAt: stepAt(this.scenario, step) }, [type]);
  }

  private requestOf(step: StoryStep): [path: string, body: Record<string, unknown>, type: string] {
    const text = textOf(step);
    switch (step.act) {
      case 'assign':
        throw new Error('an assignment is POST /tasks');
      case 'reassign':
        return ['reassignments', { leadUnitId: unitOf(step), ...responsibleOf(step) }, 'TaskAssigned'];
      case 'receive':
        return ['receipt', {}, 'TaskReceived'];
      case 'delegate':
        return ['delegations', { person: official(toOf(step)) }, 'TaskDelegated'];
      case 'transfer':
        return ['transfers', { to: { unitId: unitOf(step) }, reason: text }, 'TaskTransferred'];
      case 'return':
        return ['returns', { reasonCode: step.reasonCode ?? 'not_our_mandate', ...optional('reason', text) }, 'TaskReturned'];
      case 'consult':
        this.consultationId = randomUUID();
        return [
          'consultations',
          { consultationId: this.consultationId, unitIds: step.unitIds, content: text, replyDueAt: replyDueAtOf(this.scenario, step) },
          'ConsultationRequested',
        ];
      case 'answer':
        return [
          `consultations/${this.consultationId}/answers`,
          { unitId: step.by.unitId, stance: step.stance, content: text },
          'ConsultationAnswered',
        ];
      case 'submit':
        return ['submissions', { to: official(toOf(step)), content: text, allConsultedAgreed: true }, 'SubmittedToSuperior'];
      case 'reportDifficulty':
        return ['difficulties', { to: official(toOf(step)), content: text }, 'DifficultyReported'];
      case 'complete':
        return [
          'completion',
          { result: text, ...(step.outputDocument === undefined ? {} : { outputDocument: step.outputDocument }) },
          'TaskCompleted',
        ];
    }
  }
}

/** Plays a whole story over HTTP; resolves to the task's id. */
export const playStory = (api: ScenarioClient, scenario: Scenario): Promise<string> => new StoryPlayer(api, scenario).play();

/** When each step of a story happens, by step name (as sent, Vietnam time). */
export const timesOf = (scenario: Scenario): Record<string, string> =>
  Object.fromEntries(scenario.steps.map((step) => [step.name, stepAt(scenario, step)]));
