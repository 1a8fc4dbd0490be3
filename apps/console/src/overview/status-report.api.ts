import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { bodyOf } from '../api/read';
import type { components } from '../api/schema';

/** GET /reports/status: per lead unit, its tasks counted by status on a day (the Office's periodic report), as the API's OpenAPI describes it. */
export type StatusReportView = components['schemas']['UnitStatusReportDto'];

/** The report as of the end of `asOf` (a local day), or now when no day is chosen. */
export function useStatusReport(asOf: string | null) {
  return useQuery({
    queryKey: ['reports', 'status', asOf],
    queryFn: () => bodyOf(api.GET('/reports/status', { params: { query: { asOf: asOf ?? undefined } } })),
    staleTime: 30_000,
  });
}
