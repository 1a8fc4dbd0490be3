import { type LocalDate, localDateOf, type WorkingDayCalendar, workingDaysIn } from '@lib/domain/calendar';
import { parseInstant, present } from '@lib/domain/core';
import {
  heldAfterDeadline,
  heldBeyondStepLimit,
  OVERDUE_HOLD_BASIS,
  STEP_LIMIT_BASIS,
  SUPERVISORY_BASIS,
  supervising,
} from './attribution-wording';
import type { CustodyInterval, CustodyTimeline } from './custody-timeline.types';
import { exemptionsOf, withExemption } from './exemptions';
import type { FindingShare, HeadLookup, ResponsibilityBasisCode, ResponsibilityLine, ResponsibilityTotal } from './responsibility-line';
import type { TaskStatus, TaskStatusView } from './task-status';

export interface AttributionInput {
  timeline: CustodyTimeline;
  status: TaskStatusView | null;
  calendar: WorkingDayCalendar;
  headOf: HeadLookup;
  /** Shares established by the detection rules; merged in with their supervisory lines. */
  findingShares?: readonly FindingShare[];
}

export interface HolderAttribution {
  taskId: string | null;
  asOf: string;
  status: TaskStatus | null;
  /** True when the task is overdue or was completed late: the holder-based lines apply. */
  delayed: boolean;
  individual: ResponsibilityLine[];
  supervisory: ResponsibilityLine[];
  totals: ResponsibilityTotal[];
}

const DELAYED: ReadonlySet<TaskStatus> = new Set(['overdue', 'completed_late']);

/**
 * Holder-based attribution: for a delayed task, each holder answers for the working days it held the
 * task after the deadline in force (and beyond its step limit where one was set); when only the unit
 * is known, its head on each of those days answers. The head of the unit carries supervisory
 * responsibility for its staff's lines, kept separate. Finding shares are merged in as given.
 */
export function attributeResponsibility(input: AttributionInput): HolderAttribution {
  const { timeline, status } = input;
  const delayed = status !== null && DELAYED.has(status.status);
  const individual: ResponsibilityLine[] = [];
  if (delayed) {
    const exemptions = exemptionsOf(timeline.entries);
    for (const interval of timeline.intervals) {
      const held = [
        ...(interval.overdueDays.length > 0 ? overdueLines(interval, input.headOf) : []),
        ...stepLimitLinesOf(interval, input.calendar, input.headOf),
      ];
      individual.push(...held.map((line) => withExemption(line, exemptions)));
    }
  }
  for (const share of input.findingShares ?? []) individual.push(...findingLines(share, input.headOf));
  const supervisory = individual.flatMap((line) => supervisoryLines(line, input.headOf));
  return {
    taskId: timeline.taskId,
    asOf: timeline.asOf,
    status: status?.status ?? null,
    delayed,
    individual,
    supervisory,
    totals: totalsOf([...individual, ...supervisory]),
  };
}

type LineShape = Omit<
  ResponsibilityLine,
  'party' | 'workingDays' | 'days' | 'on' | 'explanation' | 'kind' | 'supervisesPersonId' | 'exemption'
> & {
  exemption?: ResponsibilityLine['exemption'];
};

function overdueLines(interval: CustodyInterval, headOf: HeadLookup): ResponsibilityLine[] {
  const shape: LineShape = {
    basisCode: 'HELD_AFTER_DEADLINE',
    eventIds: boundaryIds(interval),
    basis: OVERDUE_HOLD_BASIS,
    intervalIndex: interval.index,
    ruleCode: null,
    findingId: null,
  };
  return chargeHolder(interval.holder, interval.overdueDays, headOf, shape, (days, unitOnly, headKnown) =>
    heldAfterDeadline(days, unitOnly, headKnown),
  );
}

function stepLimitLinesOf(interval: CustodyInterval, calendar: WorkingDayCalendar, headOf: HeadLookup): ResponsibilityLine[] {
  const beyond = stepLimitDays(interval, calendar);
  return beyond.length > 0 ? stepLimitLines(interval, beyond, headOf) : [];
}

function stepLimitDays(interval: CustodyInterval, calendar: WorkingDayCalendar): LocalDate[] {
  const limit = interval.stepLimit;
  if (limit === null || limit.workingDaysBeyond === 0) return [];
  const start = localDateOf(parseInstant(interval.from, 'from'));
  const end = localDateOf(parseInstant(interval.end, 'end'));
  const paused = new Set(interval.pausedDays);
  return workingDaysIn(calendar, start, end)
    .filter((day) => !paused.has(day))
    .slice(limit.workingDays);
}

function stepLimitLines(interval: CustodyInterval, days: LocalDate[], headOf: HeadLookup): ResponsibilityLine[] {
  const limit = present(interval.stepLimit, 'the step limit of the hold').workingDays;
  const shape: LineShape = {
    basisCode: 'HELD_BEYOND_STEP_LIMIT',
    eventIds: boundaryIds(interval),
    basis: STEP_LIMIT_BASIS,
    intervalIndex: interval.index,
    ruleCode: null,
    findingId: null,
  };
  return chargeHolder(interval.holder, days, headOf, shape, (runDays, unitOnly) =>
    heldBeyondStepLimit(runDays, limit, interval.heldWorkingDays, unitOnly),
  );
}

