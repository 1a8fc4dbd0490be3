import type { DomainEvent, RecordedEvent } from '@lib/domain/core';
import type { Deadline, InitiativeEffect, Party, PersonInUnit, ReturnReasonCode, SourceDocument, Stance, TaskKind } from './task-values';

export type TaskAssigned = DomainEvent<
  'TaskAssigned',
  {
    taskId: string;
    kind: TaskKind;
    title: string;
    category: string;
    source: SourceDocument;
    assigningAuthority: PersonInUnit;
    leadUnitId: string;
    coordinatingUnitIds: string[];
    responsiblePersonId: string | null;
    deadline: Deadline;
    /** True when the authority assigns again after the task was returned to it. */
    reassignment: boolean;
    previousLeadUnitId: string | null;
  }
>;
export type TaskReceived = DomainEvent<'TaskReceived', { unitId: string }>;
export type TaskDelegated = DomainEvent<'TaskDelegated', { unitId: string; personId: string; previousPersonId: string | null }>;
export type TaskTransferred = DomainEvent<'TaskTransferred', { from: Party; to: Party; reason: string }>;
export type TaskReturned = DomainEvent<
  'TaskReturned',
  { from: Party; to: Party; toAssigningAuthority: boolean; reasonCode: ReturnReasonCode; reason: string | null }
>;
export type TaskCommented = DomainEvent<'TaskCommented', { content: string }>;
export type ConsultationRequested = DomainEvent<
  'ConsultationRequested',
  { consultationId: string; requestedBy: Party; unitIds: string[]; content: string | null; replyDueAt: string | null }
>;
export type ConsultationAnswered = DomainEvent<
  'ConsultationAnswered',
  { consultationId: string; unitId: string; stance: Stance; content: string | null; revision: boolean }
>;
export type SubmittedToSuperior = DomainEvent<
  'SubmittedToSuperior',
  { from: Party; to: Party; content: string | null; allConsultedAgreed: boolean }
>;
export type SuperiorDirected = DomainEvent<'SuperiorDirected', { submissionEventId: string; direction: string }>;
export type ReassignmentProposed = DomainEvent<'ReassignmentProposed', { from: Party; proposedUnitId: string | null; reason: string }>;
export type DifficultyReported = DomainEvent<'DifficultyReported', { from: Party; to: Party | null; content: string }>;
export type DeadlineExtended = DomainEvent<
  'DeadlineExtended',
  { previousDeadline: Deadline; deadline: Deadline; approvedBy: PersonInUnit; reason: string }
>;
export type TaskCompleted = DomainEvent<'TaskCompleted', { by: Party; result: string; outputDocument: SourceDocument | null }>;
export type TaskReopened = DomainEvent<'TaskReopened', { reason: string }>;
export type TaskCancelled = DomainEvent<'TaskCancelled', { reason: string }>;
export type SupplementRequested = DomainEvent<
  'SupplementRequested',
  { content: string; stage: string; legalBasis: string; approvedBy: PersonInUnit }
>;
/** The applicant's complete supplement for the open request: the lawful pause it began ends here. */
export type SupplementReceived = DomainEvent<'SupplementReceived', { requestEventId: string; content: string }>;
export type AppointmentIssued = DomainEvent<'AppointmentIssued', { returnBy: string }>;
export type ResultReturned = DomainEvent<'ResultReturned', { result: string }>;
export type ApologyIssued = DomainEvent<'ApologyIssued', { reason: string; newReturnBy: string }>;
/**
 * The competent authority's judgement of a reported difficulty (Decree 335/2025: an objective cause waives the
 * late-product deduction only once confirmed). `reportedBy` is the difficulty's `from`, copied so the entry
 * stands on its own in projections.
 */
export type DifficultyAssessed = DomainEvent<
  'DifficultyAssessed',
  { difficultyEventId: string; accepted: boolean; reason: string; assessedBy: PersonInUnit; reportedBy: Party }
>;
/** A task carried out under an initiative registered under Decree 73/2023/NĐ-CP, recorded by the assigning authority. */
export type InitiativeRecorded = DomainEvent<
  'InitiativeRecorded',
  {
    initiativeId: string;
    decisionNumber: string;
    /** LocalDate (yyyy-mm-dd) of the decision. */
    decisionDate: string;
    personIds: string[];
    /** LocalDates: the days the initiative covers; `to: null` open-ended. */
    from: string;
    to: string | null;
    effect: InitiativeEffect;
    note: string | null;
  }
