import { localDateOf, type WorkingDayCalendar } from '@lib/domain/calendar';
import { assertNever, parseInstant, type Official } from '@lib/domain/core';
import type { CustodyEntry, Holder } from './custody-entry';
import { custodyEntriesInForce, isVoided, type CustodyLog } from './custody-log';
import { deadlineChange, overdueDaysIn, scheduleOf, type DeadlineChange } from './deadline-schedule';
import { pausedIn, pausesOf } from './dossier-pauses';
import type {
  Closure,
  CustodyInterval,
  CustodyTimeline,
  EventRef,
  HolderRole,
  StepLimitSource,
  StepLimitView,
  TrailEntry,
} from './custody-timeline.types';

export interface CustodyTimelineOptions {
  /** The instant the open hold ends at; entries that occurred after it are not yet in force. */
  asOf: string;
  calendar: WorkingDayCalendar;
  stepLimits?: StepLimitSource;
}

interface RawHold {
  holder: Holder;
  role: HolderRole;
  giver: Holder | null;
  openedBy: CustodyEntry;
  closedBy: CustodyEntry | null;
}

interface Replay {
  holds: RawHold[];
  current: RawHold | null;
  lastHold: RawHold | null;
  leadUnitId: string | null;
  firstLeadUnitId: string | null;
  assignedAt: string | null;
  authority: Holder | null;
  deadlines: DeadlineChange[];
  closure: Closure | null;
}

/**
 * The custody timeline of one task as of an instant, computed on `occurredAt`: voided entries are
 * left out as if they had not happened, and shown in the trail with the entry that voided them.
 */
export function custodyTimeline(log: CustodyLog, options: CustodyTimelineOptions): CustodyTimeline {
  const asOfMs = parseInstant(options.asOf, 'asOf');
  const entries = custodyEntriesInForce(log, asOfMs);
  const replay: Replay = {
    holds: [],
    current: null,
    lastHold: null,
    leadUnitId: null,
    firstLeadUnitId: null,
    assignedAt: null,
    authority: null,
    deadlines: [],
    closure: null,
  };
  for (const entry of entries) step(replay, entry);
  const deadlines = scheduleOf(replay.deadlines);
  const pauses = pausesOf(entries, options.asOf, options.calendar);
  const intervals = replay.holds.map((hold, index): CustodyInterval => {
    const to = hold.closedBy?.occurredAt ?? null;
    const end = to ?? options.asOf;
    const startDay = localDateOf(hold.openedBy.atMs);
    const endDay = localDateOf(parseInstant(end, 'end'));
    const pausedDays = pausedIn(pauses, startDay, endDay);
    const heldWorkingDays = options.calendar.workingDaysBetween(hold.openedBy.occurredAt, end) - pausedDays.length;
    const overdueDays = overdueDaysIn(options.calendar, deadlines, startDay, endDay, pauses);
    const base = {
      index,
      holder: hold.holder,
      role: hold.role,
      giver: hold.giver,
      from: hold.openedBy.occurredAt,
      to,
      end,
      open: to === null,
      openedBy: refOf(hold.openedBy),
      closedBy: hold.closedBy === null ? null : refOf(hold.closedBy),
      heldWorkingDays,
      pausedWorkingDays: pausedDays.length,
      pausedDays,
      overdueWorkingDays: overdueDays.length,
      overdueDays,
    };
    const limit = options.stepLimits?.({ index, holder: base.holder, role: base.role, giver: base.giver, openedBy: base.openedBy });
    return { ...base, stepLimit: limit === undefined || limit === null ? null : stepLimitView(limit, heldWorkingDays, base.open) };
  });
  return {
    taskId: log.taskId,
    asOf: options.asOf,
    assignedAt: replay.assignedAt,
    assigningAuthority: replay.authority,
    firstLeadUnitId: replay.firstLeadUnitId,
    leadUnitId: replay.leadUnitId,
    intervals,
    deadlines,
    pauses,
    closure: replay.closure,
    entries,
    trail: trailOf(log, asOfMs),
  };
}

