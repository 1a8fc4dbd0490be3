import { consulted } from './consultation.patterns';
import type { DemoPattern } from './demo-task.types';
import { dossier } from './dossier.patterns';
import { misassigned, transferOwnWork } from './handoff.patterns';
import type { PatternKit } from './pattern-kit';
import {
  cancelled,
  difficultyReported,
  extended,
  late,
  onTime,
  openInTime,
  leftOpenOverdue,
  reassignmentProposed,
  reopened,
  stalled,
  upwardDeflection,
} from './routine.patterns';

/**
 * When a pattern's task starts: `closed` tasks finish inside the period (d+0 leaves room for
 * `span` working days); open ones are placed against the period's end.
 */
export type Timing =
  { type: 'closed'; span: (deadlineDays: number) => number } | { type: 'open_in_time' } | { type: 'open_overdue' } | { type: 'stalled' };

export interface PatternDefinition {
  label: DemoPattern;
  count: number;
  kind: 'task' | 'dossier';
  /** Whether the first lead holds the category's mandate. */
  onMandate: boolean;
  timing: Timing;
  /** Deadline choices in working days (tasks); dossiers take their procedure's time limit. */
  deadlines?: readonly number[];
  play: (kit: PatternKit) => void;
}

const closed = (extra: number): Timing => ({ type: 'closed', span: (deadlineDays) => deadlineDays + extra });
const LONGER = [10, 15, 20] as const;

/** 300 tasks besides the stories; the counts are the proportions, the seed only shuffles and fills them. */
export const PATTERN_CATALOGUE: readonly PatternDefinition[] = [
  { label: 'on_time', count: 127, kind: 'task', onMandate: true, timing: closed(0), play: onTime },
  { label: 'cross_mandate', count: 10, kind: 'task', onMandate: false, timing: closed(0), play: onTime },
  { label: 'late', count: 22, kind: 'task', onMandate: true, timing: closed(10), play: late },
  { label: 'extended', count: 8, kind: 'task', onMandate: true, timing: closed(10), play: extended },
  { label: 'reopened', count: 5, kind: 'task', onMandate: true, timing: closed(7), play: reopened },
  { label: 'cancelled', count: 5, kind: 'task', onMandate: true, timing: closed(0), play: cancelled },
  { label: 'stalled', count: 8, kind: 'task', onMandate: true, timing: { type: 'stalled' }, play: stalled },
  { label: 'open_overdue', count: 8, kind: 'task', onMandate: true, timing: { type: 'open_overdue' }, play: leftOpenOverdue },
  {
    label: 'open_in_time',
    count: 12,
    kind: 'task',
    onMandate: true,
    timing: { type: 'open_in_time' },
    deadlines: [10, 15, 20, 30],
    play: openInTime,
  },
  { label: 'difficulty_reported', count: 5, kind: 'task', onMandate: true, timing: closed(3), deadlines: LONGER, play: difficultyReported },
  { label: 'upward_deflection', count: 3, kind: 'task', onMandate: true, timing: closed(6), deadlines: LONGER, play: upwardDeflection },
  {
    label: 'reassignment_proposed',
    count: 3,
    kind: 'task',
    onMandate: true,
    timing: closed(4),
    deadlines: LONGER,
    play: reassignmentProposed,
  },
  { label: 'transfer_own_work', count: 8, kind: 'task', onMandate: true, timing: closed(5), deadlines: LONGER, play: transferOwnWork },
  {
    label: 'transfer_misassigned',
    count: 8,
    kind: 'task',
    onMandate: false,
    timing: closed(2),
    deadlines: LONGER,
    play: (kit) => misassigned(kit, { min: 0, max: 1 }),
  },
  {
    label: 'late_return',
    count: 3,
    kind: 'task',
    onMandate: false,
    timing: closed(6),
    deadlines: LONGER,
    play: (kit) => misassigned(kit, { min: 3, max: 6 }),
  },
  {
    label: 'consulted',
    count: 10,
    kind: 'task',
    onMandate: true,
    timing: closed(6),
    deadlines: [15, 20],
    play: (kit) => consulted(kit, 'answered'),
  },
  {
    label: 'consulted_silent',
    count: 6,
    kind: 'task',
    onMandate: true,
    timing: closed(6),
    deadlines: [15, 20],
    play: (kit) => consulted(kit, 'silent'),
  },
  {
    label: 'consulted_deflect',
    count: 4,
    kind: 'task',
    onMandate: true,
    timing: closed(6),
    deadlines: [15, 20],
    play: (kit) => consulted(kit, 'deflect'),
  },
  {
    label: 'consulted_vague',
    count: 4,
    kind: 'task',
    onMandate: true,
    timing: closed(10),
    deadlines: [15, 20],
    play: (kit) => consulted(kit, 'vague'),
  },
  {
    label: 'consulted_disagreement',
    count: 3,
    kind: 'task',
    onMandate: true,
    timing: closed(6),
    deadlines: [15, 20],
    play: (kit) => consulted(kit, 'disagreement'),
  },
  {
    label: 'dossier_on_time',
    count: 18,
    kind: 'dossier',
    onMandate: true,
    timing: closed(0),
    play: (kit) => dossier(kit, { appointment: true, supplements: 0, lateBy: 0, apology: false }),
  },
  {
    label: 'dossier_supplement',
    count: 6,
    kind: 'dossier',
    onMandate: true,
    timing: closed(0),
    play: (kit) => dossier(kit, { appointment: true, supplements: 1, lateBy: 0, apology: false }),
  },
  {
    label: 'dossier_repeated_supplement',
    count: 4,
    kind: 'dossier',
    onMandate: true,
    timing: closed(5),
    play: (kit) =>
      dossier(kit, {
        appointment: true,
        supplements: kit.random.integer(2, 3),
        lateBy: kit.random.integer(1, 3),
        apology: kit.random.chance(0.5),
      }),
  },
  {
    label: 'dossier_late_apology',
    count: 4,
    kind: 'dossier',
    onMandate: true,
    timing: closed(5),
    play: (kit) => dossier(kit, { appointment: true, supplements: 0, lateBy: kit.random.integer(1, 3), apology: true }),
  },
  {
    label: 'dossier_late_no_apology',
    count: 4,
    kind: 'dossier',
    onMandate: true,
    timing: closed(5),
    play: (kit) => dossier(kit, { appointment: true, supplements: 0, lateBy: kit.random.integer(1, 4), apology: false }),
  },
  {
    label: 'dossier_no_appointment',
    count: 2,
    kind: 'dossier',
    onMandate: true,
    timing: closed(0),
    play: (kit) => dossier(kit, { appointment: false, supplements: 0, lateBy: 0, apology: false }),
  },
];

/** Task deadlines in working days, weighted as offices set them. */
export const TASK_DEADLINES: ReadonlyArray<readonly [number, number]> = [
  [5, 2],
  [7, 2],
  [10, 4],
  [15, 3],
  [20, 2],
  [30, 1],
];
