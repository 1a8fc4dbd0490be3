import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PageKey } from './routes';

export interface PageProps {
  /** The route's `:name` parameters, decoded. */
  params: Record<string, string>;
}

/**
 * A page loaded when it is first opened, in a chunk of its own: the first load carries the shell and the page asked
 * for, not every page (the task page's chart, the review form, the trail search wait until they are opened).
 */
function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType<PageProps>>>,
  name: Name,
): LazyExoticComponent<ComponentType<PageProps>> {
  return lazy(async () => ({ default: (await load())[name] }));
}

/** The component of each page shown inside the shell (the sign-in page stands alone). */
export const PAGES: Record<Exclude<PageKey, 'sign-in'>, LazyExoticComponent<ComponentType<PageProps>>> = {
  overview: lazyPage(() => import('../pages/overview.page'), 'OverviewPage'),
  tasks: lazyPage(() => import('../pages/tasks.page'), 'TasksPage'),
  task: lazyPage(() => import('../pages/task.page'), 'TaskPage'),
  findings: lazyPage(() => import('../pages/findings.page'), 'FindingsPage'),
  finding: lazyPage(() => import('../pages/finding.page'), 'FindingPage'),
  audit: lazyPage(() => import('../pages/audit.page'), 'AuditPage'),
};

/** The sign-in page, likewise loaded when first shown. */
export const SignInPage = lazy(async () => ({ default: (await import('../pages/sign-in.page')).SignInPage }));
