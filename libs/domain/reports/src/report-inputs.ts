import type { DossierPause, Holder, ResponsibilityLine, TaskStatusView } from '@lib/domain/custody';
import type { RecordedTaskEvent } from '@lib/domain/task';
import type { FindingStatus } from '@lib/domain/finding-review';

/** One hold of the custody timeline, as the reports read it (a `CustodyInterval` fits). */
export interface ReportHold {
  holder: Holder;
  from: string;
  /** The end of the hold, or the instant the timeline is taken as of for the open hold. */
  end: string;
  open: boolean;
}

/** A dossier's lawful pause (a `DossierPause` fits): waiting for the applicant's supplement. */
export type ReportPause = Pick<DossierPause, 'requestEventId' | 'receivedEventId' | 'from' | 'to' | 'end' | 'open' | 'days'>;

export type ReportLine = Pick<ResponsibilityLine, 'party' | 'days' | 'eventIds' | 'basisCode' | 'ruleCode' | 'findingId'>;

/** One task folded as of the report's instant: custody, status, attribution and its recorded events. */
export interface ReportTask {
  taskId: string;
  title: string | null;
  holds: readonly ReportHold[];
  /** A dossier's pauses (none for a task). */
  pauses: readonly ReportPause[];
  status: Pick<TaskStatusView, 'status' | 'at' | 'dueAt' | 'workingDaysLate' | 'deadlineEventId' | 'closedBy'> | null;
  /** The party named on the completion entry, when the task is completed. */
  completedBy: Holder | null;
  individual: readonly ReportLine[];
  supervisory: readonly ReportLine[];
  /** The task's events in stream order (consultations, difficulties, voidings). */
  events: readonly RecordedTaskEvent[];
}

export interface ReportFinding {
  findingId: string;
  taskId: string;
  ruleCode: string;
  /** The date of the conduct. */
  on: string;
  status: FindingStatus;
  responsible: ReadonlyArray<{ unitId: string; personId: string | null }>;
  supervisory: ReadonlyArray<{ unitId: string; personId: string | null }>;
}
