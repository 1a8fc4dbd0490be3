import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchDemoPeople, fetchSignInOptions, signInAsDemoPerson, signOut } from './session.api';
import { SESSION_QUERY } from './session.query';

export const SESSION_KEY = SESSION_QUERY.options.queryKey;

/** The signed-in person (null: nobody), asked once per load (early, by app/early-reads.ts) and after sign-in and sign-out. */
export function useSession() {
  return useQuery(SESSION_QUERY.options);
}

export function useSignInOptions() {
  return useQuery({ queryKey: ['session', 'options'], queryFn: fetchSignInOptions, staleTime: Infinity });
}

export function useDemoPeople(enabled: boolean) {
  return useQuery({ queryKey: ['session', 'demo-people'], queryFn: fetchDemoPeople, enabled, staleTime: Infinity });
}

export function useDemoSignIn() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: signInAsDemoPerson,
    onSuccess: (session) => {
      // Nothing read under the previous person may show under the new one.
      queries.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      queries.setQueryData(SESSION_KEY, session);
    },
  });
}

export function useSignOut() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      queries.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      queries.setQueryData(SESSION_KEY, null);
    },
  });
}
