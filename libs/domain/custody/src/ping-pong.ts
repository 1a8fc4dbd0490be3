import { present } from '@lib/domain/core';
import type { EventRef } from './custody-timeline.types';

/** One step of a task's working path: a unit that held it, and the entry that brought it there. */
export interface PathStep {
  unitId: string;
  arrivedBy: EventRef;
}

/** A return to a unit the task left earlier: direct A → B → A, indirect A → B → … → A. */
export interface PingPongReturn {
  kind: 'direct' | 'indirect';
  unitId: string;
  /** The entry that took the task away from the unit. */
  leftBy: EventRef;
  /** The entry that brought it back. */
  backBy: EventRef;
  /** The units it passed through meanwhile, in order. */
  via: string[];
}

/** A maximal run of hand-offs alternating between the same two units (A → B → A → …). */
export interface AlternationRun {
  units: [string, string];
  handOffs: number;
  /** The entries of the run's hand-offs, in order. */
  eventIds: string[];
}

export interface PingPong {
  direct: number;
  indirect: number;
  returns: PingPongReturn[];
  alternationRuns: AlternationRun[];
}

/**
 * Ping-pong on a working path (consecutive steps are different units): every step that comes back
 * to a unit held before is a return, direct when exactly one unit lies between, else indirect
 * (counted per return, as Celonis counts them); runs of alternation of two or more hand-offs.
 */
export function pingPongOf(path: readonly PathStep[]): PingPong {
  const returns: PingPongReturn[] = [];
  const lastSeen = new Map<string, number>();
  path.forEach((step, index) => {
    const previous = lastSeen.get(step.unitId);
    if (previous !== undefined) {
      returns.push({
        kind: index - previous === 2 ? 'direct' : 'indirect',
        unitId: step.unitId,
        leftBy: present(path[previous + 1], 'the step that left the unit').arrivedBy,
        backBy: step.arrivedBy,
        via: path.slice(previous + 1, index).map((between) => between.unitId),
      });
    }
    lastSeen.set(step.unitId, index);
  });
  return {
    direct: returns.filter((found) => found.kind === 'direct').length,
    indirect: returns.filter((found) => found.kind === 'indirect').length,
    returns,
    alternationRuns: alternationRunsOf(path),
  };
}

function alternationRunsOf(path: readonly PathStep[]): AlternationRun[] {
  const runs: AlternationRun[] = [];
  let start = 0;
  for (let index = 2; index <= path.length; index += 1) {
    const continues = index < path.length && path[index]?.unitId === path[index - 2]?.unitId;
    if (continues) continue;
    const end = index - 1;
    if (end - start >= 2) {
      runs.push({
        units: [present(path[start], 'the first unit').unitId, present(path[start + 1], 'the second unit').unitId],
        handOffs: end - start,
        eventIds: path.slice(start + 1, end + 1).map((step) => step.arrivedBy.eventId),
      });
    }
    start = index - 1;
  }
  return runs;
}
