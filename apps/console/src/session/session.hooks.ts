import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchDemoPeople, fetchSession, fetchSignInOptions, signInAsDemoPerson, signOut } from './session.api';

export const SESSION_KEY = ['session'] as const;

/** The signed-in person (null: nobody), asked once per load and after sign-in and sign-out. */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000, retry: false });
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
