import { eventTypeLabel } from '../audit/event-type.labels';
import { eventDetail } from './event.details';
import { partyName } from '../display/party.name';
import type { CustodyInterval, TrailEvent } from './task.api';

/** One line of the slip's table of handovers. */
export interface HandoverRow {
  key: number;
  /** 1, 2, 3… as numbered on the slip. */
  number: number;
  giver: string;
  receiver: string;
  from: string;
  /** null while still held. */
  to: string | null;
  heldWorkingDays: number;
  workingDaysAfterDeadline: number;
  /** How the step ended, from the trail: "Chuyển đơn vị khác: <reason>", "Trả lại: Không thuộc thẩm quyền…". */
  outcome: string | null;
  grade: CustodyInterval['grade'];
}

/** The custody intervals as the slip's table lists them, each with how it ended when the trail says it. */
export function handoverRows(intervals: readonly CustodyInterval[], events: readonly TrailEvent[]): HandoverRow[] {
  const byId = new Map(events.map((event) => [event.id, event]));
  return intervals.map((interval, position) => {
    const closing = interval.closedByEventId ? byId.get(interval.closedByEventId) : undefined;
    const detail = closing ? eventDetail(closing.type, closing.data) : null;
    return {
      key: interval.index,
      number: position + 1,
      giver: interval.giver ? partyName(interval.giver) : '—',
      receiver: partyName(interval.receiver),
      from: interval.from,
      to: interval.to,
      heldWorkingDays: interval.heldWorkingDays,
      workingDaysAfterDeadline: interval.workingDaysAfterDeadline,
      outcome: closing ? (detail ? `${eventTypeLabel(closing.type)}: ${detail}` : eventTypeLabel(closing.type)) : null,
      grade: interval.grade,
    };
  });
}
