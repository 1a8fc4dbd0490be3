import type { WorkingDayCalendar } from '@lib/domain/calendar';
import {
  custodyTimeline,
  emptyCustodyLog,
  evolveCustodyLog,
  handOffMeasures,
  handoverEdges,
  taskStatus,
  type CustodyLog,
  type CustodySourceEvent,
  type CustodyTimeline,
} from '@lib/domain/custody';
import { foldVietnamese } from '@lib/domain/core';
import type { StoredEvent } from '@lib/event-store';
import { toRecordedTaskEvent } from './recorded-task-event';

/** What the projection keeps per task between events: the custody log and the descriptive fields of the assignment. */
export interface TaskFoldState {
  taskId: string;
  log: CustodyLog;
  title: string | null;
  category: string | null;
  kind: string | null;
  /** The number of the document the task was assigned under (e.g. "2128/UBND-TH"). */
  sourceNumber: string | null;
}

export interface TaskRecord {
  task: {
    task_id: string;
    custody_log: CustodyLog;
    title: string | null;
    category: string | null;
    kind: string | null;
    source_number: string | null;
    /** The title and the source number folded (no marks, đ as d, lower case): what GET /tasks?q= searches. */
    search_text: string;
    lead_unit_id: string | null;
    holder_unit_id: string | null;
    holder_person_id: string | null;
    assigning_unit_id: string | null;
    due_at: string | null;
    assigned_at: string | null;
    closed_at: string | null;
    closure: string | null;
    reassignment_count: number;
    hop_count: number;
    last_event_at: string | null;
    event_count: number;
  };
  parties: Array<{ unitId: string; personId: string | null }>;
  handovers: Array<{
    seq: number;
    eventId: string;
    kind: string;
    fromUnitId: string | null;
    fromPersonId: string | null;
    toUnitId: string;
    toPersonId: string | null;
    at: string;
  }>;
}

/** `task-<uuid>` → the task id; null for any other stream. */
export function emptyTaskFoldState(taskId: string): TaskFoldState {
  return { taskId, log: emptyCustodyLog(), title: null, category: null, kind: null, sourceNumber: null };
}

/** One event of the task's stream: the log grows (idempotently on the event id), corrections of the assignment update its title or category. */
export function evolveTaskFoldState(state: TaskFoldState, event: StoredEvent): TaskFoldState {
  const recorded: CustodySourceEvent = { ...toRecordedTaskEvent(event), globalPosition: event.globalPosition };
  const log = evolveCustodyLog(state.log, recorded);
  const data = event.data as Record<string, unknown>;
  if (event.type === 'TaskAssigned') {
    return {
      ...state,
      log,
      title: str(data['title']) ?? state.title,
      category: str(data['category']) ?? state.category,
      kind: str(data['kind']) ?? state.kind,
      sourceNumber: sourceNumberOf(data['source']) ?? state.sourceNumber,
    };
  }
  if (event.type === 'EntryCorrected' && data['originalType'] === 'TaskAssigned') {
    const fields = (data['fields'] ?? {}) as Record<string, unknown>;
    return {
      ...state,
      log,
      title: str(fields['title']) ?? state.title,
      category: str(fields['category']) ?? state.category,
      sourceNumber: sourceNumberOf(fields['source']) ?? state.sourceNumber,
    };
  }
  return { ...state, log };
}

/** The instant of the latest entry of the log: the timeline the projection stores is the one as of that instant (no clock). */
function latestInstantOf(log: CustodyLog): string | null {
  const instants = [...log.entries.map((entry) => entry.occurredAt), ...Object.values(log.voidedBy).map((voiding) => voiding.occurredAt)];
  return instants.reduce<string | null>((latest, at) => (latest === null || Date.parse(at) > Date.parse(latest) ? at : latest), null);
}

/** The rows of one task, a pure function of its fold state: same events, same rows, whatever the batches. */
export function taskRecordOf(state: TaskFoldState, calendar: WorkingDayCalendar): TaskRecord {
  const lastEventAt = latestInstantOf(state.log);
  const timeline: CustodyTimeline | null = lastEventAt === null ? null : custodyTimeline(state.log, { asOf: lastEventAt, calendar });
  const status = timeline === null ? null : taskStatus(timeline, { calendar });
  const measures = timeline === null ? null : handOffMeasures(timeline);
  const holder = timeline?.intervals.at(-1)?.holder ?? null;
  const closure = timeline?.closure ?? null;
  const parties = new Map<string, { unitId: string; personId: string | null }>();
  const addParty = (unitId: string, personId: string | null): void => {
    parties.set(`${unitId}\u0000${personId ?? ''}`, { unitId, personId });
  };
  for (const interval of timeline?.intervals ?? []) addParty(interval.holder.unitId, interval.holder.personId);
  for (const entry of timeline?.entries ?? []) addParty(entry.official.unitId, entry.official.personId);
  const edges = timeline === null ? [] : handoverEdges(timeline, calendar);
  return {
    task: {
      task_id: state.taskId,
      custody_log: state.log,
      title: state.title,
      category: state.category,
      kind: state.kind,
      source_number: state.sourceNumber,
      search_text: foldVietnamese([state.title ?? '', state.sourceNumber ?? ''].join(' ')),
      lead_unit_id: timeline?.leadUnitId ?? null,
      holder_unit_id: holder?.unitId ?? null,
      holder_person_id: holder?.personId ?? null,
      assigning_unit_id: timeline?.assigningAuthority?.unitId ?? null,
      // The recorded deadline: a pause only moves it later, so the overdue pre-filter stays a superset at any asOf.
      due_at: status?.recordedDueAt ?? null,
      assigned_at: timeline?.assignedAt ?? null,
      closed_at: closure?.event.occurredAt ?? null,
      closure: closure?.kind ?? null,
      reassignment_count: measures?.reassignmentCount ?? 0,
      hop_count: measures?.hopCount ?? 0,
      last_event_at: lastEventAt,
      event_count: state.log.entries.length + Object.keys(state.log.voidedBy).length,
    },
    parties: [...parties.values()].sort((a, b) => compare(`${a.unitId}\u0000${a.personId ?? ''}`, `${b.unitId}\u0000${b.personId ?? ''}`)),
    handovers: edges.map((edge, seq) => ({
      seq,
      eventId: edge.eventId,
      kind: edge.kind,
      fromUnitId: edge.from?.unitId ?? null,
      fromPersonId: edge.from?.personId ?? null,
      toUnitId: edge.to.unitId,
      toPersonId: edge.to.personId,
      at: edge.at,
    })),
  };
}

function sourceNumberOf(source: unknown): string | null {
  return typeof source === 'object' && source !== null ? str((source as Record<string, unknown>)['number']) : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
