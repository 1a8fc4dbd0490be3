import { daysElsewhereAfter } from '@lib/domain/custody';
import type { RuleContext } from './rule-context';
import { actFinding, mandateHeld } from './rule-context';
import type { FindingDraft } from './rule.types';
import { actorOf, snapshotAt, type HistoryEntry } from './task-history';

/** A transfer of work within the giver's mandate (on that day) to another unit: OWN_WORK_TRANSFERRED. */
export function isOwnWorkTransfer(context: RuleContext, entry: HistoryEntry): boolean {
  if (entry.event.type !== 'TaskTransferred') return false;
  const { from, to } = entry.event.data;
  const { category } = snapshotAt(context.history, entry);
  return from.unitId !== to.unitId && mandateHeld(context, from.unitId, category, entry);
}

/** A return of work within the returning unit's mandate (on that day), for a reason not exempted: IMPROPER_RETURN. */
export function isImproperReturn(context: RuleContext, entry: HistoryEntry): boolean {
  if (entry.event.type !== 'TaskReturned') return false;
  const exempt = context.allParameters.IMPROPER_RETURN['exemptReasonCodes'] as readonly string[];
  const { from, reasonCode } = entry.event.data;
  const { category } = snapshotAt(context.history, entry);
  return !exempt.includes(reasonCode) && mandateHeld(context, from.unitId, category, entry);
}

/** The hand-offs found improper by either rule, by event id. */
export function improperHandOffIds(context: RuleContext): Set<string> {
  return new Set(
    context.history.entries
      .filter((entry) => isOwnWorkTransfer(context, entry) || isImproperReturn(context, entry))
      .map((entry) => entry.eventId),
  );
}

/**
 * The finding an improper hand-off (own work transferred, an improper return) reports: the entry is its
 * key, the giver (or the official who recorded it) answers, the evidence adds the entry that brought the
 * task back, and the share is the working days it spent elsewhere meanwhile. `values` adds the rule's own
 * template values to the common ones (date, by, taskId, category, unit).
 */
export function improperHandOffDraft(
  context: RuleContext,
  entry: HistoryEntry,
  from: { unitId: string; personId?: string | null },
  values: Readonly<Record<string, string | number>>,
): FindingDraft {
  const { history, calendar } = context;
  const by = actorOf(entry, from);
  const elsewhere = daysElsewhereAfter(history.timeline, entry.eventId, calendar);
  const evidenceEventIds = elsewhere?.backBy ? [entry.eventId, elsewhere.backBy.eventId] : [entry.eventId];
  const own = { category: snapshotAt(history, entry).category, unit: from.unitId };
  return { ...actFinding(history, entry, by, { ...own, ...values }, { evidenceEventIds }), shareDays: elsewhere?.days ?? [] };
}
