import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { bodyOf } from '../api/read';
import type { components } from '../api/schema';
import { findingListQuery, type FindingListFilter } from './finding-list.link';

export type FindingPage = components['schemas']['FindingPageDto'];
export type FindingSummary = FindingPage['items'][number];
export type RuleCatalogue = components['schemas']['RuleCatalogueDto'];

/** GET /findings for the inbox's filter, one page at a time (the query, for the hook and the router's prefetch). */
export const findingListQueryOptions = (filter: FindingListFilter) =>
  queryOptions({
    queryKey: ['findings', filter],
    queryFn: () => bodyOf(api.GET('/findings', { params: { query: findingListQuery(filter) } })),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });

export function useFindingList(filter: FindingListFilter) {
  return useQuery(findingListQueryOptions(filter));
}

/** The detection rules in force (code and title), for the rule filter. */
export const rulesQueryOptions = () =>
  queryOptions({
    queryKey: ['rules'],
    queryFn: async () => (await bodyOf(api.GET('/rules'))).rules,
    staleTime: 5 * 60_000,
  });

export function useRules() {
  return useQuery(rulesQueryOptions());
}
