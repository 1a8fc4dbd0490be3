import type { LocalDate } from '@lib/domain/calendar';
import type { FindingExemption, FindingParty, ProtectedInitiative } from './finding.types';

export const PROTECTED_INITIATIVE_BASIS =
  'Nghị định 73/2023/NĐ-CP về khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám đột phá, ' +
  'dám chịu trách nhiệm vì lợi ích chung.';

/** The first initiative (in the order given) covering a finding on this task, day and persons. */
export function exemptionFor(
  initiatives: readonly ProtectedInitiative[],
  taskId: string,
  on: LocalDate,
  responsible: readonly FindingParty[],
): FindingExemption | null {
  const initiative = initiatives.find(
    (candidate) =>
      candidate.taskId === taskId &&
      candidate.from <= on &&
      (candidate.to === null || on <= candidate.to) &&
      (candidate.personIds.length === 0 || responsible.some((party) => party.personId !== null && candidate.personIds.includes(party.personId))),
  );
  if (initiative === undefined) return null;
  const effect = initiative.effect === 'exempt' ? 'được miễn trách nhiệm' : 'được xem xét giảm nhẹ trách nhiệm';
  return {
    initiativeId: initiative.initiativeId,
    decisionReference: initiative.decisionReference,
    effect: initiative.effect,
    basis: PROTECTED_INITIATIVE_BASIS,
    note: `Nhiệm vụ thực hiện theo sáng kiến được bảo vệ theo Nghị định 73/2023/NĐ-CP (${initiative.decisionReference}): ${effect}.`.normalize('NFC'),
  };
}
