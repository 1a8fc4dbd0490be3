import { effectiveOfficial, leadsUnit, parseInstant, type Official } from '@lib/domain/core';
import {
  AssessmentBeforeDifficultyError,
  DifficultyAlreadyAssessedError,
  DifficultyVoidedError,
  InitiativeIdTakenError,
  InitiativePeriodInvalidError,
  InitiativePersonsRequiredError,
  InitiativeSelfProtectionError,
  InvalidInitiativeEffectError,
  NotDifficultyAssessorError,
  UnknownDifficultyError,
} from './assessment.errors';
import type { AssessDifficulty, RecordInitiative } from './task.commands';
import type { DifficultyAssessed, InitiativeRecorded } from './task.events';
import { optionalText, requireAssigningAuthority, requireText } from './task-guards';
import type { AssignedTask, ReportedDifficulty } from './task-state';
import { INITIATIVE_EFFECTS, type InitiativeEffect } from './task-values';

/**
 * The competent authority confirms (or not) the objective cause a holder reported (Decree 335/2025): the task's
 * assigning authority, or the head (or deputy) of the unit of a named reporting official: the head above the
 * holder, as far as the record knows the hierarchy. Never the official who reported it. Open or closed tasks
 * alike: the evaluation comes after the product.
 */
export function assessDifficulty(command: AssessDifficulty, task: AssignedTask): DifficultyAssessed[] {
  const { difficultyEventId } = command.data;
  const entry = task.entries[difficultyEventId];
  const reported = task.difficulties[difficultyEventId];
  if (entry === undefined || entry.type !== 'DifficultyReported' || reported === undefined)
    throw new UnknownDifficultyError(difficultyEventId);
  if (entry.voided) throw new DifficultyVoidedError(difficultyEventId);
  const official = effectiveOfficial(command.context);
  if (official.personId === entry.recordedFor.personId || !mayAssess(official, task, reported)) {
    throw new NotDifficultyAssessorError(official.personId, difficultyEventId);
  }
  const previous = reported.assessmentEventId;
  if (previous !== null && task.entries[previous]?.voided !== true) throw new DifficultyAlreadyAssessedError(difficultyEventId, previous);
  if (parseInstant(command.context.occurredAt, 'occurredAt') < parseInstant(entry.occurredAt, 'reportedAt')) {
    throw new AssessmentBeforeDifficultyError(command.context.occurredAt, entry.occurredAt);
  }
  const reason = requireText(command.data.reason, 'reason');
  return [
    {
      type: 'DifficultyAssessed',
      data: {
        difficultyEventId,
        accepted: command.data.accepted,
        reason,
        assessedBy: { unitId: official.unitId, personId: official.personId },
        reportedBy: reported.from,
      },
    },
  ];
}

function mayAssess(official: Official, task: AssignedTask, reported: ReportedDifficulty): boolean {
  const authority = task.assigningAuthority;
  if (official.personId === authority.personId || leadsUnit(official, authority.unitId)) return true;
  const reporter = reported.from.personId;
  return reporter !== undefined && reporter !== official.personId && leadsUnit(official, reported.from.unitId);
}

/**
 * Decree 73/2023/NĐ-CP: the task is carried out under a registered initiative. Recorded by the assigning
 * authority only (the lead unit's head may be a covered person, and must not exempt himself).
 */
export function recordInitiative(command: RecordInitiative, task: AssignedTask): InitiativeRecorded[] {
  const official = requireAssigningAuthority(task, command.context);
  const { data } = command;
  const initiativeId = requireText(data.initiativeId, 'initiativeId');
  const known = task.initiatives[initiativeId];
  if (known !== undefined && task.entries[known]?.voided !== true) throw new InitiativeIdTakenError(initiativeId);
  const decisionNumber = requireText(data.decisionNumber, 'decisionNumber');
  const decisionDate = requireLocalDate(data.decisionDate, 'decisionDate');
  const from = requireLocalDate(data.from, 'from');
  const to = data.to === undefined || data.to === null ? null : requireLocalDate(data.to, 'to');
  if (to !== null && to < from) throw new InitiativePeriodInvalidError('to', to);
  if (!isEffect(data.effect)) throw new InvalidInitiativeEffectError(String(data.effect));
  const personIds = [...new Set((data.personIds ?? []).map((id) => id.trim()).filter((id) => id !== ''))];
  if (personIds.length === 0) throw new InitiativePersonsRequiredError();
  if (personIds.includes(official.personId)) throw new InitiativeSelfProtectionError(official.personId);
  return [
    {
      type: 'InitiativeRecorded',
      data: {
        initiativeId,
        decisionNumber,
        decisionDate,
        personIds,
        from,
        to,
        effect: data.effect,
        note: optionalText(data.note ?? undefined),
      },
    },
  ];
}

function isEffect(value: string): value is InitiativeEffect {
  return (INITIATIVE_EFFECTS as readonly string[]).includes(value);
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function requireLocalDate(value: string, field: string): string {
  const match = LOCAL_DATE.exec(value ?? '');
  if (match === null) throw new InitiativePeriodInvalidError(field, value ?? null);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new InitiativePeriodInvalidError(field, value);
  }
  return value;
}
