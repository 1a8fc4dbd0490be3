/**
 * The address of the task list filtered by unit, status and day: what each number of the overview links to, and
 * what the task list reads back. Parameters are Vietnamese slugs, so a shared link reads as what it shows.
 */
export const TASK_LIST_PATH = '/nhiem-vu';

export interface TaskListLinkFilter {
  unitId?: string;
  status?: string;
  /** The day the counts were taken (YYYY-MM-DD). */
  asOf?: string;
}

const PARAMS = { unitId: 'don-vi', status: 'tinh-trang', asOf: 'ngay' } as const satisfies Record<keyof TaskListLinkFilter, string>;

export function taskListLink(filter: TaskListLinkFilter): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as Array<keyof TaskListLinkFilter>) {
    const value = filter[key];
    if (value) query.set(PARAMS[key], value);
  }
  const search = query.toString();
  return search ? `${TASK_LIST_PATH}?${search}` : TASK_LIST_PATH;
}

export function taskListFilterOf(search: string): TaskListLinkFilter {
  const query = new URLSearchParams(search);
  const filter: TaskListLinkFilter = {};
  for (const key of Object.keys(PARAMS) as Array<keyof TaskListLinkFilter>) {
    const value = query.get(PARAMS[key]);
    if (value) filter[key] = value;
  }
  return filter;
}
