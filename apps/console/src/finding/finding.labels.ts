import type { NoReviewReason, ReviewDecision } from './review-permission';

/** Whether the rules still detect the finding, as an inspector reads it. */
export const DETECTION_LABELS = {
  active: 'Quy tắc vẫn phát hiện',
  held: 'Giữ lại chờ thanh tra (chứng cứ bị hủy hoặc đính chính bởi người có tên)',
  superseded: 'Không còn phát hiện (chứng cứ đã hủy hoặc đính chính)',
} as const;

/** The buttons and the form of each review decision. */
export const DECISION_LOOK: Record<ReviewDecision, { action: string; title: string; done: string }> = {
  confirm: { action: 'Xác nhận', title: 'Xác nhận phát hiện', done: 'Đã xác nhận phát hiện.' },
  dismiss: { action: 'Bác bỏ', title: 'Bác bỏ phát hiện', done: 'Đã bác bỏ phát hiện.' },
};

/** A recorded review's decision. */
export const REVIEWED_LABELS = { confirmed: 'Xác nhận', dismissed: 'Bác bỏ' } as const;

/** Why the page offers no review, said plainly. */
export const NO_REVIEW_NOTES: Record<NoReviewReason, string | null> = {
  // Readers who are not inspectors read the finding; nothing to explain.
  'not-inspector': null,
  named: 'Bạn có tên trong phát hiện này nên không được xác nhận hoặc bác bỏ nó (xung đột lợi ích).',
  superseded: 'Phát hiện không còn hiệu lực nên không xem xét được nữa.',
};

/** How a responsible party was found. */
export const RESOLVED_AS_NOTES = {
  named: null,
  unit_head: 'thủ trưởng đơn vị, vì hồ sơ chỉ ghi đơn vị',
  head_unknown: 'chưa xác định được thủ trưởng đơn vị',
} as const;

/** In which capacity a contest's author is named by the finding. */
export const NAMED_AS_LABELS = { responsible: 'người chịu trách nhiệm', supervisory: 'thủ trưởng giám sát' } as const;

export const EXEMPTION_EFFECT_LABELS = {
  exempt: 'Miễn trách nhiệm (sáng kiến được bảo vệ)',
  reduce: 'Xem xét giảm trách nhiệm (sáng kiến được bảo vệ)',
} as const;
