import { covers, END_OF_TIME, previousDay, type DateInterval } from './date-interval';
import type { LocalDate } from './org-values';
import { nameOn, type EstablishedUnit } from './unit-state';

/** Whether a unit existed on a date; when not, why (for 422 answers that name the unit and the reason). */
export type UnitActivity =
  | { active: true }
  | { active: false; reason: 'unknown'; detail: string }
  | { active: false; reason: 'not_yet_established'; validFrom: LocalDate; detail: string }
  | { active: false; reason: 'merged'; effectiveOn: LocalDate; successorUnitId: string; detail: string }
  | { active: false; reason: 'dissolved'; effectiveOn: LocalDate; detail: string };

export type PersonActivity =
  | { active: true }
  | { active: false; reason: 'unknown'; detail: string }
  | { active: false; reason: 'never_appointed'; detail: string }
  | { active: false; reason: 'not_yet_appointed'; firstFrom: LocalDate; detail: string }
  | { active: false; reason: 'no_longer_appointed'; lastDay: LocalDate; detail: string };

/** What the deciders need to know about other streams. The timeline answers it (eventually consistent). */
export interface OrganisationLookup {
  unitActivity(unitId: string, date: LocalDate): UnitActivity;
  /** Could `ancestorId` be above `unitId` on the date or any later day, through any recorded parent? */
  mayBeAncestorFrom(ancestorId: string, unitId: string, date: LocalDate): boolean;
  subunitsOn(unitId: string, date: LocalDate): string[];
  hasPerson(personId: string): boolean;
  personWithOfficialCode(officialCode: string): string | undefined;
}

export function unitActivityOf(unit: EstablishedUnit | undefined, unitId: string, date: LocalDate): UnitActivity {
  if (unit === undefined) return { active: false, reason: 'unknown', detail: `Không tìm thấy đơn vị "${unitId}".` };
  if (date < unit.validFrom) {
    const detail = `Đơn vị "${nameOn(unit, unit.validFrom)}" chưa được thành lập vào ngày ${date} (thành lập từ ${unit.validFrom}).`;
    return { active: false, reason: 'not_yet_established', validFrom: unit.validFrom, detail };
  }
  const end = unit.end;
  if (end === null || date < end.effectiveOn) return { active: true };
  const name = nameOn(unit, previousDay(end.effectiveOn));
  if (end.kind === 'merged') {
    const detail = `Đơn vị "${name}" đã được sáp nhập vào đơn vị "${end.successorUnitId}" từ ngày ${end.effectiveOn}.`;
    return { active: false, reason: 'merged', effectiveOn: end.effectiveOn, successorUnitId: end.successorUnitId, detail };
  }
  return {
    active: false,
    reason: 'dissolved',
    effectiveOn: end.effectiveOn,
    detail: `Đơn vị "${name}" đã giải thể từ ngày ${end.effectiveOn}.`,
  };
}

/** Active on a date = registered and holding an appointment, an acting headship or a delegation that day. */
export function personActivityOf(
  fullName: string | undefined,
  personId: string,
  terms: readonly DateInterval[],
  date: LocalDate,
): PersonActivity {
  if (fullName === undefined) return { active: false, reason: 'unknown', detail: `Không tìm thấy cán bộ "${personId}".` };
  if (terms.some((term) => covers(term, date))) return { active: true };
  if (terms.length === 0)
    return { active: false, reason: 'never_appointed', detail: `Cán bộ ${fullName} chưa được bổ nhiệm vào đơn vị nào.` };
  const firstFrom = terms.reduce((first, term) => (term.from < first ? term.from : first), END_OF_TIME);
  if (date < firstFrom) {
    return {
      active: false,
      reason: 'not_yet_appointed',
      firstFrom,
      detail: `Cán bộ ${fullName} chưa nhận nhiệm vụ vào ngày ${date} (bắt đầu từ ${firstFrom}).`,
    };
  }
  const lastDay = terms.reduce((last, term) => (term.to !== null && term.to < date && term.to > last ? term.to : last), firstFrom);
  return {
    active: false,
    reason: 'no_longer_appointed',
    lastDay,
    detail: `Cán bộ ${fullName} không giữ chức vụ nào vào ngày ${date} (ngày công tác cuối ${lastDay}).`,
  };
}
