import { effectiveOfficial, leadsUnit, parseInstant, type CommandContext } from '@lib/domain/core';
import type { CorrectEntry, VoidEntry } from './task.commands';
import { NOTE_EVENT_TYPES, type EntryCorrected, type EntryVoided, type PrimaryTaskEvent, type PrimaryTaskEventType } from './task.events';
import {
  EntryAlreadyVoidedError,
  EntryNotVoidableError,
  FieldNotCorrectableError,
  NotAuthorizedToAmendError,
  UnknownEntryError,
  VoidNotLatestChangeError,
} from './entry.errors';
import { RequiredTextMissingError } from './task.errors';
import { requireText } from './task-guards';
import type { AssignedTask, LedgerEntry } from './task-state';

/**
 * Fields a correction may change: descriptive ones only. Fields the state or custody
 * depend on (parties, codes, stances, deadlines, promised dates) are fixed by voiding
 * the entry and recording it again.
 */
const CORRECTABLE_FIELDS: { readonly [T in PrimaryTaskEventType]: readonly CorrectableField<T>[] } = {
  TaskAssigned: ['title', 'category', 'source'],
  TaskReceived: [],
  TaskDelegated: [],
  TaskTransferred: ['reason'],
  TaskReturned: ['reason'],
  TaskCommented: ['content'],
  ConsultationRequested: ['content', 'replyDueAt'],
  ConsultationAnswered: ['content'],
  SubmittedToSuperior: ['content', 'allConsultedAgreed'],
  SuperiorDirected: ['direction'],
  ReassignmentProposed: ['proposedUnitId', 'reason'],
  DifficultyReported: ['to', 'content'],
  DeadlineExtended: ['reason'],
  TaskCompleted: ['result', 'outputDocument'],
  TaskReopened: ['reason'],
  TaskCancelled: ['reason'],
  SupplementRequested: ['content', 'stage', 'legalBasis'],
  SupplementReceived: ['content'],
  AppointmentIssued: [],
  ResultReturned: ['result'],
  ApologyIssued: ['reason'],
  DifficultyAssessed: ['reason'],
  InitiativeRecorded: ['note'],
};

/** The data of a primary entry of type T. */
type EntryData<T extends PrimaryTaskEventType> = Extract<PrimaryTaskEvent, { type: T }>['data'];

/** A field of an entry's own data: a correction names fields of the entry it corrects, checked by the compiler here. */
export type CorrectableField<T extends PrimaryTaskEventType> = keyof EntryData<T> & string;

/** The fields a correction of an entry of this type may change. */
function correctableFieldsOf<T extends PrimaryTaskEventType>(type: T): readonly CorrectableField<T>[] {
  return CORRECTABLE_FIELDS[type];
}

const TEXT_FIELDS = new Set(['title', 'category', 'reason', 'content', 'direction', 'result', 'stage', 'legalBasis']);

export function correctEntry(command: CorrectEntry, task: AssignedTask): EntryCorrected[] {
  const { originalEventId, fields } = command.data;
  const entry = requireAmendable(task, originalEventId, command.context);
  const reason = requireText(command.data.reason, 'reason');
  const names = Object.keys(fields);
  if (names.length === 0) throw new RequiredTextMissingError('fields');
  for (const name of names) {
    if (!(correctableFieldsOf(entry.type) as readonly string[]).includes(name)) throw new FieldNotCorrectableError(name, entry.type);
    const value = fields[name];
    if (TEXT_FIELDS.has(name) && (typeof value !== 'string' || value.trim() === '')) throw new RequiredTextMissingError(name);
    if (name === 'replyDueAt' && value !== null) parseInstant(String(value), 'replyDueAt');
  }
  return [{ type: 'EntryCorrected', data: { originalEventId, originalType: entry.type, reason, fields } }];
}

/**
 * Voiding rewinds the state, so only the latest state-changing entry may be voided
 * (earlier ones after voiding the later ones, in reverse order); notes may be voided any time.
 */
export function voidEntry(command: VoidEntry, task: AssignedTask): EntryVoided[] {
  const { originalEventId } = command.data;
  const entry = requireAmendable(task, originalEventId, command.context);
  if (originalEventId === task.assignmentEventId) throw new EntryNotVoidableError(originalEventId);
  const latest = task.latestChange?.eventId ?? null;
  if (!NOTE_EVENT_TYPES.has(entry.type) && latest !== originalEventId) {
    throw new VoidNotLatestChangeError(originalEventId, latest);
  }
  const reason = requireText(command.data.reason, 'reason');
  return [{ type: 'EntryVoided', data: { originalEventId, originalType: entry.type, reason } }];
}

function requireAmendable(task: AssignedTask, originalEventId: string, context: CommandContext): LedgerEntry {
  const entry = task.entries[originalEventId];
  if (entry === undefined) throw new UnknownEntryError(originalEventId);
  if (entry.voided) throw new EntryAlreadyVoidedError(originalEventId);
  const official = effectiveOfficial(context);
  const authority = task.assigningAuthority;
  const mayAmend =
    official.personId === entry.recordedFor.personId ||
    leadsUnit(official, entry.recordedFor.unitId) ||
    official.personId === authority.personId ||
    leadsUnit(official, authority.unitId);
  if (!mayAmend) throw new NotAuthorizedToAmendError(official.personId, originalEventId);
  return entry;
}
