import { formatDate } from '../display/dates.format';

/** One entry of GET /org/units/{id}/history, as the API writes it. */
export interface HistoryEntry {
  kind: string;
  on: string;
  name?: string;
  previousName?: string;
  parent?: { unitId: string; name: string } | null;
  previousParent?: { unitId: string; name: string } | null;
  successor?: { unitId: string; name: string };
  mergedUnit?: { unitId: string; name: string };
  reason?: string | null;
}

/** A row of the history: the day (dd/mm/yyyy), what happened in Vietnamese, and the other unit it names, if any. */
export interface HistoryRow {
  key: string;
  /** YYYY-MM-DD, for a link to the unit as of that day. */
  on: string;
  date: string;
  event: string;
  detail: string;
  unit?: { unitId: string; name: string };
}

const NO_PARENT = 'không trực thuộc đơn vị nào';

function parentText(parent: HistoryEntry['parent']): string {
  return parent ? parent.name : NO_PARENT;
}

export function historyRows(entries: readonly HistoryEntry[]): HistoryRow[] {
  return entries.map((entry, index) => {
    const base = { key: `${entry.on}-${entry.kind}-${index}`, on: entry.on, date: formatDate(entry.on) };
    switch (entry.kind) {
      case 'established':
        return {
          ...base,
          event: 'Thành lập',
          detail: `Thành lập với tên “${entry.name ?? ''}”, ${entry.parent ? `trực thuộc ${entry.parent.name}` : NO_PARENT}`,
          ...(entry.parent ? { unit: entry.parent } : {}),
        };
      case 'renamed':
        return { ...base, event: 'Đổi tên', detail: `Từ “${entry.previousName ?? ''}” thành “${entry.name ?? ''}”` };
      case 'moved':
        return {
          ...base,
          event: 'Chuyển đơn vị cấp trên',
          detail: `Từ ${parentText(entry.previousParent)} sang ${parentText(entry.parent)}`,
          ...(entry.parent ? { unit: entry.parent } : {}),
        };
      case 'merged':
        return {
          ...base,
          event: 'Sáp nhập',
          detail: `Sáp nhập vào ${entry.successor?.name ?? ''}, đơn vị kế thừa nhiệm vụ từ ngày ${base.date}`,
          ...(entry.successor ? { unit: entry.successor } : {}),
        };
      case 'absorbed':
        return {
          ...base,
          event: 'Tiếp nhận đơn vị sáp nhập',
          detail: `${entry.mergedUnit?.name ?? ''} sáp nhập vào đơn vị này`,
          ...(entry.mergedUnit ? { unit: entry.mergedUnit } : {}),
        };
      case 'dissolved':
        return { ...base, event: 'Giải thể', detail: entry.reason ? `Lý do: ${entry.reason}` : 'Không ghi lý do' };
      default:
        return { ...base, event: 'Thay đổi khác', detail: '' };
    }
  });
}
