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
  /** Assigned from / to (local days, YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** The page's cursor (the API's nextCursor), so that a page of the list can be bookmarked too. */
  cursor?: string;
}

const PARAMS = {
  unitId: 'don-vi',
  status: 'tinh-trang',
  asOf: 'ngay',
  from: 'tu-ngay',
  to: 'den-ngay',
  cursor: 'trang',
} as const satisfies Record<keyof TaskListLinkFilter, string>;

/** The API's query for the list (GET /tasks) from the console's filter. */
export function taskListQuery(filter: TaskListLinkFilter): Record<string, string | undefined> {
  return { unit: filter.unitId, status: filter.status, asOf: filter.asOf, from: filter.from, to: filter.to, cursor: filter.cursor };
}

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
