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
): LazyExoticComponent<ComponentType<PageProps>> & { preload: () => void } {
  let loading: Promise<{ default: ComponentType<PageProps> }> | undefined;
  const start = () =>
    (loading ??= load().then(
      (module) => ({ default: module[name] }),
      (error: unknown) => {
        loading = undefined; // a failed load (the network dropped) is tried again on the next opening
        throw error;
      },
    ));
  return Object.assign(
    lazy(() => start()),
    { preload: () => void start().catch(() => undefined) },
  );
}

/** The component of each page shown inside the shell (the sign-in page stands alone). */
export const PAGES: Record<Exclude<PageKey, 'sign-in'>, LazyExoticComponent<ComponentType<PageProps>> & { preload: () => void }> = {
  overview: lazyPage(() => import('../pages/overview.page'), 'OverviewPage'),
  tasks: lazyPage(() => import('../pages/tasks.page'), 'TasksPage'),
  task: lazyPage(() => import('../pages/task.page'), 'TaskPage'),
  findings: lazyPage(() => import('../pages/findings.page'), 'FindingsPage'),
  finding: lazyPage(() => import('../pages/finding.page'), 'FindingPage'),
  audit: lazyPage(() => import('../pages/audit.page'), 'AuditPage'),
  'new-task': lazyPage(() => import('../pages/new-task.page'), 'NewTaskPage'),
  cases: lazyPage(() => import('../pages/cases.page'), 'CasesPage'),
  'case-proposal': lazyPage(() => import('../pages/case-proposal.page'), 'CaseProposalPage'),
  case: lazyPage(() => import('../pages/case.page'), 'CasePage'),
  reports: lazyPage(() => import('../pages/reports.page'), 'ReportsPage'),
  'person-report': lazyPage(() => import('../pages/person-report.page'), 'PersonReportPage'),
  'unit-report': lazyPage(() => import('../pages/unit-report.page'), 'UnitReportPage'),
  rankings: lazyPage(() => import('../pages/rankings.page'), 'RankingsPage'),
  network: lazyPage(() => import('../pages/network.page'), 'NetworkPage'),
  organisation: lazyPage(() => import('../pages/organisation.page'), 'OrganisationPage'),
  unit: lazyPage(() => import('../pages/unit.page'), 'UnitPage'),
  person: lazyPage(() => import('../pages/person.page'), 'PersonPage'),
};

/** The sign-in page, likewise loaded when first shown. */
export const SignInPage = lazy(async () => ({ default: (await import('../pages/sign-in.page')).SignInPage }));
