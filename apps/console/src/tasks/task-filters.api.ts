import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { bodyOf } from '../api/read';
import { personOptionsOf, unitOptionsOf, type FilterOption } from './task-filter.options';

const PERSONS_SHOWN = 30;

/** The units of the organisation today (GET /org/units, reference data every signed-in person reads), as choices. */
export function useUnitOptions() {
  return useQuery({
    queryKey: ['org', 'units'],
    queryFn: async (): Promise<FilterOption[]> => unitOptionsOf((await bodyOf(api.GET('/org/units', {}))).units),
    staleTime: 5 * 60_000,
  });
}

/**
 * The persons whose names match the text typed (GET /reports/persons: diacritics aside, inside the reader's
 * jurisdiction, for the roles that read reports), as choices.
 */
export function usePersonOptions(text: string, enabled: boolean) {
  const q = text.trim();
  return useQuery({
    queryKey: ['persons', q],
    queryFn: async (): Promise<FilterOption[]> => {
      const body = await bodyOf(api.GET('/reports/persons', { params: { query: { q: q || undefined, limit: String(PERSONS_SHOWN) } } }));
      return personOptionsOf(body['items']);
    },
    enabled,
    staleTime: 60_000,
  });
}

/** One person's full name (GET /org/persons/{id}), for the person already chosen in the address. */
export function usePersonName(personId: string | undefined) {
  return useQuery({
    queryKey: ['person', personId],
    queryFn: async (): Promise<string> => {
      const body = await bodyOf(api.GET('/org/persons/{personId}', { params: { path: { personId: personId! } } }));
      return typeof body['fullName'] === 'string' ? body['fullName'] : personId!;
    },
    enabled: personId !== undefined,
    staleTime: 5 * 60_000,
  });
}
