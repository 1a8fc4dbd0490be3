export type {
  AnswerConsultation,
  AssessDifficulty,
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
  ReceiveSupplement,
  ReceiveTask,
  RecordInitiative,
  ReopenTask,
  ReportDifficulty,
  ReassignTask,
  RecordDeadlineLapse,
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
  DifficultyAssessed,
  DifficultyReported,
  EntryCorrected,
  EntryVoided,
  InitiativeRecorded,
  PrimaryTaskEvent,
  PrimaryTaskEventType,
  ReassignmentProposed,
  RecordedTaskEvent,
  ResultReturned,
  SubmittedToSuperior,
  SuperiorDirected,
  SupplementReceived,
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
export { NOTE_EVENT_TYPES, PRIMARY_TASK_EVENT_TYPES, TASK_ENTRY_EVENT_TYPES, TASK_EVENT_TYPES } from './task.events';
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
  ReportedDifficulty,
  TaskKindState,
  TaskRecord,
  TaskState,
} from './task-state';
export { initialState } from './task-state';
export type { Deadline, InitiativeEffect, Party, PersonInUnit, ReturnReasonCode, SourceDocument, Stance, TaskKind } from './task-values';
export { INITIATIVE_EFFECTS, RETURN_REASON_CODES, STANCES } from './task-values';
export type { TaskDeciderOptions } from './task.decider';
export { createTaskDecider, taskDecider } from './task.decider';
export { evolve } from './task.evolve';
export type { EntryInForce } from './entries-in-force';
export { entriesInForce } from './entries-in-force';
export { taskIdOfStream, taskStreamId } from './task-stream';
export * from './task.errors';
export * from './entry.errors';
export * from './assessment.errors';
export { TASK_CATEGORY_LABELS, taskCategoryLabel } from './task-category.labels';
