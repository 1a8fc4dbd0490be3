export type {
  AnswerConsultation,
  AssignTask,
  CancelTask,
  CommentOnTask,
  CompleteTask,
  CorrectEntry,
  DelegateTask,
  DirectTask,
  ExtendDeadline,
  IssueApology,
  IssueAppointment,
  ProposeReassignment,
  ReceiveTask,
  ReopenTask,
  ReportDifficulty,
  RequestConsultation,
  RequestSupplement,
  ReturnResult,
  ReturnTask,
  SubmitToSuperior,
  TaskCommand,
  TaskCommandType,
  TransferTask,
  VoidEntry,
} from './task.commands';
export type {
  ApologyIssued,
  AppointmentIssued,
  ConsultationAnswered,
  ConsultationRequested,
  DeadlineExtended,
  DeadlineLapsed,
  DifficultyReported,
  EntryCorrected,
  EntryVoided,
  PrimaryTaskEvent,
  PrimaryTaskEventType,
  ReassignmentProposed,
  RecordedTaskEvent,
  ResultReturned,
  SubmittedToSuperior,
  SuperiorDirected,
  SupplementRequested,
  TaskAssigned,
  TaskCancelled,
  TaskCommented,
  TaskCompleted,
  TaskDelegated,
  TaskEvent,
  TaskEventType,
  TaskReceived,
  TaskReopened,
  TaskReturned,
  TaskTransferred,
} from './task.events';
export { NOTE_EVENT_TYPES } from './task.events';
export type {
  AssignedTask,
  CancelledTask,
  CompletedTask,
  Consultation,
  ConsultationAnswer,
  Custody,
  DossierProgress,
  InitialTask,
  LatestChange,
  Lead,
  LedgerEntry,
  OpenTask,
  PendingSubmission,
  TaskKindState,
  TaskRecord,
  TaskState,
} from './task-state';
export { initialState } from './task-state';
export type { Deadline, Party, PersonInUnit, ReturnReasonCode, SourceDocument, Stance, TaskKind } from './task-values';
export { RETURN_REASON_CODES, STANCES } from './task-values';
export type { TaskDeciderOptions } from './task.decider';
export { createTaskDecider, decide, taskDecider } from './task.decider';
export { evolve } from './task.evolve';
export { taskStreamId } from './task-stream';
export * from './task.errors';
export * from './entry.errors';
