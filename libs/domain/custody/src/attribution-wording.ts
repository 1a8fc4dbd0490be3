import { present } from '@lib/domain/core';
import { type LocalDate, vnDate } from '@lib/domain/calendar';

export const OVERDUE_HOLD_BASIS =
  'Quy tắc OVERDUE_HOLD (giữ nhiệm vụ quá hạn): Công văn 2128/UBND-TH của UBND thành phố Đà Nẵng; chỉ đạo của ' +
  'UBND tỉnh Thanh Hóa và UBND thành phố Hải Phòng về chấm dứt chậm trễ, kéo dài; yêu cầu "rõ người, rõ việc, ' +
  'rõ trách nhiệm, rõ thời gian hoàn thành".';

export const STEP_LIMIT_BASIS =
  'Thời hạn giải quyết của từng bước ghi trên Phiếu kiểm soát quá trình giải quyết hồ sơ ' +
  '(Nghị định 61/2018/NĐ-CP về cơ chế một cửa, một cửa liên thông).';

export const SUPERVISORY_BASIS =
  'Nguyên tắc thủ trưởng: người đứng đầu cơ quan, đơn vị chịu trách nhiệm về việc thực hiện nhiệm vụ của cấp dưới ' +
  'do mình quản lý; trách nhiệm này ghi riêng, không thay thế trách nhiệm cá nhân của người trực tiếp giữ nhiệm vụ.';

/** "(ngày 17/03/2026)" or "(từ 17/03/2026 đến 18/03/2026)". */
function span(days: readonly LocalDate[]): string {
  if (days.length === 0) return '';
  const first = vnDate(present(days[0], 'the first day'));
  const last = vnDate(present(days[days.length - 1], 'the last day'));
  return days.length === 1 ? ` (ngày ${first})` : ` (từ ${first} đến ${last})`;
}

export function heldAfterDeadline(days: readonly LocalDate[], unitOnly: boolean, headKnown: boolean): string {
  const held = `Giữ nhiệm vụ ${days.length} ngày làm việc sau hạn${span(days)}`;
  if (!unitOnly) return held;
  const who = headKnown ? 'người đứng đầu đơn vị chịu trách nhiệm' : 'đơn vị chưa có người đứng đầu được ghi nhận';
  return `Đơn vị ${held.charAt(0).toLowerCase()}${held.slice(1)} khi chưa phân công người xử lý; ${who}`;
}

export function heldBeyondStepLimit(days: readonly LocalDate[], limit: number, held: number, unitOnly: boolean): string {
  const text = `Giữ bước xử lý ${held} ngày làm việc, vượt thời hạn của bước (${limit} ngày làm việc) ${days.length} ngày${span(days)}`;
  return unitOnly ? `${text}; chưa phân công người xử lý, người đứng đầu đơn vị chịu trách nhiệm` : text;
}

export function supervising(individual: { workingDays: number; explanation: string }, days: readonly LocalDate[]): string {
  const prefix = 'Trách nhiệm người đứng đầu (nguyên tắc thủ trưởng)';
  return days.length === 0
    ? `${prefix} đối với cấp dưới: ${individual.explanation}`
    : `${prefix} đối với ${days.length} ngày làm việc chậm của cấp dưới${span(days)}: ${individual.explanation}`;
}
