import { assertNever, parseInstant, type Official } from '@lib/domain/core';
import type { InitiativeRecorded, Party, PrimaryTaskEventType, RecordedTaskEvent, ReturnReasonCode } from '@lib/domain/task';

/** A recorded task event as the store hands it over; `globalPosition` is kept as evidence when present. */
export type CustodySourceEvent = RecordedTaskEvent & { readonly globalPosition?: number };

/** A holder or counterpart with the person made explicit: `personId: null` when only the unit is known. */
export interface Holder {
  unitId: string;
  personId: string | null;
}

/** What a primary entry does to custody, the deadline or closure; `act` changes none of them. */
export type CustodyChange =
  | { kind: 'assigned'; lead: Holder; authority: Holder; dueAt: string | null; reassignment: boolean }
  | { kind: 'delegated'; to: Holder }
  | { kind: 'transferred'; from: Holder; to: Holder }
  | { kind: 'returned'; from: Holder; to: Holder; toAssigningAuthority: boolean; reasonCode: ReturnReasonCode }
  | { kind: 'deadline_extended'; dueAt: string | null }
  | { kind: 'completed'; by: Holder }
  | { kind: 'cancelled' }
  | { kind: 'reopened' }
  | { kind: 'act' };

export type CustodyChangeKind = CustodyChange['kind'];

/** One primary entry of the task, reduced to what custody needs. */
export interface CustodyEntry {
  eventId: string;
  type: PrimaryTaskEventType;
  occurredAt: string;
  /** occurredAt in epoch milliseconds. */
  atMs: number;
  globalPosition: number | null;
  /** The official the entry was recorded for: `onBehalfOf` when a clerk recorded it, else the actor. */
  official: Official;
  change: CustodyChange;
  /** On a DifficultyAssessed or InitiativeRecorded only: what it may excuse in the attribution (see exemptions.ts). */
  exemption?: ExemptionSource;
}

/** What an entry contributes to the exemptions of the attribution. */
export type ExemptionSource =
  | { kind: 'difficulty_assessed'; difficultyEventId: string; accepted: boolean; reportedBy: Holder }
  | ({ kind: 'initiative_recorded' } & Omit<InitiativeRecorded['data'], 'note'>);

/** The compensating entry that voided an earlier one. */
export interface VoidingEntry {
  eventId: string;
  occurredAt: string;
  globalPosition: number | null;
  reason: string;
  official: Official;
}

function holderOf(party: Party): Holder {
  return { unitId: party.unitId, personId: party.personId ?? null };
}

/** The custody meaning of a primary event; null for compensating entries (handled by the log) and lapse marks. */
export function custodyEntryOf(event: CustodySourceEvent): CustodyEntry | null {
  const change = changeOf(event);
  if (change === null) return null;
  const { metadata } = event;
  const entry: CustodyEntry = {
    eventId: metadata.eventId,
    type: event.type as PrimaryTaskEventType,
    occurredAt: metadata.occurredAt,
    atMs: parseInstant(metadata.occurredAt, 'occurredAt'),
    globalPosition: event.globalPosition ?? null,
    official: officialOf(metadata.onBehalfOf ?? metadata.actor),
    change,
  };
  const exemption = exemptionSourceOf(event);
  return exemption === null ? entry : { ...entry, exemption };
}

function exemptionSourceOf(event: CustodySourceEvent): ExemptionSource | null {
  if (event.type === 'DifficultyAssessed') {
    const { difficultyEventId, accepted, reportedBy } = event.data;
    return { kind: 'difficulty_assessed', difficultyEventId, accepted, reportedBy: holderOf(reportedBy) };
  }
  if (event.type === 'InitiativeRecorded') {
    const { initiativeId, decisionNumber, decisionDate, personIds, from, to, effect } = event.data;
    return { kind: 'initiative_recorded', initiativeId, decisionNumber, decisionDate, personIds: [...personIds], from, to, effect };
  }
  return null;
}

export function voidingEntryOf(event: CustodySourceEvent & { type: 'EntryVoided' }): VoidingEntry {
  const { metadata } = event;
  return {
    eventId: metadata.eventId,
    occurredAt: metadata.occurredAt,
    globalPosition: event.globalPosition ?? null,
    reason: event.data.reason,
    official: officialOf(metadata.onBehalfOf ?? metadata.actor),
  };
}

function officialOf(official: Official): Official {
  const { personId, unitId, actingForUnitIds } = official;
  return actingForUnitIds === undefined || actingForUnitIds.length === 0
    ? { personId, unitId }
    : { personId, unitId, actingForUnitIds: [...actingForUnitIds] };
}

function changeOf(event: CustodySourceEvent): CustodyChange | null {
  switch (event.type) {
    case 'TaskAssigned': {
      const { data } = event;
      return {
        kind: 'assigned',
        lead: { unitId: data.leadUnitId, personId: data.responsiblePersonId },
        authority: { unitId: data.assigningAuthority.unitId, personId: data.assigningAuthority.personId },
        dueAt: data.deadline.dueAt,
        reassignment: data.reassignment,
      };
    }
    case 'TaskDelegated':
      return { kind: 'delegated', to: { unitId: event.data.unitId, personId: event.data.personId } };
    case 'TaskTransferred':
      return { kind: 'transferred', from: holderOf(event.data.from), to: holderOf(event.data.to) };
    case 'TaskReturned':
      return {
        kind: 'returned',
        from: holderOf(event.data.from),
        to: holderOf(event.data.to),
        toAssigningAuthority: event.data.toAssigningAuthority,
        reasonCode: event.data.reasonCode,
      };
    case 'DeadlineExtended':
      return { kind: 'deadline_extended', dueAt: event.data.deadline.dueAt };
    case 'TaskCompleted':
      return { kind: 'completed', by: holderOf(event.data.by) };
    case 'TaskCancelled':
      return { kind: 'cancelled' };
    case 'TaskReopened':
      return { kind: 'reopened' };
    case 'TaskReceived':
    case 'TaskCommented':
    case 'ConsultationRequested':
    case 'ConsultationAnswered':
    case 'SubmittedToSuperior':
    case 'SuperiorDirected':
    case 'ReassignmentProposed':
    case 'DifficultyReported':
    case 'SupplementRequested':
    case 'SupplementReceived':
    case 'AppointmentIssued':
    case 'ResultReturned':
    case 'ApologyIssued':
    case 'DifficultyAssessed':
    case 'InitiativeRecorded':
      return { kind: 'act' };
    case 'EntryCorrected':
    case 'EntryVoided':
    case 'DeadlineLapsed':
      return null;
    default:
      return assertNever(event);
  }
}
