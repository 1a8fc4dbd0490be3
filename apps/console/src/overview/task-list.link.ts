import { addressFilter } from '../router/address-filter';

/**
 * The address of the task list filtered by unit, status and day: what each number of the overview links to, and
 * what the task list reads back.
 */
export const TASK_LIST_PATH = '/nhiem-vu';

export type TaskListLinkFilter = {
  unitId?: string;
  status?: string;
  /** The day the counts were taken (YYYY-MM-DD). */
  asOf?: string;
  /** Assigned from / to (local days, YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** The page's cursor (the API's nextCursor), so that a page of the list can be bookmarked too. */
  cursor?: string;
};

const address = addressFilter<TaskListLinkFilter>(TASK_LIST_PATH, {
  unitId: 'don-vi',
  status: 'tinh-trang',
  asOf: 'ngay',
  from: 'tu-ngay',
  to: 'den-ngay',
  cursor: 'trang',
});

export const taskListLink = address.link;
export const taskListFilterOf = address.read;

/** The API's query for the list (GET /tasks) from the console's filter. */
export function taskListQuery(filter: TaskListLinkFilter): Record<string, string | undefined> {
  return { unit: filter.unitId, status: filter.status, asOf: filter.asOf, from: filter.from, to: filter.to, cursor: filter.cursor };
}
