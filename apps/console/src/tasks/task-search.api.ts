import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { bodyOf } from '../api/read';
import { taskQueries } from '../task/task.api';

/**
 * GET /tasks?q=: the first tasks in the reader's jurisdiction whose title, source number or id start matches, diacritics
 * aside (the API folds them); with nothing typed, the first of the list.
 */
export function useTaskSearch(q: string) {
  const typed = q.trim();
  return useQuery({
    queryKey: ['tasks', 'search', typed],
    queryFn: async () => (await bodyOf(api.GET('/tasks', { params: { query: { q: typed || undefined, limit: 20 } } }))).items,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The title of one task (GET /tasks/{taskId}, the task page's own read), for a task chosen in the address. */
export function useTaskTitle(taskId: string | undefined) {
  return useQuery({
    ...taskQueries.view(taskId ?? ''),
    enabled: taskId !== undefined,
    select: (task) => task.title,
  });
}