>;
export type EntryCorrected = DomainEvent<
  'EntryCorrected',
  { originalEventId: string; originalType: PrimaryTaskEventType; reason: string; fields: Record<string, unknown> }
>;
export type EntryVoided = DomainEvent<'EntryVoided', { originalEventId: string; originalType: PrimaryTaskEventType; reason: string }>;

/** Events that record something that happened to the task (as opposed to compensating entries). */
export type PrimaryTaskEvent =
  | TaskAssigned
  | TaskReceived
  | TaskDelegated
  | TaskTransferred
  | TaskReturned
  | TaskCommented
  | ConsultationRequested
  | ConsultationAnswered
  | SubmittedToSuperior
  | SuperiorDirected
  | ReassignmentProposed
  | DifficultyReported
  | DeadlineExtended
  | TaskCompleted
  | TaskReopened
  | TaskCancelled
  | SupplementRequested
  | SupplementReceived
  | AppointmentIssued
  | ResultReturned
  | ApologyIssued
  | DifficultyAssessed
  | InitiativeRecorded;

/**
 * Recorded by the deadline watcher (no person acts): the instant a time-based rule's verdict changed with
 * nothing else recorded, so the trail shows when a deadline lapsed and projections judge as of it. It
 * changes nothing in the task; its id is name-based on the task, the instant and the rules, so a second
 * watcher or a restart appends nothing new.
 */
export type DeadlineLapsed = DomainEvent<'DeadlineLapsed', { taskId: string; lapseAt: string; ruleCodes: string[] }>;

export type TaskEvent = PrimaryTaskEvent | EntryCorrected | EntryVoided | DeadlineLapsed;
export type PrimaryTaskEventType = PrimaryTaskEvent['type'];
export type TaskEventType = TaskEvent['type'];
export type RecordedTaskEvent = RecordedEvent<TaskEvent>;

/** Every entry a person records, keyed so the compiler refuses a missing or unknown type. */
const PRIMARY_TASK_EVENT_TYPE_SET: Record<PrimaryTaskEventType, true> = {
  TaskAssigned: true,
  TaskReceived: true,
  TaskDelegated: true,
  TaskTransferred: true,
  TaskReturned: true,
  TaskCommented: true,
  ConsultationRequested: true,
  ConsultationAnswered: true,
  SubmittedToSuperior: true,
  SuperiorDirected: true,
  ReassignmentProposed: true,
  DifficultyReported: true,
  DeadlineExtended: true,
  TaskCompleted: true,
  TaskReopened: true,
  TaskCancelled: true,
  SupplementRequested: true,
  SupplementReceived: true,
  AppointmentIssued: true,
  ResultReturned: true,
  ApologyIssued: true,
  DifficultyAssessed: true,
  InitiativeRecorded: true,
};

/** The entries that record something that happened to the task, in the order of the union. */
export const PRIMARY_TASK_EVENT_TYPES = Object.keys(PRIMARY_TASK_EVENT_TYPE_SET) as readonly PrimaryTaskEventType[];

/** The primary entries and the compensating ones (corrections, voidings): everything a person records on a task. */
export const TASK_ENTRY_EVENT_TYPES: readonly Exclude<TaskEventType, 'DeadlineLapsed'>[] = [
  ...PRIMARY_TASK_EVENT_TYPES,
  'EntryCorrected',
  'EntryVoided',
];

const TASK_EVENT_TYPE_SET: Record<TaskEventType, true> = {
  ...PRIMARY_TASK_EVENT_TYPE_SET,
  EntryCorrected: true,
  EntryVoided: true,
  DeadlineLapsed: true,
};

/**
 * Every task event type, complete by construction (a `Record<TaskEventType, true>`): projections subscribe
 * to this list instead of keeping their own, so a new event cannot be silently left out of one.
 */
export const TASK_EVENT_TYPES = Object.keys(TASK_EVENT_TYPE_SET) as readonly TaskEventType[];

/** Entries that change nothing but the record itself: voidable at any time, they never rewind the state. */
export const NOTE_EVENT_TYPES: ReadonlySet<PrimaryTaskEventType> = new Set([
  'TaskCommented',
  'DifficultyReported',
  'ReassignmentProposed',
  'DifficultyAssessed',
  'InitiativeRecorded',
]);
