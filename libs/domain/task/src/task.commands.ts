import type { DomainCommand } from '@lib/domain/core';
import type { Deadline, Party, PersonInUnit, SourceDocument, TaskKind } from './task-values';

export type AssignTask = DomainCommand<
  'AssignTask',
  {
    taskId: string;
    kind: TaskKind;
    title: string;
    category: string;
    source: SourceDocument;
    assigningAuthority: PersonInUnit;
    leadUnitId: string;
    coordinatingUnitIds: string[];
    responsiblePerson?: PersonInUnit;
    deadline: Deadline;
  }
>;
/**
 * The assigning authority gives a task waiting with it (returned) to another lead unit. What it does not
 * name stays as assigned: kind, title, category, source, coordinating units (less the new lead), deadline.
 */
export type ReassignTask = DomainCommand<'ReassignTask', { leadUnitId: string; responsiblePerson?: PersonInUnit; deadline?: Deadline }>;
/** The deadline watcher (no person acts) records the instant a time-based rule's verdict changed. */
export type RecordDeadlineLapse = DomainCommand<'RecordDeadlineLapse', { lapseAt: string; ruleCodes: string[] }>;
export type ReceiveTask = DomainCommand<'ReceiveTask', Record<string, never>>;
export type DelegateTask = DomainCommand<'DelegateTask', { person: PersonInUnit }>;
export type TransferTask = DomainCommand<'TransferTask', { to: Party; reason: string }>;
/** `reasonCode` is a string here: the decider checks it against the allowed codes. */
export type ReturnTask = DomainCommand<'ReturnTask', { reasonCode: string; reason?: string }>;
export type CommentOnTask = DomainCommand<'CommentOnTask', { content: string }>;
export type RequestConsultation = DomainCommand<
  'RequestConsultation',
  { consultationId: string; unitIds: string[]; content?: string; replyDueAt?: string }
>;
export type AnswerConsultation = DomainCommand<
  'AnswerConsultation',
  { consultationId: string; unitId: string; stance: string; content?: string }
>;
export type SubmitToSuperior = DomainCommand<'SubmitToSuperior', { to: Party; content?: string; allConsultedAgreed: boolean }>;
export type DirectTask = DomainCommand<'DirectTask', { direction: string }>;
export type ProposeReassignment = DomainCommand<'ProposeReassignment', { proposedUnitId?: string; reason: string }>;
export type ReportDifficulty = DomainCommand<'ReportDifficulty', { to?: Party; content: string }>;
export type ExtendDeadline = DomainCommand<'ExtendDeadline', { deadline: Deadline; reason: string }>;
export type CompleteTask = DomainCommand<'CompleteTask', { result: string; outputDocument?: SourceDocument }>;
export type ReopenTask = DomainCommand<'ReopenTask', { reason: string }>;
export type CancelTask = DomainCommand<'CancelTask', { reason: string }>;
export type RequestSupplement = DomainCommand<
  'RequestSupplement',
  { content: string; stage: string; legalBasis: string; approvedBy: PersonInUnit }
>;
export type ReceiveSupplement = DomainCommand<'ReceiveSupplement', { content: string }>;
export type IssueAppointment = DomainCommand<'IssueAppointment', { returnBy: string }>;
export type ReturnResult = DomainCommand<'ReturnResult', { result: string }>;
export type IssueApology = DomainCommand<'IssueApology', { reason: string; newReturnBy: string }>;
export type AssessDifficulty = DomainCommand<'AssessDifficulty', { difficultyEventId: string; accepted: boolean; reason: string }>;
/** `effect` is a string here: the decider checks it against the allowed effects. */
export type RecordInitiative = DomainCommand<
  'RecordInitiative',
  {
    initiativeId: string;
    decisionNumber: string;
    decisionDate: string;
    personIds: string[];
    from: string;
    to?: string | null;
    effect: string;
    note?: string | null;
  }
>;
export type CorrectEntry = DomainCommand<'CorrectEntry', { originalEventId: string; reason: string; fields: Record<string, unknown> }>;
export type VoidEntry = DomainCommand<'VoidEntry', { originalEventId: string; reason: string }>;

export type TaskCommand =
  | AssignTask
  | ReassignTask
  | RecordDeadlineLapse
  | ReceiveTask
  | DelegateTask
  | TransferTask
  | ReturnTask
  | CommentOnTask
  | RequestConsultation
  | AnswerConsultation
  | SubmitToSuperior
  | DirectTask
  | ProposeReassignment
  | ReportDifficulty
  | ExtendDeadline
  | CompleteTask
  | ReopenTask
  | CancelTask
  | RequestSupplement
  | ReceiveSupplement
  | IssueAppointment
  | ReturnResult
  | IssueApology
  | AssessDifficulty
  | RecordInitiative
  | CorrectEntry
  | VoidEntry;

export type TaskCommandType = TaskCommand['type'];
