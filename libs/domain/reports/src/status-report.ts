import { TASK_STATUS_LABELS, TASK_STATUSES, type TaskStatus } from '@lib/domain/custody';
import { compareVietnamese } from './vietnamese-names';

/** One task as the Office's status report counts it: under its lead unit, with its status as of the report. */
export interface StatusReportTask {
  taskId: string;
  leadUnitId: string | null;
  status: TaskStatus;
}

/**
 * Where a lead unit's tasks are counted on the report's day (the organisation lib's `answeringUnitOn`): the
 * row's unit, the lead unit's own merger day and the successors between it and the row's unit when a merger
 * (or a chain of them) moved its tasks there, and the day the row's unit was dissolved without successor.
 */
export interface StatusRowPlacement {
  unitId: string;
  mergedOn: string | null;
  through: string[];
  dissolvedOn: string | null;
}

export type StatusCounts = Record<TaskStatus, number>;

/** The tasks of a unit merged away, counted in its successor's row. */
export interface StatusRowInclusion {
  unitId: string;
  unitName: string;
  mergedOn: string;
  /** The successors it passed through before the row's unit (A → B → C: B, in C's row). */
  through: Array<{ unitId: string; unitName: string }>;
  counts: StatusCounts;
  total: number;
}

export interface StatusReportRow {
  unitId: string;
  unitName: string;
  counts: StatusCounts;
  total: number;
  /** Tasks of units merged into this one by the report's day, already counted in `counts` and `total`. */
  includes: StatusRowInclusion[];
  /** The day the unit was dissolved without successor (its tasks stay here, never dropped); null otherwise. */
  dissolvedOn: string | null;
  /** What a reader needs to know about the row, in Vietnamese; null when nothing. */
  note: string | null;
}

export interface StatusReport {
  asOf: string;
  statuses: ReadonlyArray<{ code: TaskStatus; label: string }>;
  rows: StatusReportRow[];
  total: { counts: StatusCounts; total: number };
}

/**
 * The Office's periodic status report: the tasks assigned by `asOf` whose lead unit is in scope (`placementOf`
 * answers null outside it), counted by status in the row of the unit that answers for the lead unit on the
 * report's day: the lead unit, or its successor after a merger. Every task in scope is in exactly one row, so
 * the rows add up to the total. Rows in Vietnamese order of unit names (then id), units without tasks left out.
 */
export function statusReport(
  tasks: readonly StatusReportTask[],
  placementOf: (leadUnitId: string) => StatusRowPlacement | null,
  unitName: (unitId: string) => string,
  asOf: string,
): StatusReport {
  const rows = new Map<string, StatusReportRow>();
  const total = emptyCounts();
  for (const task of tasks) {
    const placement = task.leadUnitId === null ? null : placementOf(task.leadUnitId);
    if (task.leadUnitId === null || placement === null) continue;
    let row = rows.get(placement.unitId);
    if (row === undefined) {
      row = {
        unitId: placement.unitId,
        unitName: unitName(placement.unitId),
        counts: emptyCounts(),
        total: 0,
        includes: [],
        dissolvedOn: placement.dissolvedOn,
        note: null,
      };
      rows.set(placement.unitId, row);
    }
    row.counts[task.status] += 1;
    row.total += 1;
    total[task.status] += 1;
    if (task.leadUnitId !== placement.unitId) countInclusion(row, task.leadUnitId, task.status, placement, unitName);
  }
  const ordered = [...rows.values()].sort(byName);
  for (const row of ordered) {
    row.includes.sort(byName);
    row.note = noteOf(row);
  }
  return {
    asOf,
    statuses: TASK_STATUSES.map((code) => ({ code, label: TASK_STATUS_LABELS[code] })),
    rows: ordered,
    total: { counts: total, total: ordered.reduce((sum, row) => sum + row.total, 0) },
  };
}

function countInclusion(
  row: StatusReportRow,
  leadUnitId: string,
  status: TaskStatus,
  placement: StatusRowPlacement,
  unitName: (unitId: string) => string,
): void {
  let inclusion = row.includes.find((included) => included.unitId === leadUnitId);
  if (inclusion === undefined) {
    inclusion = {
      unitId: leadUnitId,
      unitName: unitName(leadUnitId),
      mergedOn: placement.mergedOn ?? '',
      through: placement.through.map((unitId) => ({ unitId, unitName: unitName(unitId) })),
      counts: emptyCounts(),
      total: 0,
    };
    row.includes.push(inclusion);
  }
  inclusion.counts[status] += 1;
  inclusion.total += 1;
}

/** "Gồm nhiệm vụ của <đơn vị> (sáp nhập ngày dd/mm/yyyy[, qua <đơn vị>])"; "Đơn vị đã giải thể ngày dd/mm/yyyy, …". */
function noteOf(row: StatusReportRow): string | null {
  const parts: string[] = [];
  if (row.dissolvedOn !== null) parts.push(`Đơn vị đã giải thể ngày ${dayMonthYear(row.dissolvedOn)}, không có đơn vị kế thừa.`);
  if (row.includes.length > 0) {
    const merged = row.includes.map((included) => {
      const through = included.through.length === 0 ? '' : `, qua ${included.through.map((unit) => unit.unitName).join(', ')}`;
      return `${included.unitName} (sáp nhập ngày ${dayMonthYear(included.mergedOn)}${through})`;
    });
    parts.push(`Gồm nhiệm vụ của ${merged.join('; ')}.`);
  }
  return parts.length === 0 ? null : parts.join(' ');
}

function dayMonthYear(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

function byName(a: { unitId: string; unitName: string }, b: { unitId: string; unitName: string }): number {
  return compareVietnamese(a.unitName, b.unitName) || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0);
}

function emptyCounts(): StatusCounts {
  return Object.fromEntries(TASK_STATUSES.map((status) => [status, 0])) as StatusCounts;
}
