import { present } from '@lib/domain/core';
import { vnDate, type LocalDate, type WorkingDayCalendar } from '@lib/domain/calendar';
import type { CustodyInterval } from '@lib/domain/custody';
import type { FindingDraft, PartyRef, RuleCode, RuleDefinition, RuleParameterValues } from './rule.types';
import type { HistoryEntry, TaskHistory } from './task-history';

/**
 * The organisation as it was on a date: what the rules ask of it. `OrganisationTimeline` from
 * `@lib/domain/org` satisfies it.
 */
export interface RuleOrganisation {
  hasMandate(unitId: string, category: string, date: LocalDate): boolean;
  headOn(unitId: string, date: LocalDate): string | null;
}

export interface RuleContext {
  history: TaskHistory;
  organisation: RuleOrganisation;
  calendar: WorkingDayCalendar;
  /** This rule's parameters, resolved (defaults overridden by the deployment's configuration). */
  parameters: RuleParameterValues;
  /** Every rule's resolved parameters, for rules that judge another rule's conduct (PING_PONG). */
  allParameters: Readonly<Record<RuleCode, RuleParameterValues>>;
}

/** A rule: its catalogue entry, its detection, and (time-based rules) the next instant its verdict may change. */
export interface Rule {
  definition: RuleDefinition;
  detect(context: RuleContext): FindingDraft[];
  /** The earliest instant after `asOf` at which, with no new entry, this rule would report something new. */
  nextLapse?(context: RuleContext): string | null;
}

export function integerParameter(context: RuleContext, name: string): number {
  return context.parameters[name] as number;
}

export function listParameter(context: RuleContext, name: string): readonly string[] {
  return context.parameters[name] as readonly string[];
}

export function booleanParameter(context: RuleContext, name: string): boolean {
  return context.parameters[name] as boolean;
}

/** The unit held the mandate for the category on the day the entry occurred (principle 3). */
export function mandateHeld(context: RuleContext, unitId: string, category: string, entry: HistoryEntry): boolean {
  return context.organisation.hasMandate(unitId, category, entry.on);
}

/** The hold in force at an instant (the last hold that began at or before it). */
export function holdAt(history: TaskHistory, atMs: number): CustodyInterval | null {
  let found: CustodyInterval | null = null;
  for (const interval of history.timeline.intervals) {
    if (Date.parse(interval.from) <= atMs) found = interval;
  }
  return found;
}

/** The hold an entry closed (a hand-off closes the giver's hold). */
export function holdClosedBy(history: TaskHistory, eventId: string): CustodyInterval | null {
  return history.timeline.intervals.find((interval) => interval.closedBy?.eventId === eventId) ?? null;
}

/** When the unit of a hold received the task: the start of its run of consecutive holds (delegations inside it). */
export function arrivalOfUnit(history: TaskHistory, interval: CustodyInterval): CustodyInterval {
  const intervals = history.timeline.intervals;
  let index = interval.index;
  for (
    let before = intervals[index - 1];
    before !== undefined && before.holder.unitId === interval.holder.unitId && before.to === intervals[index]?.from;
    before = intervals[index - 1]
  ) {
    index -= 1;
  }
  return present(intervals[index], 'the hold the unit received the task with');
}

/**
 * The finding on one act by one official: keyed by the entry and dated by it, naming who did it; its values
 * hold the day (dd/mm/yyyy), the official and the task, then the rule's own.
 */
export function actFinding(
  history: TaskHistory,
  entry: HistoryEntry,
  by: PartyRef,
  values: Readonly<Record<string, string | number>>,
  options: Partial<Pick<FindingDraft, 'variant' | 'reasons' | 'evidenceEventIds'>> = {},
): FindingDraft {
  return {
    variant: options.variant ?? 'main',
    ...(options.reasons ? { reasons: options.reasons } : {}),
    subject: '',
    keyEventIds: [entry.eventId],
    evidenceEventIds: options.evidenceEventIds ?? [entry.eventId],
    at: entry.occurredAt,
    responsible: [by],
    values: { date: vnDate(entry.on), by: partyLabel(by), taskId: history.taskId, ...values },
  };
}

/** "p (u)" for a named person, "u" for a unit alone: ids only, the read side adds names. */
export function partyLabel(party: { unitId: string; personId: string | null }): string {
  return party.personId === null ? party.unitId : `${party.personId} (${party.unitId})`;
}