function step(replay: Replay, entry: CustodyEntry): void {
  const { change } = entry;
  switch (change.kind) {
    case 'assigned': {
      const first = replay.firstLeadUnitId === null;
      replay.leadUnitId = change.lead.unitId;
      replay.authority = change.authority;
      if (first) {
        replay.firstLeadUnitId = change.lead.unitId;
        replay.assignedAt = entry.occurredAt;
      }
      replay.deadlines.push(deadlineChange(first ? 'assigned' : 'reassigned', change.dueAt, entry.eventId, entry.occurredAt));
      handOver(replay, entry, change.lead, 'lead', change.authority);
      return;
    }
    case 'delegated': {
      const unitId = replay.current?.holder.unitId ?? change.to.unitId;
      handOver(replay, entry, change.to, roleOf(replay, change.to), { unitId, personId: entry.official.personId });
      return;
    }
    case 'transferred':
      handOver(replay, entry, change.to, roleOf(replay, change.to), giverOf(change.from, entry.official));
      return;
    case 'returned': {
      const role = change.toAssigningAuthority ? 'assigning_authority' : roleOf(replay, change.to);
      handOver(replay, entry, change.to, role, giverOf(change.from, entry.official));
      return;
    }
    case 'deadline_extended':
      replay.deadlines.push(deadlineChange('extended', change.dueAt, entry.eventId, entry.occurredAt));
      return;
    case 'completed':
      close(replay, entry);
      replay.closure = { kind: 'completed', by: change.by, event: refOf(entry) };
      return;
    case 'cancelled':
      close(replay, entry);
      replay.closure = { kind: 'cancelled', event: refOf(entry) };
      return;
    case 'reopened': {
      replay.closure = null;
      const last = replay.lastHold;
      if (last !== null && replay.current === null) {
        open(replay, entry, last.holder, last.role, { unitId: entry.official.unitId, personId: entry.official.personId });
      }
      return;
    }
    case 'act':
      return;
    default:
      assertNever(change);
  }
}

function handOver(replay: Replay, entry: CustodyEntry, holder: Holder, role: HolderRole, giver: Holder | null): void {
  close(replay, entry);
  replay.closure = null;
  open(replay, entry, holder, role, giver);
}

function open(replay: Replay, entry: CustodyEntry, holder: Holder, role: HolderRole, giver: Holder | null): void {
  const hold: RawHold = { holder, role, giver, openedBy: entry, closedBy: null };
  replay.holds.push(hold);
  replay.current = hold;
}

function close(replay: Replay, entry: CustodyEntry): void {
  if (replay.current === null) return;
  replay.current.closedBy = entry;
  replay.lastHold = replay.current;
  replay.current = null;
}

function roleOf(replay: Replay, holder: Holder): HolderRole {
  return holder.unitId === replay.leadUnitId ? 'lead' : 'other_unit';
}

/** The sending party, with the person who acted filled in when the record names only the unit. */
function giverOf(from: Holder, official: Official): Holder {
  if (from.personId !== null) return from;
  const actsForUnit = official.unitId === from.unitId || (official.actingForUnitIds ?? []).includes(from.unitId);
  return actsForUnit ? { unitId: from.unitId, personId: official.personId } : from;
}

function stepLimitView(limit: number, held: number, open: boolean): StepLimitView {
  const workingDaysBeyond = Math.max(0, held - limit);
  if (open) return { workingDays: limit, grade: held > limit ? 'late' : null, workingDaysBeyond };
  return { workingDays: limit, grade: held < limit ? 'early' : held === limit ? 'on_time' : 'late', workingDaysBeyond };
}

function refOf(entry: CustodyEntry): EventRef {
  return { eventId: entry.eventId, type: entry.type, occurredAt: entry.occurredAt, globalPosition: entry.globalPosition };
}

function trailOf(log: CustodyLog, asOfMs: number): TrailEntry[] {
  const trail: TrailEntry[] = [];
  for (const entry of log.entries) {
    if (entry.change.kind === 'act' || entry.atMs > asOfMs) continue;
    const voiding = isVoided(log, entry.eventId) ? log.voidedBy[entry.eventId] : undefined;
    trail.push({
      ...refOf(entry),
      change: entry.change.kind,
      voided: voiding !== undefined,
      voidedBy:
        voiding === undefined
          ? null
          : { eventId: voiding.eventId, occurredAt: voiding.occurredAt, globalPosition: voiding.globalPosition, reason: voiding.reason },
    });
  }
  return trail;
}
