import type {
  AssignedTask,
  Deadline,
  Party,
  PersonInUnit,
  PrimaryTaskEventType,
  SourceDocument,
  Stance,
  TaskState,
} from '@lib/domain/task';

// What GET /tasks/{id} answers: a view defined for the API, mapped field by field from the decider's state, so
// the decider may reshape its state without changing the HTTP contract. The fields are today's.

export interface CustodyView {
  holder: Party;
  heldSince: string;
  sinceEventId: string;
  receivedAt: string | null;
  senders: Party[];
  withAssigningAuthority: boolean;
}

export interface ConsultationView {
  consultationId: string;
  requestEventId: string;
  unitIds: string[];
  replyDueAt: string | null;
  answers: Array<{ unitId: string; stance: Stance; eventId: string }>;
}

export interface EntryView {
  type: PrimaryTaskEventType;
  occurredAt: string;
  recordedFor: PersonInUnit;
  voided: boolean;
  corrections: number;
}

export interface DossierView {
  promisedReturnBy: string | null;
  supplementRequests: number;
  openSupplementRequest: { eventId: string; requestedAt: string } | null;
  resultReturned: boolean;
}

interface AssignedTaskFields {
  taskId: string;
  title: string;
  category: string;
  source: SourceDocument;
  assigningAuthority: PersonInUnit;
  assignedAt: string;
  assignmentEventId: string;
  deadline: Deadline;
  lead: { unitId: string; coordinatingUnitIds: string[]; responsiblePersonId: string | null };
  custody: CustodyView;
  consultations: ConsultationView[];
  pendingSubmission: { eventId: string; to: Party } | null;
  reassignments: number;
  entries: Record<string, EntryView>;
  latestChange: { eventId: string; previous: AssignedTaskView } | null;
  difficulties: Record<string, { from: Party; assessmentEventId: string | null }>;
  initiatives: Record<string, string>;
  kind: 'task' | 'dossier';
  dossier?: DossierView;
}

export type AssignedTaskView = AssignedTaskFields &
  (
    | { status: 'open' }
    | { status: 'completed'; completion: { eventId: string; completedAt: string; by: Party; result: string } }
    | { status: 'cancelled'; cancellation: { eventId: string; cancelledAt: string; reason: string } }
  );

/** The task as GET /tasks/{id} shows it, with the stream version a conditional command expects. */
export type TaskView = ({ status: 'initial' } | AssignedTaskView) & { streamVersion: number };

export function taskViewOf(state: TaskState, streamVersion: number): TaskView {
  return state.status === 'initial' ? { status: 'initial', streamVersion } : { ...assignedTaskViewOf(state), streamVersion };
}

function assignedTaskViewOf(task: AssignedTask): AssignedTaskView {
  const fields: AssignedTaskFields = {
    taskId: task.taskId,
    title: task.title,
    category: task.category,
    source: task.source,
    assigningAuthority: task.assigningAuthority,
    assignedAt: task.assignedAt,
    assignmentEventId: task.assignmentEventId,
    deadline: task.deadline,
    lead: {
      unitId: task.lead.unitId,
      coordinatingUnitIds: task.lead.coordinatingUnitIds,
      responsiblePersonId: task.lead.responsiblePersonId,
    },
    custody: {
      holder: task.custody.holder,
      heldSince: task.custody.heldSince,
      sinceEventId: task.custody.sinceEventId,
      receivedAt: task.custody.receivedAt,
      senders: task.custody.senders,
      withAssigningAuthority: task.custody.withAssigningAuthority,
    },
    consultations: task.consultations.map((consultation) => ({
      consultationId: consultation.consultationId,
      requestEventId: consultation.requestEventId,
      unitIds: consultation.unitIds,
      replyDueAt: consultation.replyDueAt,
      answers: consultation.answers.map(({ unitId, stance, eventId }) => ({ unitId, stance, eventId })),
    })),
    pendingSubmission: task.pendingSubmission === null ? null : { eventId: task.pendingSubmission.eventId, to: task.pendingSubmission.to },
    reassignments: task.reassignments,
    entries: Object.fromEntries(
      Object.entries(task.entries).map(([eventId, entry]) => [
        eventId,
        {
          type: entry.type,
          occurredAt: entry.occurredAt,
          recordedFor: entry.recordedFor,
          voided: entry.voided,
          corrections: entry.corrections,
        },
      ]),
    ),
    latestChange:
      task.latestChange === null ? null : { eventId: task.latestChange.eventId, previous: assignedTaskViewOf(task.latestChange.previous) },
    difficulties: Object.fromEntries(
      Object.entries(task.difficulties).map(([eventId, difficulty]) => [
        eventId,
        { from: difficulty.from, assessmentEventId: difficulty.assessmentEventId },
      ]),
    ),
    initiatives: { ...task.initiatives },
    kind: task.kind,
    ...(task.kind === 'dossier' ? { dossier: dossierViewOf(task.dossier) } : {}),
  };
  switch (task.status) {
    case 'open':
      return { status: 'open', ...fields };
    case 'completed':
      return { status: 'completed', ...fields, completion: { ...task.completion } };
    case 'cancelled':
      return { status: 'cancelled', ...fields, cancellation: { ...task.cancellation } };
  }
}

function dossierViewOf(dossier: DossierView): DossierView {
  return {
    promisedReturnBy: dossier.promisedReturnBy,
    supplementRequests: dossier.supplementRequests,
    openSupplementRequest: dossier.openSupplementRequest === null ? null : { ...dossier.openSupplementRequest },
    resultReturned: dossier.resultReturned,
  };
}
