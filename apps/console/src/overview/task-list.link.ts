import { addressFilter } from '../router/address-filter';

/**
 * The address of the task list and its filters: what each number of the overview links to, and what the task list
 * reads back (and writes as its filters change, so a filtered list can be shared, bookmarked and reloaded).
 */
export const TASK_LIST_PATH = '/nhiem-vu';

export type TaskListLinkFilter = {
  /** Text searched in titles, source numbers and task ids, diacritics aside (GET /tasks?q=). */
  q?: string;
  unitId?: string;
  personId?: string;
  category?: string;
  /** 'true': only the tasks open and past their deadline. */
  overdue?: string;
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
  q: 'tim',
  unitId: 'don-vi',
  personId: 'nguoi',
  category: 'linh-vuc',
  overdue: 'qua-han',
  status: 'tinh-trang',
  asOf: 'ngay',
  from: 'tu-ngay',
  to: 'den-ngay',
  cursor: 'trang',
});

export const taskListLink = address.link;
export const taskListFilterOf = address.read;

/** The API's query for the list (GET /tasks) from the console's filter; an overdue flag other than 'true' is dropped. */
export function taskListQuery(filter: TaskListLinkFilter): Record<string, string | undefined> {
  return {
    q: filter.q?.trim() || undefined,
    unit: filter.unitId,
    person: filter.personId,
    category: filter.category,
    overdue: filter.overdue === 'true' ? 'true' : undefined,
    status: filter.status,
    asOf: filter.asOf,
    from: filter.from,
    to: filter.to,
    cursor: filter.cursor,
  };
}
