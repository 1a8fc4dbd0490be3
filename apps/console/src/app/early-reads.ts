import { matchRoute } from '../router/route-match';
import { fetchSession } from '../session/session.api';
import { SESSION_QUERY } from '../session/session.query';
import { prefetchPageReads } from './prefetch';
import { queryClient } from './query-client';
import { CONSOLE_ROUTES, mayOpen } from './routes';

/**
 * Imported first by main.tsx, so that it runs before React and Ant Design are evaluated: asks for the session at once
 * and, the moment it is known, starts the reads of the page in the address (when the person may open it). The page's
 * reads then travel while the rest of the console's code is still being evaluated, instead of after its first render.
 * Later navigations prefetch from the router (console-router.tsx).
 */
function startEarlyReads(): void {
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
