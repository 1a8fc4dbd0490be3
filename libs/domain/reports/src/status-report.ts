import { TASK_STATUS_LABELS, TASK_STATUSES, type TaskStatus } from '@lib/domain/custody';
import { compareVietnamese } from './vietnamese-names';

/** One task as the Office's status report counts it: under its lead unit, with its status as of the report. */
export interface StatusReportTask {
  taskId: string;
  leadUnitId: string | null;
  status: TaskStatus;
}

export type StatusCounts = Record<TaskStatus, number>;

export interface StatusReportRow {
  unitId: string;
  unitName: string;
  counts: StatusCounts;
  total: number;
}

export interface StatusReport {
  asOf: string;
  statuses: ReadonlyArray<{ code: TaskStatus; label: string }>;
  rows: StatusReportRow[];
  total: { counts: StatusCounts; total: number };
}

/**
 * The Office's periodic status report: per lead unit in scope, the tasks assigned by `asOf` counted by
 * status; rows in Vietnamese order of unit names (then id), units without tasks left out.
 */
export function statusReport(tasks: readonly StatusReportTask[], unitIds: ReadonlySet<string>, unitName: (unitId: string) => string, asOf: string): StatusReport {
  const rows = new Map<string, StatusReportRow>();
  const total = emptyCounts();
  for (const task of tasks) {
    if (task.leadUnitId === null || !unitIds.has(task.leadUnitId)) continue;
    let row = rows.get(task.leadUnitId);
    if (row === undefined) {
      row = { unitId: task.leadUnitId, unitName: unitName(task.leadUnitId), counts: emptyCounts(), total: 0 };
      rows.set(task.leadUnitId, row);
    }
    row.counts[task.status] += 1;
    row.total += 1;
    total[task.status] += 1;
  }
  const ordered = [...rows.values()].sort((a, b) => compareVietnamese(a.unitName, b.unitName) || (a.unitId < b.unitId ? -1 : 1));
  return {
    asOf,
    statuses: TASK_STATUSES.map((code) => ({ code, label: TASK_STATUS_LABELS[code] })),
    rows: ordered,
    total: { counts: total, total: ordered.reduce((sum, row) => sum + row.total, 0) },
  };
}

function emptyCounts(): StatusCounts {
  return Object.fromEntries(TASK_STATUSES.map((status) => [status, 0])) as StatusCounts;
}
