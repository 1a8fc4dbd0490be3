import { type LocalDate, localDateOf, type WorkingDayCalendar } from '@lib/domain/calendar';
import { actsForUnit, parseInstant, type Official } from '@lib/domain/core';
import { custodyLogOf, custodyTimeline, taskStatus, type CustodyTimeline, type TaskStatusView } from '@lib/domain/custody';
import { entriesInForce, type PersonInUnit, type PrimaryTaskEvent, type RecordedTaskEvent, type TaskKind } from '@lib/domain/task';

/** A recorded task event as the store hands it over; `globalPosition` is carried into the evidence. */
export type RuleSourceEvent = RecordedTaskEvent & { readonly globalPosition?: number };

/** What the task was just before an entry, folded from the entries in force before it. */
export interface TaskSnapshot {
  taskId: string;
  kind: TaskKind;
  category: string;
  leadUnitId: string;
  coordinatingUnitIds: readonly string[];
  assigningAuthority: PersonInUnit;
  dueAt: string | null;
  open: boolean;
}

/** A primary entry in force, with its corrected data and the task as it was before it. */
export interface HistoryEntry {
  index: number;
  eventId: string;
  occurredAt: string;
  atMs: number;
  on: LocalDate;
  globalPosition: number | null;
  /** The official the entry was recorded for (`onBehalfOf` when a clerk recorded it). */
  official: Official;
  event: PrimaryTaskEvent;
  /** null only for the first assignment. */
  before: TaskSnapshot | null;
}

export interface TaskHistory {
  taskId: string;
  asOf: string;
  asOfMs: number;
  /** Entries in force: not voided, occurred by `asOf`, in stream order, corrections applied. */
  entries: readonly HistoryEntry[];
  /** The task after the last entry in force. */
  current: TaskSnapshot;
  timeline: CustodyTimeline;
  status: TaskStatusView | null;
  /** Every recorded event by id, for evidence (positions, times). */
  recorded: ReadonlyMap<string, RuleSourceEvent>;
}

/**
 * Folds one task's events as of `asOf`. A voided entry is left out whatever the voiding's own date (as
 * the custody timeline does); a correction replaces the named fields of its original entry (the latest
 * correction of a field wins). Entries that occurred after `asOf` are not yet in force. Null when no
 * assignment is in force.
 */
export function taskHistoryOf(events: readonly RuleSourceEvent[], asOf: string, calendar: WorkingDayCalendar): TaskHistory | null {
  const asOfMs = parseInstant(asOf, 'asOf');
  const recorded = new Map<string, RuleSourceEvent>(events.map((event) => [event.metadata.eventId, event]));
  const entries: HistoryEntry[] = [];
  let current: TaskSnapshot | null = null;
  for (const source of entriesInForce(events, asOfMs)) {
    const { eventId, occurredAt } = source.metadata;
    const atMs = parseInstant(occurredAt, 'occurredAt');
    if (current === null && source.type !== 'TaskAssigned') continue;
    const event = source as PrimaryTaskEvent;
    entries.push({
      index: entries.length,
      eventId,
      occurredAt,
      atMs,
      on: localDateOf(atMs),
      globalPosition: source.globalPosition ?? null,
      official: source.metadata.onBehalfOf ?? source.metadata.actor,
      event,
      before: current,
    });
    current = evolveSnapshot(current, event);
  }
  if (current === null) return null;
  const timeline = custodyTimeline(custodyLogOf(events), { asOf, calendar });
  return { taskId: current.taskId, asOf, asOfMs, entries, current, timeline, status: taskStatus(timeline, { calendar }), recorded };
}

function evolveSnapshot(snapshot: TaskSnapshot | null, event: PrimaryTaskEvent): TaskSnapshot | null {
  switch (event.type) {
    case 'TaskAssigned':
      return {
        taskId: event.data.taskId,
        kind: event.data.kind,
        category: event.data.category,
        leadUnitId: event.data.leadUnitId,
        coordinatingUnitIds: [...event.data.coordinatingUnitIds],
        assigningAuthority: event.data.assigningAuthority,
        dueAt: event.data.deadline.dueAt,
        open: true,
      };
    case 'DeadlineExtended':
      return snapshot === null ? null : { ...snapshot, dueAt: event.data.deadline.dueAt };
    case 'TaskCompleted':
    case 'TaskCancelled':
      return snapshot === null ? null : { ...snapshot, open: false };
    case 'TaskReopened':
      return snapshot === null ? null : { ...snapshot, open: true };
    default:
      return snapshot;
  }
}

/** The snapshot that applies to an entry: the task before it, or the assignment itself. */
export function snapshotAt(history: TaskHistory, entry: HistoryEntry): TaskSnapshot {
  return entry.before ?? history.current;
}

export function entriesOfType<T extends PrimaryTaskEvent['type']>(
  history: TaskHistory,
  type: T,
): Array<HistoryEntry & { event: Extract<PrimaryTaskEvent, { type: T }> }> {
  return history.entries.filter(
    (entry): entry is HistoryEntry & { event: Extract<PrimaryTaskEvent, { type: T }> } => entry.event.type === type,
  );
}

/**
 * The person who performed an entry's act, in the unit the act was done for (principle 10): the official the
 * entry was recorded for (the actor, or `onBehalfOf` when a clerk recorded it) when that official is the
 * party or acts for its unit; the decider records the task's holder as the party, and a head acting on work
 * delegated to a staff member is the one who acted. Otherwise (an official outside the unit, as a bulk
 * import of old paper records may carry) the party's named person, else the unit alone (its head answers).
 */
export function actorOf(
  entry: HistoryEntry,
  party: { unitId: string; personId?: string | null },
): { unitId: string; personId: string | null } {
  const official = entry.official;
  if (official.personId === party.personId || actsForUnit(official, party.unitId))
    return { unitId: party.unitId, personId: official.personId };
  return { unitId: party.unitId, personId: party.personId ?? null };
}
