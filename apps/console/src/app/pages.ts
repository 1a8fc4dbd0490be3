import type { ComponentType } from 'react';
import { AuditPage } from '../pages/audit.page';
import { FindingPage } from '../pages/finding.page';
import { FindingsPage } from '../pages/findings.page';
import { OverviewPage } from '../pages/overview.page';
import { TaskPage } from '../pages/task.page';
import { TasksPage } from '../pages/tasks.page';
import type { PageKey } from './routes';

export interface PageProps {
  /** The route's `:name` parameters, decoded. */
  params: Record<string, string>;
}

/** The component of each page shown inside the shell (the sign-in page stands alone). */
export const PAGES: Record<Exclude<PageKey, 'sign-in'>, ComponentType<PageProps>> = {
  overview: OverviewPage,
  tasks: TasksPage,
  task: TaskPage,
  findings: FindingsPage,
  finding: FindingPage,
  audit: AuditPage,
};
