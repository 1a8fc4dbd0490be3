import type { RuleContext } from './rule-context';
import { mandateHeld } from './rule-context';
import { snapshotAt, type HistoryEntry } from './task-history';

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
    context.history.entries.filter((entry) => isOwnWorkTransfer(context, entry) || isImproperReturn(context, entry)).map((entry) => entry.eventId),
  );
}
