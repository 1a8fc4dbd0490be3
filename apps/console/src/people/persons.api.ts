import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { bodyOf } from '../api/read';

/** GET /reports/persons?q=: persons in the reader's jurisdiction whose name matches, diacritics aside (the API folds them). */
export function usePersonSearch(q: string) {
  const typed = q.trim();
  return useQuery({
    queryKey: ['persons', 'search', typed],
    queryFn: async () => (await bodyOf(api.GET('/reports/persons', { params: { query: { q: typed || undefined, limit: 50 } } }))).items,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The name of one person (GET /org/persons/{personId}), for a person chosen in the address. */
export function usePersonName(personId: string | undefined) {
  return useQuery({
    queryKey: ['persons', 'name', personId],
    enabled: personId !== undefined,
    queryFn: async () => {
      const person = await bodyOf(api.GET('/org/persons/{personId}', { params: { path: { personId: personId ?? '' } } }));
      return typeof person.fullName === 'string' && person.fullName ? person.fullName : (personId ?? '');
    },
    staleTime: 5 * 60_000,
  });
}
