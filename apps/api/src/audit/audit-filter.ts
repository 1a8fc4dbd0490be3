import type { AuditFilter } from '@lib/event-store';
import { taskStreamId } from '@lib/domain/task';
import { invalidParam, onlyKnown, pageLimit, singleParam } from '../http/query-params';
import { parseInstantParam } from '../read-models/task-summary/task-list.params';

const AUDIT_FORMATS = ['json', 'csv', 'jsonl'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

export interface AuditRequest {
  taskId: string | null;
  personId: string | null;
  unitId: string | null;
  format: AuditFormat;
  filter: Omit<AuditFilter, 'after' | 'limit'>;
  limit: number;
  cursor: string | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CHECKPOINT = /^\d{1,20}\/\d{1,19}$/;
const EVENT_TYPE = /^[A-Z][A-Za-z0-9]{0,99}$/;

/** GET /audit/events query: task, person, unit, period (on occurredAt), event types, page. */
export function parseAuditRequest(query: Record<string, unknown>): AuditRequest {
  onlyKnown(query, ['task', 'person', 'unit', 'from', 'to', 'types', 'limit', 'cursor', 'format']);
  const taskId = singleParam(query, 'task');
  if (taskId !== null && !UUID.test(taskId)) throw invalidParam('task', 'phải là mã nhiệm vụ (UUID)');
  const types = singleParam(query, 'types');
  const typeList = types === null ? undefined : types.split(',').map((type) => type.trim());
  if (typeList?.some((type) => !EVENT_TYPE.test(type)))
    throw invalidParam('types', 'phải là tên các loại sự kiện cách nhau bởi dấu phẩy, ví dụ TaskTransferred,TaskReturned');
  const format = singleParam(query, 'format') ?? 'json';
  if (!(AUDIT_FORMATS as readonly string[]).includes(format))
    throw invalidParam('format', `phải là một trong: ${AUDIT_FORMATS.join(', ')}`);
  const cursor = singleParam(query, 'cursor');
  if (cursor !== null && !CHECKPOINT.test(cursor)) throw invalidParam('cursor', 'không phải con trỏ trang do chính đường dẫn này trả về');
  const from = parseInstantParam('from', query['from']);
  const to = parseInstantParam('to', query['to'], true);
  if (from !== null && to !== null && from >= to) throw invalidParam('to', 'phải sau from');
  const personId = singleParam(query, 'person');
  const unitId = singleParam(query, 'unit');
  return {
    taskId: taskId?.toLowerCase() ?? null,
    personId,
    unitId,
    format: format as AuditFormat,
    limit: pageLimit(query, 100, 1000),
    cursor: cursor ?? undefined,
    filter: {
      ...(taskId !== null ? { streamIds: [taskStreamId(taskId.toLowerCase())] } : {}),
      ...(personId !== null ? { personId } : {}),
      ...(unitId !== null ? { unitId } : {}),
      ...(from !== null ? { occurredFrom: from } : {}),
      ...(to !== null ? { occurredTo: to } : {}),
      ...(typeList !== undefined ? { types: typeList } : {}),
    },
  };
}
