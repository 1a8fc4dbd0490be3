/** Task event types as a clerk or an inspector names them; an unknown type shows as its code rather than hidden. */
export const EVENT_TYPE_LABELS: Readonly<Record<string, string>> = {
  TaskAssigned: 'Giao nhiệm vụ',
  TaskReceived: 'Tiếp nhận',
  TaskDelegated: 'Phân công xử lý',
  TaskTransferred: 'Chuyển đơn vị khác',
  TaskReturned: 'Trả lại',
  TaskCommented: 'Ghi ý kiến',
  ConsultationRequested: 'Xin ý kiến',
  ConsultationAnswered: 'Trả lời xin ý kiến',
  SubmittedToSuperior: 'Trình cấp trên',
  SuperiorDirected: 'Cấp trên chỉ đạo',
  ReassignmentProposed: 'Đề nghị giao lại',
  DifficultyReported: 'Báo cáo khó khăn, vướng mắc',
  DifficultyAssessed: 'Đánh giá khó khăn',
  InitiativeRecorded: 'Ghi nhận sáng kiến',
  DeadlineExtended: 'Gia hạn',
  TaskCompleted: 'Hoàn thành',
  TaskReopened: 'Mở lại',
  TaskCancelled: 'Hủy nhiệm vụ',
  SupplementRequested: 'Yêu cầu bổ sung hồ sơ',
  SupplementReceived: 'Nhận hồ sơ bổ sung',
  AppointmentIssued: 'Phiếu hẹn trả kết quả',
  ResultReturned: 'Trả kết quả',
  ApologyIssued: 'Phiếu xin lỗi, hẹn lại',
  EntryCorrected: 'Đính chính',
  EntryVoided: 'Hủy bỏ ghi nhận',
  DeadlineLapsed: 'Quá hạn (hệ thống ghi nhận)',
};

export function eventTypeLabel(type: string): string {
  return EVENT_TYPE_LABELS[type] ?? type;
}
