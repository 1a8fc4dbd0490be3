import { useQuery } from '@tanstack/react-query';
import { getJson } from '../api/read';
import type { TaskStatusCode } from './task-status.palette';

/** GET /reports/status: per lead unit, its tasks counted by status on a day (the Office's periodic report). */
export interface StatusReportView {
  asOf: string;
  statuses: Array<{ code: TaskStatusCode; label: string }>;
  rows: Array<{
    unitId: string;
    unitName: string;
    counts: Record<TaskStatusCode, number>;
    total: number;
    includes: Array<{ unitId: string; unitName: string; mergedOn: string }>;
    dissolvedOn: string | null;
    note: string | null;
  }>;
  total: { counts: Record<TaskStatusCode, number>; total: number };
}

/** The report as of the end of `asOf` (a local day), or now when no day is chosen. */
export function useStatusReport(asOf: string | null) {
  return useQuery({
    queryKey: ['reports', 'status', asOf],
    queryFn: () => getJson<StatusReportView>('/reports/status', { asOf: asOf ?? undefined }),
    staleTime: 30_000,
  });
}
