import type { CaseStatus, HandlingState } from './case.types';

/** A case's status as Home Affairs reads it, with the colour of its tag. */
export const CASE_STATUS_LOOK: Readonly<Record<CaseStatus, { label: string; colour: string }>> = {
  proposed: { label: 'Đã đề nghị', colour: '#ad4e00' },
  under_review: { label: 'Đang xem xét', colour: '#1f4e79' },
  decided: { label: 'Đã quyết định', colour: '#a8071a' },
  withdrawn: { label: 'Đã rút đề nghị', colour: '#595959' },
};

/** The forms of discipline of Decree 172/2025/NĐ-CP, by the API's codes. */
export const DISCIPLINE_FORM_LABELS = {
  khien_trach: 'Khiển trách',
  canh_cao: 'Cảnh cáo',
  cach_chuc: 'Cách chức',
  buoc_thoi_viec: 'Buộc thôi việc',
  bai_nhiem: 'Bãi nhiệm',
} as const;

export type DisciplineFormCode = keyof typeof DISCIPLINE_FORM_LABELS;

export function disciplineFormLabel(form: string): string {
  return form in DISCIPLINE_FORM_LABELS ? DISCIPLINE_FORM_LABELS[form as DisciplineFormCode] : form;
}

export function caseStatusLabel(status: string): string {
  return status in CASE_STATUS_LOOK ? CASE_STATUS_LOOK[status as CaseStatus].label : status;
}

/** The statutory time left for handling a case, as one phrase; `overdue` when the deadline has passed undecided. */
export interface TimeLeft {
  text: string;
  overdue: boolean;
}

/**
 * The API's days left (negative once past the deadline, null for a closed case) and handling state as what the
 * reader sees: "Còn 12 ngày", "Hết hạn hôm nay", "Quá hạn 3 ngày", or how a closed case ended.
 */
export function timeLeftOf(daysLeft: number | null, state: HandlingState | null): TimeLeft {
  if (state === 'decided_in_time') return { text: 'Đã quyết định trong thời hạn', overdue: false };
  if (state === 'decided_late') return { text: 'Đã quyết định quá thời hạn', overdue: true };
  if (state === 'withdrawn') return { text: 'Đã rút đề nghị', overdue: false };
  if (daysLeft === null) return { text: '—', overdue: false };
  if (daysLeft < 0) return { text: `Quá hạn ${-daysLeft} ngày`, overdue: true };
  if (daysLeft === 0) return { text: 'Hết hạn hôm nay', overdue: false };
  return { text: `Còn ${daysLeft} ngày`, overdue: false };
}
