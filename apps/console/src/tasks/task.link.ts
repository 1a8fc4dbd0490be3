import { pathFor } from '../router/route-match';

/** The task page's route (app/routes.ts, key 'task'). */
const TASK_PATH = '/nhiem-vu/:taskId';

/** The address of one task's page: where a task's title in a list leads. */
export function taskLink(taskId: string): string {
  return pathFor(TASK_PATH, { taskId });
}
