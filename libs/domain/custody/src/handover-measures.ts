import { present } from '@lib/domain/core';
import type { WorkingDayCalendar } from '@lib/domain/calendar';
import type { Holder } from './custody-entry';
import type { CustodyInterval, CustodyTimeline, EventRef, HolderRole } from './custody-timeline.types';
import { pingPongOf, type PathStep, type PingPong } from './ping-pong';

/** A run of consecutive holds by the same unit (delegations inside it and reopenings do not split it). */
export interface UnitStint {
  unitId: string;
  role: HolderRole;
  /** Persons who held it in turn; null for a hold known only at unit level. */
  persons: (string | null)[];
  from: string;
  to: string | null;
  end: string;
  openedBy: EventRef;
  closedBy: EventRef | null;
  heldWorkingDays: number;
  overdueWorkingDays: number;
  intervalIndexes: number[];
}

export interface HandOffMeasures {
  /**
   * Changes of working holder unit after the first assignment: the length of the working path minus one.
   * A return to the assigning authority followed by its reassignment is one change (to the new lead),
   * or none when it assigns the same unit again.
   */
  reassignmentCount: number;
  /** Every move between units, the authority's desk included. */
  hopCount: number;
  workingPath: PathStep[];
  firstLeadUnitId: string | null;
  /** Completed while held by the unit first assigned as lead, whatever detours came before. */
  completedByFirstLead: boolean;
  /** ServiceNow's first-assignment resolution: completed by the first lead with no reassignment. */
  resolvedByFirstLead: boolean;
  pingPong: PingPong;
}

export type HandoverKind = 'assignment' | 'reassignment' | 'delegation' | 'transfer' | 'return';

/** One hand-off, giver → receiver, and how long the receiving unit then took to act on the task. */
export interface HandoverEdge {
  taskId: string | null;
  eventId: string;
  kind: HandoverKind;
  at: string;
  from: Holder | null;
  to: Holder;
  crossesUnits: boolean;
  intervalIndex: number;
  /** The receiving unit's first entry in the hold it received (an official of it, or acting for it); null if none yet. */
  nextActEventId: string | null;
  /** Working days from the hand-off to that act, or to the end of the hold (or `asOf`) when there was none. */
  waitWorkingDays: number;
}

export function unitStints(timeline: CustodyTimeline): UnitStint[] {
  const stints: UnitStint[] = [];
  for (const interval of timeline.intervals) {
    const last = stints.at(-1);
    if (last !== undefined && last.unitId === interval.holder.unitId) {
      last.persons = last.persons.at(-1) === interval.holder.personId ? last.persons : [...last.persons, interval.holder.personId];
      last.to = interval.to;
      last.end = interval.end;
      last.closedBy = interval.closedBy;
      last.heldWorkingDays += interval.heldWorkingDays;
      last.overdueWorkingDays += interval.overdueWorkingDays;
      last.intervalIndexes.push(interval.index);
      continue;
    }
    stints.push({
      unitId: interval.holder.unitId,
      role: interval.role,
      persons: [interval.holder.personId],
      from: interval.from,
      to: interval.to,
      end: interval.end,
      openedBy: interval.openedBy,
      closedBy: interval.closedBy,
      heldWorkingDays: interval.heldWorkingDays,
      overdueWorkingDays: interval.overdueWorkingDays,
      intervalIndexes: [interval.index],
    });
  }
  return stints;
}

export function handOffMeasures(timeline: CustodyTimeline): HandOffMeasures {
  const stints = unitStints(timeline);
  const workingPath: PathStep[] = [];
  for (const stint of stints) {
    if (stint.role === 'assigning_authority') continue;
    if (workingPath.at(-1)?.unitId === stint.unitId) continue;
    workingPath.push({ unitId: stint.unitId, arrivedBy: stint.openedBy });
  }
  const closure = timeline.closure;
  const completedByFirstLead =
    closure?.kind === 'completed' && timeline.firstLeadUnitId !== null && closure.by.unitId === timeline.firstLeadUnitId;
  const reassignmentCount = Math.max(0, workingPath.length - 1);
  return {
    reassignmentCount,
    hopCount: Math.max(0, stints.length - 1),
    workingPath,
    firstLeadUnitId: timeline.firstLeadUnitId,
    completedByFirstLead,
    resolvedByFirstLead: completedByFirstLead && reassignmentCount === 0,
    pingPong: pingPongOf(workingPath),
  };
}

const KIND_OF_OPENING: Partial<Record<EventRef['type'], HandoverKind>> = {
  TaskAssigned: 'reassignment',
  TaskDelegated: 'delegation',
  TaskTransferred: 'transfer',
  TaskReturned: 'return',
};

/** Every hand-off of the timeline (the first assignment included, reopenings not). */
export function handoverEdges(timeline: CustodyTimeline, calendar: WorkingDayCalendar): HandoverEdge[] {
  const edges: HandoverEdge[] = [];
  for (const interval of timeline.intervals) {
    const opened = KIND_OF_OPENING[interval.openedBy.type];
    if (opened === undefined) continue;
    const kind = interval.index === 0 ? 'assignment' : opened;
    const nextAct = nextActOf(timeline, interval);
    edges.push({
      taskId: timeline.taskId,
      eventId: interval.openedBy.eventId,
      kind,
      at: interval.from,
      from: interval.giver,
      to: interval.holder,
      crossesUnits: interval.giver !== null && interval.giver.unitId !== interval.holder.unitId,
      intervalIndex: interval.index,
      nextActEventId: nextAct?.eventId ?? null,
      waitWorkingDays: calendar.workingDaysBetween(interval.from, nextAct?.occurredAt ?? interval.end),
    });
  }
  return edges;
}

function nextActOf(timeline: CustodyTimeline, interval: CustodyInterval): { eventId: string; occurredAt: string } | null {
  const { entries } = timeline;
  const start = entries.findIndex((entry) => entry.eventId === interval.openedBy.eventId);
  const unitId = interval.holder.unitId;
  for (let index = start + 1; index < entries.length; index += 1) {
    const entry = present(entries[index], 'the entry');
    const { official } = entry;
    if (official.unitId === unitId || (official.actingForUnitIds ?? []).includes(unitId)) return entry;
    if (entry.eventId === interval.closedBy?.eventId) return null;
  }
  return null;
}
