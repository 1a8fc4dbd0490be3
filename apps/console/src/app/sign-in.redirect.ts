import { safeReturnPath } from '../router/route-match';
import type { ConsoleLocation } from '../router/history';
import { RETURN_PARAM, SIGN_IN_PATH, type ConsoleRoute } from './routes';

/**
 * Where the console sends a person before showing the page at this address, or undefined to show it: without a
 * session, a protected page goes to sign-in, which remembers the page (`?quay-lai=`) unless it is the overview; once
 * signed in, the sign-in page goes back to the remembered page (a path of this origin only) or the overview.
 */
export function signInRedirect(signedIn: boolean, route: ConsoleRoute | undefined, location: ConsoleLocation): string | undefined {
  if (!route) return undefined;
  if (!signedIn && !route.public) {
    const back = `${location.pathname}${location.search}`;
    return back === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?${RETURN_PARAM}=${encodeURIComponent(back)}`;
  }
  if (signedIn && route.key === 'sign-in') return safeReturnPath(new URLSearchParams(location.search).get(RETURN_PARAM));
  return undefined;
}
