import { agencyCode, assignmentSuffix } from './document-codes';
import { dossierCode, DocumentNumbers } from './document-numbers';
import { DemoPeriod } from './demo-period';
import type { DemoTask, DemoTaskOptions } from './demo-task.types';
import { DOSSIER_PROFILES, dossierTitle } from './dossier-profiles';
import { DemoRoster } from './org-roster';
import { PATTERN_CATALOGUE, TASK_DEADLINES, type PatternDefinition } from './pattern-catalogue';
import { PatternKit, type TaskSetup } from './pattern-kit';
import { scenarioStories, STORY_DOCUMENT_NUMBERS } from './scenario-stories';
import { present, hashSeed, SeededRandom } from '@lib/domain/core';
import { dossierDesk, dossierProcedure, taskDesk, type Desk } from './task-desks';
import { TaskScript } from './task-script';
import { placesFor, taskTitle } from './task-title.templates';

export const DEMO_TASK_SEED = 20_260_302;
const STORY_DOSSIER_CODES = ['000.21.02.H17-260302-0005', '000.21.02.H17-260302-0006'];

/**
 * The demo tasks for a new installation: the stories of scenarios.md, then 300 tasks following
 * realistic patterns, dated on working days from January 2026 to the day before `until`, with
 * the people the organisation had on each day. Pure and deterministic: same options, same tasks.
 */
export function generateDemoTasks({ seed, until, organisation, calendar }: DemoTaskOptions): DemoTask[] {
  const period = new DemoPeriod(calendar, until);
  const roster = new DemoRoster(organisation);
  const root = new SeededRandom(seed);
  const documents = new DocumentNumbers(root.fork(1));
  for (const [issuer, number] of STORY_DOCUMENT_NUMBERS) documents.reserve(issuer, number);
  documents.setPace('ubnd-tp', 8, 30);
  documents.setPace('ubnd-quan-hai-chau', 3, 9);
  documents.setPace('ubnd-quan-son-tra', 2, 7);
  const taskId = (index: number) => demoTaskId(seed, index);

  const stories = scenarioStories({ period, roster, random: root.fork(2), taskId });
  const patterns = root
    .fork(3)
    .shuffle(PATTERN_CATALOGUE.flatMap((definition) => Array.from({ length: definition.count }, () => definition)));
  const dossierCodes = new DossierCodes(STORY_DOSSIER_CODES);
  const generated = patterns.map((definition, index) => {
    const random = root.fork(1_000 + index);
    const task = generateTask(definition, { period, roster, random, documents, dossierCodes, taskId: taskId(stories.length + index) });
    return { task, index };
  });
  generated.sort((a, b) => firstInstant(a.task).localeCompare(firstInstant(b.task)) || a.index - b.index);
  documents.finalise();
  return [...stories, ...generated.map((entry) => entry.task)];
}

/** A UUID (version 4 layout) from the seed and the task's index: "64656d6f" spells "demo". */
export function demoTaskId(seed: number, index: number): string {
  const seedHex = hashSeed(seed).toString(16).padStart(8, '0');
  const indexHex = index.toString(16).padStart(12, '0');
  return `64656d6f-${seedHex.slice(0, 4)}-4${seedHex.slice(4, 7)}-8${seedHex.slice(7, 8)}00-${indexHex}`;
}

interface GenerationContext {
  period: DemoPeriod;
  roster: DemoRoster;
  random: SeededRandom;
  documents: DocumentNumbers;
  dossierCodes: DossierCodes;
  taskId: string;
}

function generateTask(definition: PatternDefinition, context: GenerationContext): DemoTask {
  const { period, roster, random, documents } = context;
  const procedure = definition.kind === 'dossier' ? dossierProcedure(random) : null;
  const dossierProfile =
    procedure === null ? null : present(DOSSIER_PROFILES[procedure.category], `the dossier profile of ${procedure.category}`);
  const deadlineDays =
    dossierProfile?.workingDays ??
    (definition.deadlines === undefined ? random.weighted(TASK_DEADLINES) : random.pick(definition.deadlines));
  const startDay = pickStart(definition, deadlineDays, period.lastIndex, random);
  const date = period.day(startDay);
  const desk = procedure === null ? taskDesk(roster, date, random, definition.onMandate) : dossierDesk(roster, procedure, date, random);
  const wards = placesFor(desk.authorityUnitId, roster.unitName(desk.leadUnitId, date));
  const title = dossierProfile === null ? taskTitle(desk.category, date, random, wards) : dossierTitle(dossierProfile, date, random, wards);
  const source =
    definition.kind === 'dossier'
      ? { number: context.dossierCodes.next(agencyCode(desk.leadUnitId), date), date }
      : documents.issue(desk.authorityUnitId, assignmentSuffix(desk.authorityUnitId, desk.leadUnitId, desk.category), date);
  const setup: TaskSetup = {
    kind: definition.kind,
    category: desk.category,
    title,
    authorityUnitId: desk.authorityUnitId,
    leadUnitId: desk.leadUnitId,
    competentUnitId: desk.competentUnitId,
    otherUnitIds: desk.otherUnitIds,
    coordinatingUnitIds: coordinating(definition, desk, random),
    source,
    deadlineDays,
    recordedByClerk: definition.kind === 'dossier' || random.chance(0.25),
  };
  const script = new TaskScript(context.taskId, period, random, startDay);
  definition.play(new PatternKit(script, setup, roster, random, documents, period.lastIndex - startDay));
  return { taskId: context.taskId, label: definition.label, commands: script.commands };
}

/** d+0 of a task, so that its pattern fits the period (or sits against its end, for open tasks). */
function pickStart(definition: PatternDefinition, deadlineDays: number, lastIndex: number, random: SeededRandom): number {
  const timing = definition.timing;
  const within = (low: number, high: number) => random.integer(Math.max(0, Math.min(low, high)), Math.max(0, high));
  switch (timing.type) {
    case 'closed':
      return within(0, lastIndex - timing.span(deadlineDays));
    case 'open_in_time':
      return within(lastIndex - deadlineDays + 2, lastIndex - 1);
    case 'open_overdue':
      return within(lastIndex - deadlineDays - 20, lastIndex - deadlineDays - 5);
    case 'stalled':
      return within(lastIndex - 45, lastIndex - 15);
  }
}

/** A fifth of ordinary tasks name coordinating units; an off-mandate lead always has the competent unit beside it. */
function coordinating(definition: PatternDefinition, desk: Desk, random: SeededRandom): string[] {
  if (definition.kind === 'dossier') return [];
  if (!definition.onMandate && definition.label === 'cross_mandate') return [desk.competentUnitId];
  return random.chance(0.2) && desk.otherUnitIds.length > 0 ? [random.pick(desk.otherUnitIds)] : [];
}

function firstInstant(task: DemoTask): string {
  return new Date(present(task.commands[0], 'the first command of a task').context.occurredAt).toISOString();
}

/** Dossier codes per agency and day, skipping the ones the stories use. */
class DossierCodes {
  private readonly sequences = new Map<string, number>();

  constructor(private readonly taken: readonly string[]) {}

  next(agency: string, date: string): string {
    const key = `${agency}|${date}`;
    let sequence = this.sequences.get(key) ?? 0;
    let code: string;
    do {
      sequence += 1;
      code = dossierCode(agency, date, sequence);
    } while (this.taken.includes(code));
    this.sequences.set(key, sequence);
    return code;
  }
}
