import { rememberCsrfToken } from '../api/csrf';
import { problemOf } from '../api/problem';
import { withConsoleHeaders } from '../api/request-headers';
import type { DemoPerson, SessionInfo, SignInOptions } from './session.types';

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const request = withConsoleHeaders(
    new Request(new URL(path, window.location.origin), {
      ...init,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...init.headers },
    }),
    { command: false },
  );
  const response = await fetch(request);
  if (!response.ok) throw await problemOf(response);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** The signed-in person, or null when there is no valid session (401). */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const session = await call<SessionInfo>('/session');
    rememberCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof Error && 'status' in error && error.status === 401) {
      rememberCsrfToken(undefined);
      return null;
    }
    throw error;
  }
}

export const fetchSignInOptions = () => call<SignInOptions>('/session/options');

export const fetchDemoPeople = async (): Promise<DemoPerson[]> => (await call<{ people: DemoPerson[] }>('/session/demo-people')).people;

export async function signInAsDemoPerson(personId: string): Promise<SessionInfo> {
  const session = await call<SessionInfo>('/session/demo', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  rememberCsrfToken(session.csrfToken);
  return session;
}

export async function signOut(): Promise<void> {
  await call<void>('/session/sign-out', { method: 'POST' });
  rememberCsrfToken(undefined);
}

/** The identity provider's sign-in: a full navigation (the server answers with a redirect), back to returnTo after. */
export function oidcSignInUrl(returnTo: string): string {
  return `/session/oidc/login?returnTo=${encodeURIComponent(returnTo)}`;
}
