import { Skeleton, Spin } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { matchRoute } from '../router/route-match';
import { navigate, useLocation } from '../router/history';
import { useSession } from '../session/session.hooks';
import { ProblemPage } from '../pages/problem.page';
import { NotFoundPage } from '../pages/not-found.page';
import { NotForYourRolePage } from '../pages/not-for-your-role.page';
import { AppShell } from '../shell/app-shell';
import { PAGES, SignInPage } from './pages';
import { prefetchPageReads } from './prefetch';
import { CONSOLE_ROUTES, mayOpen, type ConsoleRoute } from './routes';
import { signInRedirect } from './sign-in.redirect';

/**
 * Chooses the page for the address: the sign-in page for anyone, every other page inside the shell for a signed-in
 * person; without a session, a protected address sends to sign-in and comes back to it afterwards.
 */
export function ConsoleRouter() {
  const location = useLocation();
  const session = useSession();
  const match = matchRoute(CONSOLE_ROUTES, location.pathname);
  const route = match?.route;
  useDocumentTitle(route);
  // The page's chunk starts loading while the session is checked, not after: one round trip instead of two in a row.
  useEffect(() => {
    if (route && route.key !== 'sign-in') PAGES[route.key].preload();
  }, [route]);

  const signedIn = session.data ?? null;
  const queryClient = useQueryClient();
  const mayRead = signedIn !== null && route !== undefined && mayOpen(route, signedIn.principal.roles);
  const { pathname, search } = location;
  useEffect(() => {
    const page = matchRoute(CONSOLE_ROUTES, pathname);
    if (mayRead && page) prefetchPageReads(queryClient, page.route.key, page.params, search);
  }, [mayRead, queryClient, pathname, search]);
  const redirect = session.isSuccess ? signInRedirect(signedIn?.principal.roles ?? null, route, location) : undefined;
  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);

  if (session.isError) return <ProblemPage error={session.error} />;
  if (session.isPending || redirect) return <Loading />;
  if (!route)
    return signedIn ? (
      <AppShell session={signedIn} current={undefined}>
        <NotFoundPage />
      </AppShell>
    ) : (
      <main>
        <NotFoundPage />
      </main>
    );
  if (route.key === 'sign-in')
    return (
      <Suspense fallback={<Loading />}>
        <SignInPage />
      </Suspense>
    );
  if (!signedIn) return <Loading />;
  const Page = PAGES[route.key];
  return (
    <AppShell session={signedIn} current={route}>
      {mayOpen(route, signedIn.principal.roles) ? (
        // The page's own chunk loads on its first opening; the shell stays on screen meanwhile.
        <Suspense fallback={<Skeleton active />}>
          <Page params={match.params} />
        </Suspense>
      ) : (
        <NotForYourRolePage route={route} session={signedIn} />
      )}
    </AppShell>
  );
}

function Loading() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
      <Spin size="large" tip="Đang tải…">
        <div style={{ padding: 48 }} />
      </Spin>
    </div>
  );
}

function useDocumentTitle(route: ConsoleRoute | undefined): void {
  useEffect(() => {
    document.title = `${route?.title ?? 'Không tìm thấy trang'} — Rõ người, rõ việc`;
  }, [route]);
}
