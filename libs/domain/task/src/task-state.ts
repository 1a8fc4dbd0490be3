import type { PrimaryTaskEventType } from './task.events';
import type { Deadline, Party, PersonInUnit, SourceDocument, Stance } from './task-values';

/**
 * Who holds the task now, and the path it came by. A transfer pushes the
 * previous holder onto `senders`; a return pops it, so the task goes back to
 * whoever sent it, and from the lead unit back to the assigning authority.
 */
export interface Custody {
  holder: Party;
  /** occurredAt of the entry that gave the holder custody. */
  heldSince: string;
  sinceEventId: string;
  /** When the holding unit acknowledged (TaskReceived); null until then. */
  receivedAt: string | null;
  senders: Party[];
  /** Returned by the lead unit to the assigning authority, which must assign it again. */
  withAssigningAuthority: boolean;
}

export interface Lead {
  unitId: string;
  coordinatingUnitIds: string[];
  responsiblePersonId: string | null;
}

export interface ConsultationAnswer {
  unitId: string;
  stance: Stance;
  eventId: string;
}

export interface Consultation {
  consultationId: string;
  requestEventId: string;
  unitIds: string[];
  replyDueAt: string | null;
  /** Every answer in order; a revision is appended, the latest per unit counts. */
  answers: ConsultationAnswer[];
}

export interface PendingSubmission {
  eventId: string;
  to: Party;
}

/** One recorded primary entry, as the compensating entries need to know it. */
export interface LedgerEntry {
  type: PrimaryTaskEventType;
  occurredAt: string;
  recordedFor: PersonInUnit;
  voided: boolean;
  corrections: number;
}

/** The state just before the latest state-changing entry, so that entry can be voided. */
export interface LatestChange {
  eventId: string;
  previous: AssignedTask;
}

export interface DossierProgress {
  promisedReturnBy: string | null;
  supplementRequests: number;
  /** The supplement request the applicant has not yet answered completely: the dossier is paused since then. */
  openSupplementRequest: { eventId: string; requestedAt: string } | null;
  resultReturned: boolean;
}

/** A reported difficulty and the entry that assessed it (null until assessed, or while its assessment is voided). */
export interface ReportedDifficulty {
  from: Party;
  assessmentEventId: string | null;
}

export type TaskKindState = { kind: 'task' } | { kind: 'dossier'; dossier: DossierProgress };

export type TaskRecord = TaskKindState & {
  taskId: string;
  title: string;
  category: string;
  source: SourceDocument;
  assigningAuthority: PersonInUnit;
  assignedAt: string;
  /** The first TaskAssigned: it creates the task and cannot be voided (cancel the task instead). */
  assignmentEventId: string;
  deadline: Deadline;
  lead: Lead;
  custody: Custody;
  consultations: Consultation[];
  pendingSubmission: PendingSubmission | null;
  reassignments: number;
  entries: Record<string, LedgerEntry>;
  latestChange: LatestChange | null;
  /** Difficulty reports by event id; voided ones stay here, the ledger says they are voided. */
  difficulties: Record<string, ReportedDifficulty>;
  /** Recorded protected initiatives: initiativeId → the InitiativeRecorded event id. */
  initiatives: Record<string, string>;
};

export interface InitialTask {
  status: 'initial';
}

export type OpenTask = TaskRecord & { status: 'open' };

export type CompletedTask = TaskRecord & {
  status: 'completed';
  completion: { eventId: string; completedAt: string; by: Party; result: string };
};

export type CancelledTask = TaskRecord & {
  status: 'cancelled';
  cancellation: { eventId: string; cancelledAt: string; reason: string };
};

export type AssignedTask = OpenTask | CompletedTask | CancelledTask;
export type TaskState = InitialTask | AssignedTask;

export const initialState = (): TaskState => ({ status: 'initial' });
