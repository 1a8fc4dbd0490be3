import { assertNever, type RecordedEvent } from '@lib/domain/core';
import {
  NOTE_EVENT_TYPES,
  type EntryCorrected,
  type EntryVoided,
  type PrimaryTaskEvent,
  type RecordedTaskEvent,
  type TaskAssigned,
} from './task.events';
import type { AssignedTask, Custody, DossierProgress, LedgerEntry, OpenTask, TaskRecord, TaskState } from './task-state';
import type { Party } from './task-values';

type Recorded<E extends PrimaryTaskEvent | EntryCorrected | EntryVoided> = RecordedEvent<E>;

export function evolve(state: TaskState, event: RecordedTaskEvent): TaskState {
  if (state.status === 'initial') return event.type === 'TaskAssigned' ? created(event) : state;
  switch (event.type) {
    case 'DeadlineLapsed':
      return state;
    case 'EntryCorrected':
      return corrected(state, event);
    case 'EntryVoided':
      return voided(state, event);
    default: {
      const next = { ...applyPrimary(state, event), entries: { ...state.entries, [event.metadata.eventId]: ledgerEntry(event) } };
      return NOTE_EVENT_TYPES.has(event.type) ? next : { ...next, latestChange: { eventId: event.metadata.eventId, previous: state } };
    }
  }
}

function created(event: Recorded<TaskAssigned>): OpenTask {
  const { data, metadata } = event;
  const base = {
    status: 'open' as const,
    taskId: data.taskId,
    title: data.title,
    category: data.category,
    source: data.source,
    assigningAuthority: data.assigningAuthority,
    assignedAt: metadata.occurredAt,
    assignmentEventId: metadata.eventId,
    deadline: data.deadline,
    lead: leadOf(data),
    custody: custodyOfLead(event),
    consultations: [],
    pendingSubmission: null,
    reassignments: 0,
    entries: { [metadata.eventId]: ledgerEntry(event) },
    latestChange: null,
    difficulties: {},
    initiatives: {},
  };
  return data.kind === 'dossier'
    ? {
        ...base,
        kind: 'dossier',
        dossier: { promisedReturnBy: null, supplementRequests: 0, openSupplementRequest: null, resultReturned: false },
      }
    : { ...base, kind: 'task' };
}

function applyPrimary(state: AssignedTask, event: Recorded<PrimaryTaskEvent>): AssignedTask {
  const { metadata } = event;
  switch (event.type) {
    case 'TaskAssigned':
      return {
        ...state,
        deadline: event.data.deadline,
        lead: leadOf(event.data),
        custody: custodyOfLead(event),
        reassignments: state.reassignments + (event.data.reassignment ? 1 : 0),
      };
    case 'TaskReceived':
      return { ...state, custody: { ...state.custody, receivedAt: metadata.occurredAt } };
    case 'TaskDelegated': {
      const holder = { unitId: event.data.unitId, personId: event.data.personId };
      const isLead = holder.unitId === state.lead.unitId;
      return {
        ...state,
        custody: { ...state.custody, holder, heldSince: metadata.occurredAt, sinceEventId: metadata.eventId },
        lead: isLead ? { ...state.lead, responsiblePersonId: holder.personId } : state.lead,
      };
    }
    case 'TaskTransferred':
      return { ...state, custody: handedTo(event, event.data.to, [...state.custody.senders, state.custody.holder], false) };
    case 'TaskReturned':
      return {
        ...state,
        custody: handedTo(event, event.data.to, state.custody.senders.slice(0, -1), event.data.toAssigningAuthority),
      };
    case 'ConsultationRequested':
      return {
        ...state,
        consultations: [
          ...state.consultations,
          {
            consultationId: event.data.consultationId,
            requestEventId: metadata.eventId,
            unitIds: event.data.unitIds,
            replyDueAt: event.data.replyDueAt,
            answers: [],
          },
        ],
      };
    case 'ConsultationAnswered': {
      const answer = { unitId: event.data.unitId, stance: event.data.stance, eventId: metadata.eventId };
      return {
        ...state,
        consultations: state.consultations.map((consultation) =>
          consultation.consultationId === event.data.consultationId
            ? { ...consultation, answers: [...consultation.answers, answer] }
            : consultation,
        ),
      };
    }
    case 'SubmittedToSuperior':
      return { ...state, pendingSubmission: { eventId: metadata.eventId, to: event.data.to } };
    case 'SuperiorDirected':
      return { ...state, pendingSubmission: null };
    case 'DeadlineExtended':
      return { ...state, deadline: event.data.deadline };
    case 'TaskCompleted':
      return {
        ...recordOf(state),
        status: 'completed',
        completion: {
          eventId: metadata.eventId,
          completedAt: metadata.occurredAt,
          by: event.data.by,
          result: event.data.result,
        },
      };
    case 'TaskCancelled':
      return {
        ...recordOf(state),
        status: 'cancelled',
        cancellation: { eventId: metadata.eventId, cancelledAt: metadata.occurredAt, reason: event.data.reason },
      };
    case 'TaskReopened':
      return { ...recordOf(state), status: 'open' };
    case 'SupplementRequested':
      return withDossier(state, (dossier) => ({
        ...dossier,
        supplementRequests: dossier.supplementRequests + 1,
        openSupplementRequest: dossier.openSupplementRequest ?? { eventId: metadata.eventId, requestedAt: metadata.occurredAt },
      }));
    case 'SupplementReceived':
      return withDossier(state, (dossier) => ({ ...dossier, openSupplementRequest: null }));
    case 'AppointmentIssued':
      return withDossier(state, (dossier) => ({ ...dossier, promisedReturnBy: event.data.returnBy }));
    case 'ApologyIssued':
      return withDossier(state, (dossier) => ({ ...dossier, promisedReturnBy: event.data.newReturnBy }));
    case 'ResultReturned':
      return withDossier(state, (dossier) => ({ ...dossier, resultReturned: true, openSupplementRequest: null }));
    case 'DifficultyReported':
      return { ...state, difficulties: { ...state.difficulties, [metadata.eventId]: { from: event.data.from, assessmentEventId: null } } };
    case 'DifficultyAssessed': {
      const reported = state.difficulties[event.data.difficultyEventId];
      if (reported === undefined) return state;
      const assessed = { ...reported, assessmentEventId: metadata.eventId };
      return { ...state, difficulties: { ...state.difficulties, [event.data.difficultyEventId]: assessed } };
    }
    case 'InitiativeRecorded':
      return { ...state, initiatives: { ...state.initiatives, [event.data.initiativeId]: metadata.eventId } };
    case 'TaskCommented':
    case 'ReassignmentProposed':
      return state;
    default:
      return assertNever(event);
  }
}

