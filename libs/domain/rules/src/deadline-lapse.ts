import { contextsOf, type EvaluateTaskInput } from './evaluate-task';
import type { RuleCode } from './rule.types';

export interface DeadlineLapse {
  /** The instant (ISO) at which the verdict of a time-based rule next changes with no new entry. */
  at: string;
  ruleCodes: RuleCode[];
}

/**
 * For the app's deadline watcher: the earliest instant after `asOf` at which a time-based rule
 * (OVERDUE_HOLD, STALLED, SILENT_CONSULTEE, UNOWNED_TASK, LATE_RESULT_NO_APOLOGY, NO_APPOINTMENT) would
 * report something new if nothing else were recorded; null when none will. Contract: the watcher
 * appends an explicit lapse event at that instant and the projection evaluates with `asOf` = the
 * `occurredAt` of the latest event it has applied (never the wall clock), so rebuilding from the log gives
 * the same findings. After any new task event, ask again: the answer may move.
 */
export function nextDeadlineLapse(events: EvaluateTaskInput['events'], options: Omit<EvaluateTaskInput, 'events'>): DeadlineLapse | null {
  const { contexts } = contextsOf({ ...options, events });
  const lapses = contexts.flatMap(({ rule, context }) => {
    const at = rule.nextLapse?.(context) ?? null;
    return at === null ? [] : [{ code: rule.definition.code, ms: Date.parse(at) }];
  });
  if (lapses.length === 0) return null;
  const earliest = Math.min(...lapses.map((lapse) => lapse.ms));
  return { at: new Date(earliest).toISOString(), ruleCodes: lapses.filter((lapse) => lapse.ms === earliest).map((lapse) => lapse.code) };
}
