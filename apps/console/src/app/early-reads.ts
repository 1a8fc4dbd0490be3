import { matchRoute } from '../router/route-match';
import { fetchSession } from '../session/session.api';
import { SESSION_QUERY } from '../session/session.query';
import { PAGES } from './pages';
import { prefetchPageReads } from './prefetch';
import { queryClient } from './query-client';
import { CONSOLE_ROUTES, mayOpen } from './routes';

/**
 * Imported first by main.tsx, so that it runs before React and Ant Design are evaluated: asks at once for the session
 * and for the code of the page in the address and, the moment the session is known, starts that page's reads (when
 * the person may open it). They travel while the rest of the console's code is still being evaluated, instead of
 * after its first render. Later navigations prefetch from the router (console-router.tsx).
 */
function startEarlyReads(): void {
  const opened = matchRoute(CONSOLE_ROUTES, window.location.pathname);
  // The page's own code too: it is needed whoever is signed in (a refusal is drawn by the shell, not by the page).
  if (opened && opened.route.key !== 'sign-in') PAGES[opened.route.key].preload();
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success' || event.query.queryHash !== SESSION_QUERY.hash) return;
    unsubscribe();
    const principal = (event.action.data as Awaited<ReturnType<typeof fetchSession>>)?.principal;
    const page = matchRoute(CONSOLE_ROUTES, window.location.pathname);
    if (principal && page && page.route.key !== 'sign-in' && mayOpen(page.route, principal.roles))
      prefetchPageReads(queryClient, page.route.key, page.params, window.location.search);
  });
  void queryClient.prefetchQuery(SESSION_QUERY.options);
}

startEarlyReads();
