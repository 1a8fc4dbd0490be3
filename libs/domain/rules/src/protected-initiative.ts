import { type LocalDate, vnDate } from '@lib/domain/calendar';
import type { FindingExemption, FindingParty, ProtectedInitiative } from './finding.types';
import { entriesOfType, type TaskHistory } from './task-history';

const PROTECTED_INITIATIVE_BASIS =
  'Nghị định 73/2023/NĐ-CP về khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám đột phá, ' +
  'dám chịu trách nhiệm vì lợi ích chung.';

/**
 * The initiatives recorded on the task (`InitiativeRecorded`, by its assigning authority) in force as of the
 * history's instant: not voided, recorded by then, corrections applied. Stream order.
 */
export function recordedInitiativesOf(history: TaskHistory): ProtectedInitiative[] {
  return entriesOfType(history, 'InitiativeRecorded').map(({ eventId, event: { data } }) => ({
    initiativeId: data.initiativeId,
    eventId,
    taskId: history.taskId,
    personIds: [...data.personIds],
    from: data.from,
    to: data.to,
    decisionReference: `Quyết định số ${data.decisionNumber} ngày ${vnDate(data.decisionDate)}`.normalize('NFC'),
    effect: data.effect,
  }));
}

/** Whether an initiative covers a person on a day (an empty `personIds` covers everyone acting on the task). */
export function initiativeCovers(initiative: ProtectedInitiative, on: LocalDate, personId: string | null): boolean {
  return (
    initiative.from <= on &&
    (initiative.to === null || on <= initiative.to) &&
    (initiative.personIds.length === 0 || (personId !== null && initiative.personIds.includes(personId)))
  );
}

/** The first initiative (in the order given) covering a finding on this task, day and persons. */
export function exemptionFor(
  initiatives: readonly ProtectedInitiative[],
  taskId: string,
  on: LocalDate,
  responsible: readonly FindingParty[],
): FindingExemption | null {
  const initiative = initiatives.find(
    (candidate) => candidate.taskId === taskId && responsible.some((party) => initiativeCovers(candidate, on, party.personId)),
  );
  if (initiative === undefined) return null;
  const effect = initiative.effect === 'exempt' ? 'được miễn trách nhiệm' : 'được xem xét giảm nhẹ trách nhiệm';
  return {
    initiativeId: initiative.initiativeId,
    eventId: initiative.eventId,
    decisionReference: initiative.decisionReference,
    effect: initiative.effect,
    personIds: [...initiative.personIds],
    basis: PROTECTED_INITIATIVE_BASIS,
    note: `Nhiệm vụ thực hiện theo sáng kiến được bảo vệ theo Nghị định 73/2023/NĐ-CP (${initiative.decisionReference}): ${effect}.`.normalize(
      'NFC',
    ),
  };
}
