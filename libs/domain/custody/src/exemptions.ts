import { present } from '@lib/domain/core';
import { type LocalDate, localDateOf, vnDate } from '@lib/domain/calendar';
import type { CustodyEntry, ExemptionSource, Holder } from './custody-entry';
import type { LineExemption, ResponsibilityLine } from './responsibility-line';

/** An exemption in force on the task, and whom it covers. */
export interface TaskExemption {
  kind: LineExemption['kind'];
  effect: LineExemption['effect'];
  eventIds: string[];
  note: string;
  /** objective_cause: the reporting holder; protected_initiative: the named persons within [from, to]. */
  reporter: Holder | null;
  personIds: readonly string[];
  from: LocalDate | null;
  to: LocalDate | null;
}

type Sourced<K extends ExemptionSource['kind']> = CustodyEntry & { exemption: Extract<ExemptionSource, { kind: K }> };

/**
 * The exemptions among the entries in force (not voided, occurred by the timeline's instant): every accepted
 * `DifficultyAssessed` of a difficulty still in force, and every `InitiativeRecorded`. Initiatives first.
 */
export function exemptionsOf(entries: readonly CustodyEntry[]): TaskExemption[] {
  const inForce = new Set(entries.map((entry) => entry.eventId));
  const initiatives = entries
    .filter((entry): entry is Sourced<'initiative_recorded'> => entry.exemption?.kind === 'initiative_recorded')
    .map(({ eventId, exemption: source }): TaskExemption => {
      const reference = `Quyết định số ${source.decisionNumber} ngày ${vnDate(source.decisionDate)}`;
      const effect =
        source.effect === 'exempt' ? 'được miễn trách nhiệm đối với các ngày thuộc phạm vi sáng kiến' : 'được xem xét giảm nhẹ trách nhiệm';
      return {
        kind: 'protected_initiative',
        effect: source.effect,
        eventIds: [eventId],
        note: `Thực hiện theo sáng kiến được bảo vệ theo Nghị định 73/2023/NĐ-CP (${reference}): ${effect}.`.normalize('NFC'),
        reporter: null,
        personIds: source.personIds,
        from: source.from,
        to: source.to,
      };
    });
  const causes = entries
    .filter((entry): entry is Sourced<'difficulty_assessed'> => entry.exemption?.kind === 'difficulty_assessed')
    .filter((entry) => entry.exemption.accepted && inForce.has(entry.exemption.difficultyEventId))
    .map(({ eventId, atMs, exemption: source }): TaskExemption => ({
      kind: 'objective_cause',
      effect: 'excused',
      eventIds: [source.difficultyEventId, eventId],
      note:
        `Nguyên nhân khách quan đã được cấp có thẩm quyền xác nhận ngày ${vnDate(localDateOf(atMs))} (Nghị định 335/2025/NĐ-CP): ` +
        'không trừ điểm tiến độ; số ngày chậm vẫn được ghi nhận.',
      reporter: source.reportedBy,
      personIds: [],
      from: null,
      to: null,
    }));
  return [...initiatives, ...causes];
}

/**
 * A holder-based line with the first exemption that covers it: an initiative naming the line's person on some
 * of its days (with `exempt`, those days leave the line), else an accepted objective cause of the same holder.
 */
export function withExemption(line: ResponsibilityLine, exemptions: readonly TaskExemption[]): ResponsibilityLine {
  for (const exemption of exemptions) {
    if (exemption.kind === 'protected_initiative') {
      const personId = line.party.personId;
      if (personId === null || !exemption.personIds.includes(personId)) continue;
      const from = present(exemption.from, 'the first day of the exemption');
      const covered = line.days.filter((day) => from <= day && (exemption.to === null || day <= exemption.to));
      if (covered.length === 0) continue;
      if (exemption.effect !== 'exempt') return { ...line, exemption: lineExemption(exemption, []) };
      const days = line.days.filter((day) => !covered.includes(day));
      return { ...line, days, workingDays: days.length, exemption: lineExemption(exemption, covered) };
    }
    if (exemption.reporter !== null && reportedBy(line, exemption.reporter)) return { ...line, exemption: lineExemption(exemption, []) };
  }
  return line;
}

function reportedBy(line: ResponsibilityLine, reporter: Holder): boolean {
  if (reporter.personId !== null) return line.party.resolvedAs === 'holder' && line.party.personId === reporter.personId;
  return line.party.unitId === reporter.unitId && line.party.resolvedAs !== 'holder';
}

function lineExemption(exemption: TaskExemption, waivedDays: LocalDate[]): LineExemption {
  return { kind: exemption.kind, effect: exemption.effect, eventIds: [...exemption.eventIds], waivedDays, note: exemption.note };
}
