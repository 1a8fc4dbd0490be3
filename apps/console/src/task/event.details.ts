import { formatDate, formatDateTime } from '../display/dates.format';

/** Why a task was returned (TaskReturned.reasonCode), as the return form names the choices. */
export const RETURN_REASON_LABELS: Readonly<Record<string, string>> = {
  not_our_mandate: 'Không thuộc thẩm quyền',
  incomplete: 'Hồ sơ chưa đủ',
  other: 'Lý do khác',
};

/** The fields an entry's correction may change (EntryCorrected.fields), named as on the forms. */
export const CORRECTED_FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'Tên nhiệm vụ',
  category: 'Lĩnh vực',
  source: 'Văn bản giao việc',
  reason: 'Lý do',
  content: 'Nội dung',
  replyDueAt: 'Hạn trả lời',
  allConsultedAgreed: 'Các đơn vị được hỏi đều đồng ý',
  direction: 'Ý kiến chỉ đạo',
  proposedUnitId: 'Đơn vị đề nghị giao',
  to: 'Nơi nhận',
  result: 'Kết quả',
  outputDocument: 'Văn bản kết quả',
  stage: 'Bước giải quyết',
  legalBasis: 'Căn cứ pháp lý',
  note: 'Ghi chú',
};

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** A value of an entry's data as a person reads it: dates dd/mm/yyyy, a document as "number ngày dd/mm/yyyy". */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value)) return formatDateTime(value);
    return value;
  }
  if (typeof value === 'object' && 'number' in value) {
    const document = value as { number?: unknown; date?: unknown };
    const date = text(document.date);
    return date ? `${String(document.number)} ngày ${formatDate(date)}` : String(document.number);
  }
  return JSON.stringify(value);
}

/**
 * What an event says besides its type, for the handover table and the trail: the transfer's reason, the return's
 * reason (its code in Vietnamese), the result, the comment... null when the event carries nothing to read.
 */
export function eventDetail(type: string, data: Readonly<Record<string, unknown>>): string | null {
  switch (type) {
    case 'TaskReturned': {
      const code = text(data.reasonCode);
      const label = code ? (RETURN_REASON_LABELS[code] ?? code) : null;
      return [label, text(data.reason)].filter(Boolean).join(': ') || null;
    }
    case 'TaskCompleted':
    case 'ResultReturned':
      return text(data.result);
    case 'SuperiorDirected':
      return text(data.direction);
    case 'DeadlineExtended':
      return text(data.reason);
    case 'AppointmentIssued':
      return text(data.returnBy) ? `Hẹn trả ngày ${valueText(data.returnBy)}` : null;
    case 'ApologyIssued':
      return (
        [text(data.reason), text(data.newReturnBy) ? `hẹn lại ngày ${valueText(data.newReturnBy)}` : null].filter(Boolean).join('; ') ||
        null
      );
    default:
      return text(data.reason) ?? text(data.content) ?? text(data.note);
  }
}

/** A correction's changes: "Lý do: Thuộc lĩnh vực đất đai; Kết quả: …". */
export function correctionText(fields: unknown): string {
  if (typeof fields !== 'object' || fields === null) return '';
  return Object.entries(fields)
    .map(([name, value]) => `${CORRECTED_FIELD_LABELS[name] ?? name}: ${valueText(value)}`)
    .join('; ');
}
