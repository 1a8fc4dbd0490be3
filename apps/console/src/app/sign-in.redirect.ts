import { safeReturnPath } from '../router/route-match';
import type { ConsoleLocation } from '../router/history';
import { RETURN_PARAM, SIGN_IN_PATH, homePathFor, type ConsoleRoute } from './routes';

/**
 * Where the console sends a person before showing the page at this address, or undefined to show it. `roles` are the
 * signed-in person's, or null without a session.
 * - Without a session, a protected page goes to sign-in, which remembers the page (`?quay-lai=`) unless it is the
 *   overview.
 * - Once signed in, the sign-in page goes back to the remembered page (a path of this origin only) or to the person's
 *   home: the first page of the menu their roles may open (the overview, or the task list for an officer or a clerk).
 * - The overview itself sends a person whose roles cannot read it to their home, so that `/` always shows something.
 */
export function signInRedirect(
  roles: readonly string[] | null,
  route: ConsoleRoute | undefined,
  location: ConsoleLocation,
): string | undefined {
  if (!route) return undefined;
  if (roles === null) {
    if (route.public) return undefined;
    const back = `${location.pathname}${location.search}`;
    return back === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?${RETURN_PARAM}=${encodeURIComponent(back)}`;
  }
  const home = homePathFor(roles);
  if (route.key === 'sign-in') return safeReturnPath(new URLSearchParams(location.search).get(RETURN_PARAM), home);
  if (route.path === '/' && home !== '/') return home;
  return undefined;
}
