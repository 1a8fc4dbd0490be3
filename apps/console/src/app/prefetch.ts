import type { QueryClient } from '@tanstack/react-query';
import { findingListQueryOptions, rulesQueryOptions } from '../findings/finding-list.api';
import { findingListFilterOf } from '../findings/finding-list.link';
import { networkQueryOptions } from '../network/network.api';
import { networkFilterOf } from '../network/network.link';
import { taskListFilterOf } from '../overview/task-list.link';
import { taskQueries } from '../task/task.api';
import { rankingKindOf, reportPeriodOf, todayInVietNam } from '../reports/report.links';
import { personReportQueryOptions, rankingsQueryOptions, unitReportQueryOptions } from '../reports/reports.api';
import { taskListQueryOptions } from '../tasks/task-list.api';
import type { PageKey } from './routes';

/**
 * Starts a page's main reads as soon as the session is known, while the page's own code is still loading and being
 * evaluated (render-as-you-fetch): the page then finds them in the query cache, under the same keys its hooks use.
 * Only for a page the signed-in person may open, so nothing is asked that the API would refuse.
 */
export function prefetchPageReads(client: QueryClient, key: PageKey, params: Record<string, string>, search: string): void {
  switch (key) {
    case 'findings':
      void client.prefetchQuery(findingListQueryOptions(findingListFilterOf(search)));
      void client.prefetchQuery(rulesQueryOptions());
      return;
    case 'tasks':
      void client.prefetchQuery(taskListQueryOptions(taskListFilterOf(search)));
      return;
    case 'task': {
      const { taskId } = params;
      if (!taskId) return;
      void client.prefetchQuery(taskQueries.view(taskId));
      void client.prefetchQuery(taskQueries.custody(taskId));
      void client.prefetchQuery(taskQueries.trail(taskId));
      void client.prefetchQuery(taskQueries.responsibility(taskId));
      return;
    }
    case 'network':
      // The query holds only the period's days (not `now` itself), so the page's own key, built a moment later, is the same.
      void client.prefetchQuery(networkQueryOptions(networkFilterOf(search), new Date()));
      return;
    case 'unit-report':
    case 'person-report': {
      const period = reportPeriodOf(search, todayInVietNam());
      const { unitId, personId } = params;
      if (key === 'unit-report' && unitId) void client.prefetchQuery(unitReportQueryOptions(unitId, period));
      if (key === 'person-report' && personId) void client.prefetchQuery(personReportQueryOptions(personId, period));
      void client.prefetchQuery(rulesQueryOptions());
      return;
    }
    case 'rankings':
      void client.prefetchQuery(rankingsQueryOptions(rankingKindOf(search), reportPeriodOf(search, todayInVietNam())));
      return;
    default:
      return;
  }
}
