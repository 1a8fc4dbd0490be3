import { partyName } from '../display/party.name';
import type { CustodyInterval, CustodyView } from './task.api';

/** One piece of a custody interval on the slip's chart: before the deadline, or held after it (drawn red). */
export interface SlipBar {
  /** Row of the holder (rows[row]). */
  row: number;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  overdue: boolean;
  /** The interval's index in the API's list. */
  interval: number;
  /** Still held now (the bar ends at the view's asOf). */
  open: boolean;
}

export interface SlipSeries {
  /** One row per holder, in the order they first received the task. */
  rows: string[];
  bars: SlipBar[];
  dueAt: number | null;
  /** Lawful pauses (waiting for the applicant's supplement), shaded on the chart; an open one runs to the last custody's end. */
  pauses: Array<{ start: number; end: number }>;
  /** Where the time axis starts and ends (covers the deadline too). */
  min: number;
  max: number;
}

/**
 * The process-control slip as a chart: each custody interval from its start to its end (or to `asOf` while still
 * held), split at the deadline so that the part held after it can be drawn differently.
 */
export function slipSeries(
  intervals: readonly CustodyInterval[],
  dueAt: string | null,
  asOf: string,
  pausesHeld: CustodyView['pauses'] = [],
): SlipSeries {
  const rows: string[] = [];
  const bars: SlipBar[] = [];
  const due = dueAt === null ? null : Date.parse(dueAt);
  const now = Date.parse(asOf);
  for (const interval of intervals) {
    const holder = partyName(interval.receiver);
    let row = rows.indexOf(holder);
    if (row < 0) row = rows.push(holder) - 1;
    const start = Date.parse(interval.from);
    const end = interval.to === null ? Math.max(start, now) : Date.parse(interval.to);
    const piece = (from: number, to: number, overdue: boolean): SlipBar => ({
      row,
      start: from,
      end: to,
      overdue,
      interval: interval.index,
      open: interval.to === null,
    });
    if (due === null || end <= due) bars.push(piece(start, end, false));
    else if (start >= due) bars.push(piece(start, end, true));
    else bars.push(piece(start, due, false), piece(due, end, true));
  }
  // A pause never received runs to the end of the last custody (now while still held, the closing of a closed task).
  const lastEnd = bars.length > 0 ? Math.max(...bars.map((bar) => bar.end)) : now;
  const pauses = pausesHeld.map((pause) => {
    const start = Date.parse(pause.from);
    return { start, end: pause.to === null ? Math.max(start, lastEnd) : Date.parse(pause.to) };
  });
  const instants = [
    ...bars.flatMap((bar) => [bar.start, bar.end]),
    ...pauses.flatMap((pause) => [pause.start, pause.end]),
    ...(due === null ? [] : [due]),
  ];
  return {
    rows,
    bars,
    dueAt: due,
    pauses,
    min: instants.length > 0 ? Math.min(...instants) : now,
    max: instants.length > 0 ? Math.max(...instants) : now,
  };
}
