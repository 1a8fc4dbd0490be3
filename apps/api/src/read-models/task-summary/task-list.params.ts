import { foldedWords } from '@lib/domain/core';
import { TASK_STATUSES, type TaskStatus } from '@lib/domain/custody';
import { decodeTaskListCursor, TASK_LIST_MAX_PAGE_SIZE, type TaskListCursor, type TaskListFilter } from '@lib/read-models/task-custody';
import { invalidParam, pageLimit, singleParam } from '../../http/query-params';

const DEFAULT_PAGE_SIZE = 50;
/** The longest search GET /tasks accepts, in characters once trimmed. */
export const TASK_SEARCH_MAX_LENGTH = 200;
const invalid = invalidParam;
const FIRST_INSTANT = Date.parse('0001-01-01T00:00:00Z');
const END_OF_YEAR_9999 = Date.parse('9999-12-31T00:00:00Z') + 86_400_000;

/** An instant, or a local day (Asia/Ho_Chi_Minh): its start, or with `endOfDay` the start of the next day. */
export function parseInstantParam(field: string, value: unknown, endOfDay = false): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw invalid(field, 'phải là một ngày hoặc một thời điểm');
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = Date.parse(day ? `${value}T00:00:00+07:00` : value);
  if (Number.isNaN(ms)) throw invalid(field, 'phải là ngày (YYYY-MM-DD) hoặc thời điểm ISO 8601');
  const instant = day && endOfDay ? ms + 86_400_000 : ms;
  // PostgreSQL reads neither year 0 nor the extended years (-000001, +275760) that toISOString writes.
  if (instant < FIRST_INSTANT || instant >= END_OF_YEAR_9999) throw invalid(field, 'phải nằm trong các năm 1 đến 9999 (UTC)');
  return new Date(instant).toISOString();
}

/** GET /tasks: the query parameters as the query's filter; a 400 naming the first parameter that is not valid. */
export function parseTaskListFilter(query: Record<string, unknown>, now: string, units: string[] | null = null): TaskListFilter {
  const text = (field: string): string | null => singleParam(query, field);
  const status = text('status');
  if (status !== null && !(TASK_STATUSES as readonly string[]).includes(status))
    throw invalid('status', `phải là một trong: ${TASK_STATUSES.join(', ')}`);
  const overdue = text('overdue');
  if (overdue !== null && overdue !== 'true' && overdue !== 'false') throw invalid('overdue', 'phải là true hoặc false');
  const limit = pageLimit(query, DEFAULT_PAGE_SIZE, TASK_LIST_MAX_PAGE_SIZE);
  const cursorText = text('cursor');
  return {
    unit: text('unit'),
    person: text('person'),
    status: status as TaskStatus | null,
    category: text('category'),
    overdue: overdue === 'true',
    from: parseInstantParam('from', query['from']),
    to: parseInstantParam('to', query['to'], true),
    words: searchWords(text('q')),
    limit,
    cursor: cursorText === null ? null : cursorOf(cursorText),
    asOf: parseInstantParam('asOf', query['asOf']) ?? now,
    units,
  };
}

/** `q`: 1 to 200 characters once trimmed, with at least one letter or digit; its folded words. */
function searchWords(q: string | null): string[] {
  if (q === null) return [];
  const trimmed = q.trim();
  const words = foldedWords(trimmed);
  if ([...trimmed].length > TASK_SEARCH_MAX_LENGTH || words.length === 0)
    throw invalid('q', `phải có từ 1 đến ${TASK_SEARCH_MAX_LENGTH} ký tự, không chỉ gồm khoảng trắng`);
  return words;
}

function cursorOf(text: string): TaskListCursor {
  const cursor = decodeTaskListCursor(text);
  if (cursor === null) throw invalid('cursor', 'không phải con trỏ trang do chính đường dẫn này trả về');
  return cursor;
}
