import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { bodyOf } from '../api/read';
import type { operations } from '../api/schema';
import { networkQuery, type NetworkFilter } from './network.link';

export type HandoverNetwork = operations['TaskCustodyController_network']['responses'][200]['content']['application/json'];
export type UnitFigures = HandoverNetwork['units'][number];
export type ArcTask = NonNullable<HandoverNetwork['tasks']>[number];

/** GET /handover-network for the page's level and period (the previous answer kept on screen while the next loads). */
export const networkQueryOptions = (filter: NetworkFilter, now: Date) => {
  const query = networkQuery(filter, now, false);
  return queryOptions({
    queryKey: ['handover-network', query],
    queryFn: () => bodyOf(api.GET('/handover-network', { params: { query } })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
};

export function useHandoverNetwork(filter: NetworkFilter, now: Date) {
  return useQuery(networkQueryOptions(filter, now));
}

/** The tasks handed over along the chosen arc: the same endpoint asked with giver and receiver. */
export function useArcTasks(filter: NetworkFilter, now: Date) {
  const query = networkQuery(filter, now, true);
  return useQuery({
    queryKey: ['handover-network', query],
    queryFn: () => bodyOf(api.GET('/handover-network', { params: { query } })),
    enabled: 'giver' in query,
    select: (network) => network.tasks ?? [],
    staleTime: 60_000,
  });
}
