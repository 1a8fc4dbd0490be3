import type { LocalDate } from '@lib/domain/calendar';
import type { CustodyChangeKind, CustodyEntry, Holder } from './custody-entry';
import type { DeadlineSchedule } from './deadline-schedule';
import type { DossierPause } from './dossier-pauses';
import type { PrimaryTaskEventType } from '@lib/domain/task';

/** The entry behind a boundary, as evidence: id, type, time and log position. */
export interface EventRef {
  eventId: string;
  type: PrimaryTaskEventType;
  occurredAt: string;
  globalPosition: number | null;
}

/**
 * `lead`: the holding unit is the task's lead unit at the time; `other_unit`: it was transferred
 * elsewhere; `assigning_authority`: returned by the lead to the authority, which must assign it again.
 */
export type HolderRole = 'lead' | 'other_unit' | 'assigning_authority';

/** Grade of one step against its internal time limit, as the one-stop process-control slip grades it. */
export type StepGrade = 'early' | 'on_time' | 'late';

/** What a step-limit source sees of a step when deciding the working days it allows. */
export interface StepContext {
  index: number;
  holder: Holder;
  role: HolderRole;
  giver: Holder | null;
  openedBy: EventRef;
}

/**
 * The internal time limit of a step in working days, or null when none is set. The caller supplies it
 * (e.g. from the dossier procedure's per-step times, "thời gian giải quyết từng bước").
 */
export type StepLimitSource = (step: StepContext) => number | null;

export interface StepLimitView {
  workingDays: number;
  /** Closed step: held < limit early, = limit on time, > limit late. Open step: late once past, else null. */
  grade: StepGrade | null;
  workingDaysBeyond: number;
}

/** One hold [from, to): the holder, who gave it, the entries that opened and closed it, and the days. */
export interface CustodyInterval {
  index: number;
  holder: Holder;
  role: HolderRole;
  /** Who handed it over: the assigning authority, the sender, or the official who delegated or reopened. */
  giver: Holder | null;
  from: string;
  /** null while the hold is open. */
  to: string | null;
  /** `to`, or `asOf` for the open hold. */
  end: string;
  open: boolean;
  openedBy: EventRef;
  closedBy: EventRef | null;
  /** Working days after the local day of `from` up to and including the day of `end`, less the paused ones. */
  heldWorkingDays: number;
  /** Working days of the hold on which the dossier waited for the applicant's supplement (not held). */
  pausedWorkingDays: number;
  pausedDays: LocalDate[];
  /** Of those, the days after the due date in force on each day (moved by the days paused by then). */
  overdueWorkingDays: number;
  overdueDays: LocalDate[];
  stepLimit: StepLimitView | null;
}

export type Closure = { kind: 'completed'; by: Holder; event: EventRef } | { kind: 'cancelled'; event: EventRef };

/** A custody, deadline or closure entry of the record, voided or not: the trail shows both. */
export interface TrailEntry extends EventRef {
  change: Exclude<CustodyChangeKind, 'act'>;
  voided: boolean;
  voidedBy: { eventId: string; occurredAt: string; globalPosition: number | null; reason: string } | null;
}

export interface CustodyTimeline {
  taskId: string | null;
  asOf: string;
  assignedAt: string | null;
  assigningAuthority: Holder | null;
  firstLeadUnitId: string | null;
  leadUnitId: string | null;
  intervals: CustodyInterval[];
  deadlines: DeadlineSchedule;
  /** A dossier's lawful pauses (waiting for the applicant's supplement); none for a task. */
  pauses: DossierPause[];
  closure: Closure | null;
  /** Entries in force (not voided, occurred by `asOf`), in stream order: the acts of each party. */
  entries: CustodyEntry[];
  trail: TrailEntry[];
}
