import { problemOf } from './problem';
import { withConsoleHeaders } from './request-headers';

/**
 * GET a read endpoint of the API as JSON, with the session cookie; a failure is the API's problem (ApiProblem).
 * Empty query values are left out, so a page's optional filters map straight onto the query.
 */
export async function getJson<T>(path: string, query: Record<string, string | undefined> = {}): Promise<T> {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') url.searchParams.set(name, value);
  const request = withConsoleHeaders(new Request(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }), {
    command: false,
  });
  const response = await fetch(request);
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as T;
}
