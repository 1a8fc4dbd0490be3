import type { CaseStatus } from './case.types';

/** The steps Home Affairs may record on a case. */
export type CaseStepKind = 'review' | 'decide' | 'withdraw' | 'extend';

interface Reader {
  personId: string;
  roles: readonly string[];
}

/**
 * The step buttons a reader is offered on a case: only Home Affairs acts, never on their own case, and only the steps
 * the case's state admits (a proposed case goes under review or is withdrawn; a case under review is decided or
 * withdrawn; an open case's handling period may be extended while it is below the 150-day ceiling). A decided or
 * withdrawn case is final.
 */
export function caseStepsFor(
  reader: Reader | undefined,
  kase: { personId: string; status: CaseStatus; handling: { limitDays: number; maxDays: number } | null },
): CaseStepKind[] {
  if (!reader || !reader.roles.includes('home_affairs') || reader.personId === kase.personId) return [];
  const extendable = kase.handling !== null && kase.handling.limitDays < kase.handling.maxDays;
  const extend: CaseStepKind[] = extendable ? ['extend'] : [];
  if (kase.status === 'proposed') return ['review', 'withdraw', ...extend];
  if (kase.status === 'under_review') return ['decide', 'withdraw', ...extend];
  return [];
}

export const CASE_STEP_LOOK: Readonly<Record<CaseStepKind, { action: string; title: string; done: string }>> = {
  review: { action: 'Đưa ra xem xét', title: 'Đưa hồ sơ ra xem xét', done: 'Đã đưa hồ sơ ra xem xét.' },
  decide: { action: 'Ghi nhận quyết định', title: 'Ghi nhận quyết định kỷ luật', done: 'Đã ghi nhận quyết định kỷ luật.' },
  withdraw: { action: 'Rút đề nghị', title: 'Rút đề nghị kỷ luật', done: 'Đã rút đề nghị kỷ luật.' },
  extend: { action: 'Gia hạn xử lý', title: 'Gia hạn thời hạn xử lý kỷ luật', done: 'Đã gia hạn thời hạn xử lý.' },
};
