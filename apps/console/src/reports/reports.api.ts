import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { bodyOf } from '../api/read';
import type { RankingKind, ReportPeriod } from './report.links';
import type { UnitTreeNode } from './report.types';

/** GET /reports/persons/{personId} for the period, as JSON (the query, for the hook and the router's prefetch). */
export const personReportQueryOptions = (personId: string, period: ReportPeriod) =>
  queryOptions({
    queryKey: ['reports', 'person', personId, period.from, period.to],
    queryFn: () =>
      bodyOf(api.GET('/reports/persons/{personId}', { params: { path: { personId }, query: { from: period.from, to: period.to } } })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

export const usePersonReport = (personId: string, period: ReportPeriod) => useQuery(personReportQueryOptions(personId, period));

/** GET /reports/units/{unitId} for the period, the unit alone (as its XLSX file counts it). */
export const unitReportQueryOptions = (unitId: string, period: ReportPeriod) =>
  queryOptions({
    queryKey: ['reports', 'unit', unitId, period.from, period.to],
    queryFn: () =>
      bodyOf(api.GET('/reports/units/{unitId}', { params: { path: { unitId }, query: { from: period.from, to: period.to } } })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

export const useUnitReport = (unitId: string, period: ReportPeriod) => useQuery(unitReportQueryOptions(unitId, period));

/** GET /reports/rankings: the reader's whole jurisdiction, for commendation or for review. */
export const rankingsQueryOptions = (kind: RankingKind, period: ReportPeriod) =>
  queryOptions({
    queryKey: ['reports', 'rankings', kind, period.from, period.to],
    queryFn: () => bodyOf(api.GET('/reports/rankings', { params: { query: { kind, from: period.from, to: period.to, limit: 50 } } })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

export const useRankings = (kind: RankingKind, period: ReportPeriod) => useQuery(rankingsQueryOptions(kind, period));

/** GET /org/units: today's tree of units, for the unit chooser. */
export function useUnitTree() {
  return useQuery({
    queryKey: ['org', 'units'],
    queryFn: async () => ((await bodyOf(api.GET('/org/units'))).units ?? []) as unknown as UnitTreeNode[],
    staleTime: 5 * 60_000,
  });
}
