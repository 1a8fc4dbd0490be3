import type { LocalDate } from '@lib/domain/calendar';
import type { Official } from '@lib/domain/core';
import type { Deadline, ReturnReasonCode, SourceDocument, Stance, TaskKind } from '@lib/domain/task';
import { day } from './story-days';

/** What a step of a story does; each interpreter (task events, task commands, HTTP) turns it into its own form. */
export type StoryAct =
  | 'assign'
  | 'reassign'
  | 'receive'
  | 'delegate'
  | 'transfer'
  | 'return'
  | 'consult'
  | 'answer'
  | 'submit'
  | 'reportDifficulty'
  | 'complete';

/**
 * One step of a story: who acts, on which working day after the story's start and at what local time, and
 * the parameters its act reads. Texts left out are the interpreter's own.
 */
export interface StoryStep {
  /** How specs and variants name the step: `assigned`, `delegated`, `transferred`… */
  readonly name: string;
  readonly act: StoryAct;
  /** Working days after the story's start (d+N). */
  readonly day: number;
  /** Local time of day, HH:MM (Asia/Ho_Chi_Minh). */
  readonly time: string;
  readonly by: Official;
  /** assign, reassign: the lead unit; transfer: the unit it goes to. */
  readonly unitId?: string;
  /** delegate: the person; submit, reportDifficulty: the superior addressed. */
  readonly to?: Official;
  /** assign, reassign: the person named responsible. */
  readonly responsible?: Official;
  /** assign: the deadline in working days from the start (null: none). */
  readonly workingDays?: number | null;
  /** assign: the deadline as resolved elsewhere, read instead of `workingDays` where given. */
  readonly deadline?: Deadline;
  readonly category?: string;
  readonly kind?: TaskKind;
  readonly title?: string;
  readonly source?: SourceDocument;
  /** complete: the document that records the result. */
  readonly outputDocument?: SourceDocument;
  /** consult: the units asked and the reply deadline in working days from the start (or as given). */
  readonly unitIds?: readonly string[];
  readonly replyWithin?: number;
  readonly replyDueAt?: string;
  readonly stance?: Stance;
  readonly reasonCode?: ReturnReasonCode;
  /** The words of the step: the reason, content or result. */
  readonly text?: string;
}

/** A story of scenarios.md as data: one task, the day it starts (d+0), its steps in order. */
export interface Scenario {
  readonly taskId: string;
  readonly start: LocalDate;
  readonly steps: readonly StoryStep[];
}

/** A variant of a story: another task id or start, some steps changed (null: left out), others added, or cut after a step. */
export interface Retelling {
  readonly taskId?: string;
  readonly start?: LocalDate;
  readonly steps?: Readonly<Record<string, Partial<StoryStep> | null>>;
  readonly add?: readonly StoryStep[];
  /** The last step played. */
  readonly through?: string;
}

const order = (step: StoryStep): string => `${String(step.day).padStart(4, '0')} ${step.time}`;

/** The story told with the changes of a variant; added steps fall in place by day and time. */
export function retell(scenario: Scenario, changes: Retelling): Scenario {
  const edits = changes.steps ?? {};
  const unknown = Object.keys(edits).filter((name) => !scenario.steps.some((step) => step.name === name));
  if (unknown.length > 0) throw new Error(`no step ${unknown.join(', ')} in the story of ${scenario.taskId}`);
  const kept = scenario.steps.flatMap((step) => {
    const edit = edits[step.name];
    if (edit === null) return [];
    return [edit === undefined ? step : { ...step, ...edit }];
  });
  const steps = [...kept];
  for (const added of changes.add ?? []) {
    const index = steps.findIndex((step) => order(step) > order(added));
    steps.splice(index === -1 ? steps.length : index, 0, added);
  }
  const through = changes.through === undefined ? steps.length : steps.findIndex((step) => step.name === changes.through) + 1;
  if (through === 0) throw new Error(`no step ${changes.through} in the story of ${scenario.taskId}`);
  return { taskId: changes.taskId ?? scenario.taskId, start: changes.start ?? scenario.start, steps: steps.slice(0, through) };
}

/** When a step happens: its day and time after the story's start, in Vietnam time. */
export const stepAt = (scenario: Scenario, step: StoryStep): string => day(step.day, step.time, scenario.start);

/** The step of that name. */
export function stepNamed(scenario: Scenario, name: string): StoryStep {
  const step = scenario.steps.find((candidate) => candidate.name === name);
  if (step === undefined) throw new Error(`no step ${name} in the story of ${scenario.taskId}`);
  return step;
}

/** The words a step says when it names none (commands and HTTP alike; the event builder has its own). */
const PLAIN_TEXTS: Readonly<Partial<Record<StoryAct, string>>> = {
  consult: 'Đề nghị cho ý kiến',
  answer: 'Thống nhất',
  submit: 'Kính trình xem xét, quyết định',
  reportDifficulty: 'Thiếu số liệu khảo sát',
  complete: 'Đã hoàn thành',
};

/** The reason, content or result of a step: its own, or the plain one of its act (none for a return). */
export const textOf = (step: StoryStep): string | undefined => step.text ?? PLAIN_TEXTS[step.act];

/** The title of an assignment: its own, or `Nhiệm vụ <taskId>`. */
export const titleOf = (scenario: Scenario, step: StoryStep): string => step.title ?? `Nhiệm vụ ${scenario.taskId}`;

/** The document an assignment cites when it names none: the city's dispatch 2128/UBND-TH. */
export const sourceOf = (step: StoryStep): SourceDocument => step.source ?? { number: '2128/UBND-TH', date: '2026-02-27' };