function findingLines(share: FindingShare, headOf: HeadLookup): ResponsibilityLine[] {
  const shape: LineShape = {
    basisCode: 'FINDING',
    eventIds: [...share.eventIds],
    basis: share.basis,
    intervalIndex: null,
    ruleCode: share.ruleCode,
    findingId: share.findingId,
  };
  if (share.party.personId !== null) {
    const party = { unitId: share.party.unitId, personId: share.party.personId, resolvedAs: 'holder' as const };
    return [line('individual', shape, party, share.days, share.explanation, null, share.on)];
  }
  const head = headOf(share.party.unitId, share.on);
  const party = {
    unitId: share.party.unitId,
    personId: head,
    resolvedAs: head === null ? ('head_unknown' as const) : ('unit_head' as const),
  };
  return [line('individual', shape, party, share.days, share.explanation, null, share.on)];
}

/** One line for a named person; for a unit-only holder, one line per run of days under the same head. */
function chargeHolder(
  holder: CustodyInterval['holder'],
  days: LocalDate[],
  headOf: HeadLookup,
  shape: LineShape,
  explain: (days: LocalDate[], unitOnly: boolean, headKnown: boolean) => string,
): ResponsibilityLine[] {
  if (holder.personId !== null) {
    const party = { unitId: holder.unitId, personId: holder.personId, resolvedAs: 'holder' as const };
    return [line('individual', shape, party, days, explain(days, false, true), null)];
  }
  return runsOfHead(holder.unitId, days, headOf).map(({ head, days: runDays }) => {
    const party = { unitId: holder.unitId, personId: head, resolvedAs: head === null ? ('head_unknown' as const) : ('unit_head' as const) };
    return line('individual', shape, party, runDays, explain(runDays, true, head !== null), null);
  });
}

/** The head of the holder's unit answers for a named person's line, per run of days under the same head. */
function supervisoryLines(individual: ResponsibilityLine, headOf: HeadLookup): ResponsibilityLine[] {
  const { party } = individual;
  if (party.resolvedAs !== 'holder' || party.personId === null) return [];
  const runs =
    individual.days.length > 0
      ? runsOfHead(party.unitId, individual.days, headOf)
      : [{ head: headOf(party.unitId, individual.on), days: [] }];
  // The exemption of the individual line follows it onto the head's line.
  const shape: LineShape = { ...individual, basis: SUPERVISORY_BASIS };
  return runs
    .filter((run) => run.head !== null && run.head !== party.personId)
    .map((run) =>
      line(
        'supervisory',
        shape,
        { unitId: party.unitId, personId: run.head, resolvedAs: 'unit_head' },
        run.days,
        supervising(individual, run.days),
        party.personId,
        run.days[0] ?? individual.on,
      ),
    );
}

function runsOfHead(unitId: string, days: LocalDate[], headOf: HeadLookup): { head: string | null; days: LocalDate[] }[] {
  const runs: { head: string | null; days: LocalDate[] }[] = [];
  for (const day of days) {
    const head = headOf(unitId, day);
    const last = runs.at(-1);
    if (last !== undefined && last.head === head) last.days.push(day);
    else runs.push({ head, days: [day] });
  }
  return runs;
}

function line(
  kind: ResponsibilityLine['kind'],
  shape: LineShape,
  party: ResponsibilityLine['party'],
  days: LocalDate[],
  explanation: string,
  supervisesPersonId: string | null,
  on: LocalDate = present(days[0], 'the first day of the line'),
): ResponsibilityLine {
  return {
    kind,
    basisCode: shape.basisCode,
    party,
    workingDays: days.length,
    days: [...days],
    on,
    explanation,
    eventIds: [...shape.eventIds],
    basis: shape.basis,
    intervalIndex: shape.intervalIndex,
    ruleCode: shape.ruleCode,
    findingId: shape.findingId,
    supervisesPersonId,
    exemption: shape.exemption ?? null,
  };
}

function boundaryIds(interval: CustodyInterval): string[] {
  return interval.closedBy === null ? [interval.openedBy.eventId] : [interval.openedBy.eventId, interval.closedBy.eventId];
}

function totalsOf(lines: readonly ResponsibilityLine[]): ResponsibilityTotal[] {
  const totals = new Map<string, ResponsibilityTotal>();
  for (const { kind, basisCode, party, workingDays } of lines) {
    const key = [kind, basisCode, party.unitId, party.personId ?? ''].join('\u0000');
    const total = totals.get(key) ?? { kind, basisCode, unitId: party.unitId, personId: party.personId, workingDays: 0, lines: 0 };
    total.workingDays += workingDays;
    total.lines += 1;
    totals.set(key, total);
  }
  return [...totals.values()].sort((a, b) => (orderKey(a) < orderKey(b) ? -1 : orderKey(a) > orderKey(b) ? 1 : 0));
}

function orderKey(total: ResponsibilityTotal): string {
  const basisOrder: Record<ResponsibilityBasisCode, number> = { HELD_AFTER_DEADLINE: 0, HELD_BEYOND_STEP_LIMIT: 1, FINDING: 2 };
  return `${total.kind === 'individual' ? 0 : 1}|${basisOrder[total.basisCode]}|${total.unitId}|${total.personId ?? ''}`;
}