function leadOf(data: TaskAssigned['data']): TaskRecord['lead'] {
  return {
    unitId: data.leadUnitId,
    coordinatingUnitIds: data.coordinatingUnitIds,
    responsiblePersonId: data.responsiblePersonId,
  };
}

function custodyOfLead({ data, metadata }: Recorded<TaskAssigned>): Custody {
  const holder: Party =
    data.responsiblePersonId === null ? { unitId: data.leadUnitId } : { unitId: data.leadUnitId, personId: data.responsiblePersonId };
  return {
    holder,
    heldSince: metadata.occurredAt,
    sinceEventId: metadata.eventId,
    receivedAt: null,
    senders: [],
    withAssigningAuthority: false,
  };
}

function handedTo(event: Recorded<PrimaryTaskEvent>, holder: Party, senders: Party[], withAssigningAuthority: boolean): Custody {
  return {
    holder,
    heldSince: event.metadata.occurredAt,
    sinceEventId: event.metadata.eventId,
    receivedAt: null,
    senders,
    withAssigningAuthority,
  };
}

function recordOf(task: AssignedTask): TaskRecord {
  switch (task.status) {
    case 'open': {
      const { status, ...record } = task;
      return record;
    }
    case 'completed': {
      const { status, completion, ...record } = task;
      return record;
    }
    case 'cancelled': {
      const { status, cancellation, ...record } = task;
      return record;
    }
    default:
      return assertNever(task);
  }
}

function withDossier(task: AssignedTask, change: (dossier: DossierProgress) => DossierProgress): AssignedTask {
  return task.kind === 'dossier' ? { ...task, dossier: change(task.dossier) } : task;
}

function ledgerEntry({ type, metadata }: Recorded<PrimaryTaskEvent>): LedgerEntry {
  const official = metadata.onBehalfOf ?? metadata.actor;
  return {
    type,
    occurredAt: metadata.occurredAt,
    recordedFor: { personId: official.personId, unitId: official.unitId },
    voided: false,
    corrections: 0,
  };
}

function corrected(task: AssignedTask, { data }: Recorded<EntryCorrected>): AssignedTask {
  const entry = task.entries[data.originalEventId];
  if (entry === undefined) return task;
  const entries = { ...task.entries, [data.originalEventId]: { ...entry, corrections: entry.corrections + 1 } };
  if (data.originalType !== 'TaskAssigned') return { ...task, entries };
  const fields = data.fields as Partial<Pick<TaskRecord, 'title' | 'category' | 'source'>>;
  return {
    ...task,
    entries,
    title: fields.title ?? task.title,
    category: fields.category ?? task.category,
    source: fields.source ?? task.source,
  };
}

/** Rewinds to the state before the voided change, keeping the ledger and later corrections of the assignment. */
function voided(task: AssignedTask, { data }: Recorded<EntryVoided>): AssignedTask {
  const entry = task.entries[data.originalEventId];
  if (entry === undefined) return task;
  const entries = { ...task.entries, [data.originalEventId]: { ...entry, voided: true } };
  const latest = task.latestChange;
  if (latest === null || latest.eventId !== data.originalEventId) return { ...task, entries };
  // Notes recorded after the voided change stay recorded (difficulties, assessments, initiatives).
  const notes = { difficulties: task.difficulties, initiatives: task.initiatives };
  return { ...latest.previous, ...notes, entries, title: task.title, category: task.category, source: task.source };
}
