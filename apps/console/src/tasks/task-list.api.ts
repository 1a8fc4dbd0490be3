import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { bodyOf } from '../api/read';
import type { components } from '../api/schema';
import { taskListQuery, type TaskListLinkFilter } from '../overview/task-list.link';

export type TaskListPage = components['schemas']['TaskListPageDto'];
export type TaskListItem = TaskListPage['items'][number];

/** GET /tasks for the console's filter: one page, the previous one kept on screen while the next loads. */
export const taskListQueryOptions = (filter: TaskListLinkFilter) =>
  queryOptions({
    queryKey: ['tasks', filter],
    queryFn: () => bodyOf(api.GET('/tasks', { params: { query: taskListQuery(filter) } })),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });

export function useTaskList(filter: TaskListLinkFilter) {
  return useQuery(taskListQueryOptions(filter));
}
