import type { TaskListItem } from './task-list.api';

/** The part of a listed task the task chooser names it by. */
export type TaskMatch = Pick<TaskListItem, 'id' | 'title' | 'lead'>;

/** "Cấp phép xây dựng nhà ở — Sở Xây dựng": the title (what people know a task by), then its lead unit; untitled, its id. */
export function taskLabel(task: TaskMatch): string {
  const title = task.title ?? task.id;
  return task.lead.unitName ? `${title} — ${task.lead.unitName}` : title;
}

/** The Select's options; `chosen` (from the address) stays listed with its title even when the search no longer finds it. */
export function taskOptions(
  found: readonly TaskMatch[],
  chosen: { taskId: string; title: string } | undefined,
): Array<{ value: string; label: string }> {
  const options = found.map((task) => ({ value: task.id, label: taskLabel(task) }));
  if (chosen && !options.some((option) => option.value === chosen.taskId)) options.unshift({ value: chosen.taskId, label: chosen.title });
  return options;
}
