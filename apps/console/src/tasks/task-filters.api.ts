import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { bodyOf } from '../api/read';
import { unitOptionsOf, type FilterOption } from './task-filter.options';

/** The units of the organisation today (GET /org/units, reference data every signed-in person reads), as choices. */
export function useUnitOptions() {
  return useQuery({
    queryKey: ['org', 'units'],
    queryFn: async (): Promise<FilterOption[]> => unitOptionsOf((await bodyOf(api.GET('/org/units', {}))).units),
    staleTime: 5 * 60_000,
  });
}
