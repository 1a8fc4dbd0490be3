import { RULE_CODES, type RuleCode } from '@lib/domain/rules';
import { FINDING_STATUSES, type FindingStatus } from '@lib/domain/finding-review';
import { decodeFindingListCursor, type FindingFilter, type FindingListCursor } from '@lib/read-models/findings';
import { invalidParam, onlyKnown, pageLimit, singleParam } from '../http/query-params';
import { parseInstantParam } from '../read-models/task-summary/task-list.params';

const MAX_PAGE_SIZE = 200;
const DEFAULT_PAGE_SIZE = 50;
const invalid = invalidParam;

/** GET /findings: the query parameters as the query's filter; a 400 naming the first parameter that is unknown or not valid. */
export function parseFindingFilter(query: Record<string, unknown>, units: string[] | null = null): FindingFilter {
  onlyKnown(query, ['rule', 'unit', 'person', 'task', 'status', 'from', 'to', 'limit', 'cursor']);
  const text = (field: string): string | null => singleParam(query, field);
  const rule = text('rule');
  if (rule !== null && !(RULE_CODES as readonly string[]).includes(rule))
    throw invalid('rule', `phải là một trong: ${RULE_CODES.join(', ')}`);
  const status = text('status');
  if (status !== null && !(FINDING_STATUSES as readonly string[]).includes(status))
    throw invalid('status', `phải là một trong: ${FINDING_STATUSES.join(', ')}`);
  const task = text('task');
  if (task !== null && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(task))
    throw invalid('task', 'phải là mã nhiệm vụ (UUID)');
  const limit = pageLimit(query, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const from = parseInstantParam('from', query['from']);
  const to = parseInstantParam('to', query['to'], true);
  if (from !== null && to !== null && from >= to) throw invalid('to', 'phải sau from');
  const cursor = text('cursor');
  return {
    ruleCode: rule as RuleCode | null,
    unit: text('unit'),
    person: text('person'),
    task: task?.toLowerCase() ?? null,
    status: status as FindingStatus | null,
    from,
    to,
    limit,
    cursor: cursor === null ? null : cursorOf(cursor),
    units,
  };
}

function cursorOf(text: string): FindingListCursor {
  const cursor = decodeFindingListCursor(text);
  if (cursor === null) throw invalid('cursor', 'không phải con trỏ trang do chính đường dẫn này trả về');
  return cursor;
}
