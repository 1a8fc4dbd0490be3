import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { handOffMeasures, TASK_STATUSES, type TaskStatus } from '@lib/domain/custody';
import { invalidParam, pageLimit, singleParam } from '../../http/query-params';
import { taskTouchesUnitsSql } from '../../jurisdiction/jurisdiction';
import { TaskAsOfReader } from '../custody/task-as-of.reader';
import { TaskPartyEntity, TaskSummaryEntity } from '@lib/read-models/task-custody';

export const MAX_PAGE_SIZE = 200;
const DEFAULT_PAGE_SIZE = 50;
const OPEN: ReadonlySet<TaskStatus> = new Set(['within_deadline', 'due_soon', 'overdue', 'no_deadline']);

export interface TaskListFilter {
  unit: string | null;
  person: string | null;
  status: TaskStatus | null;
  category: string | null;
  overdue: boolean;
  from: string | null;
  to: string | null;
  limit: number;
  cursor: { assignedAt: string; taskId: string } | null;
  asOf: string;
  /** The reader's jurisdiction: only tasks that touched one of these units; null for no restriction. */
  units: string[] | null;
}

export interface TaskListItem {
  id: string;
  title: string | null;
  category: string | null;
  lead: { unitId: string | null };
  holder: { unitId: string | null; personId: string | null };
  deadline: string | null;
  status: { code: TaskStatus; label: string };
  reassignmentCount: number;
  hopCount: number;
  resolvedByFirstLead: boolean;
}

export interface TaskListPage {
  asOf: string;
  items: TaskListItem[];
  nextCursor: string | null;
}

const invalid = invalidParam;
const FIRST_INSTANT = Date.parse('0001-01-01T00:00:00Z');
const END_OF_YEAR_9999 = Date.parse('9999-12-31T00:00:00Z') + 86_400_000;

/** An instant, or a local day (Asia/Ho_Chi_Minh): its start, or with `endOfDay` the start of the next day. */
export function parseInstantParam(field: string, value: unknown, endOfDay = false): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw invalid(field, 'must be a date or an instant', 'phải là một ngày hoặc một thời điểm');
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = Date.parse(day ? `${value}T00:00:00+07:00` : value);
  if (Number.isNaN(ms))
    throw invalid(field, 'must be a date (YYYY-MM-DD) or an ISO 8601 instant', 'phải là ngày (YYYY-MM-DD) hoặc thời điểm ISO 8601');
  const instant = day && endOfDay ? ms + 86_400_000 : ms;
  // PostgreSQL reads neither year 0 nor the extended years (-000001, +275760) that toISOString writes.
  if (instant < FIRST_INSTANT || instant >= END_OF_YEAR_9999)
    throw invalid(field, 'must fall within the years 1 to 9999 (UTC)', 'phải nằm trong các năm 1 đến 9999 (UTC)');
  return new Date(instant).toISOString();
}

export function parseTaskListFilter(query: Record<string, unknown>, now: string, units: string[] | null = null): TaskListFilter {
  const text = (field: string): string | null => singleParam(query, field);
  const status = text('status');
  if (status !== null && !(TASK_STATUSES as readonly string[]).includes(status))
    throw invalid('status', `must be one of ${TASK_STATUSES.join(', ')}`, `phải là một trong: ${TASK_STATUSES.join(', ')}`);
  const overdue = text('overdue');
  if (overdue !== null && overdue !== 'true' && overdue !== 'false')
    throw invalid('overdue', 'must be true or false', 'phải là true hoặc false');
  const limit = pageLimit(query, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const cursorText = text('cursor');
  return {
    unit: text('unit'),
    person: text('person'),
    status: status as TaskStatus | null,
    category: text('category'),
    overdue: overdue === 'true',
    from: parseInstantParam('from', query['from']),
    to: parseInstantParam('to', query['to'], true),
    limit,
    cursor: cursorText === null ? null : decodeCursor(cursorText),
    asOf: parseInstantParam('asOf', query['asOf']) ?? now,
    units,
  };
}

export function encodeCursor(assignedAt: string, taskId: string): string {
  return Buffer.from(JSON.stringify([assignedAt, taskId])).toString('base64url');
}

function decodeCursor(cursor: string): { assignedAt: string; taskId: string } {
  try {
    const [assignedAt, taskId] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof assignedAt === 'string' &&
      typeof taskId === 'string' &&
      !Number.isNaN(Date.parse(assignedAt)) &&
      /^[0-9a-f-]{36}$/.test(taskId)
    ) {
      return { assignedAt, taskId };
    }
  } catch {
    // falls through to the 400
  }
  throw invalid('cursor', 'not a cursor returned by this endpoint', 'không phải con trỏ trang do chính đường dẫn này trả về');
}

/**
 * GET /tasks. Filters pushed down to SQL (unit, person, category, assigned period, open/closed,
 * overdue as "open at asOf and due before it"); the status itself is computed per row as of `asOf`,
 * so the page is filled by reading on in (assigned_at, task_id) order until it has `limit` matches.
 */
@Injectable()
export class TaskListQuery {
  constructor(
    @InjectRepository(TaskSummaryEntity) private readonly tasks: Repository<TaskSummaryEntity>,
    private readonly reader: TaskAsOfReader,
  ) {}

  async list(filter: TaskListFilter): Promise<TaskListPage> {
    const items: TaskListItem[] = [];
    let after = filter.cursor;
    let hasMore = false;
    let lastAssignedAt: string | null = null;
    const chunk = Math.min(MAX_PAGE_SIZE, filter.limit + 1);
    for (;;) {
      const rows = await this.filtered(filter, after).orderBy('t.assignedAt').addOrderBy('t.taskId').limit(chunk).getMany();
      for (const row of rows) {
        const { timeline, status } = this.reader.asOf(row, filter.asOf);
        if (status === null) continue;
        if (filter.status !== null && status.status !== filter.status) continue;
        if (filter.overdue && status.status !== 'overdue') continue;
        if (items.length === filter.limit) {
          hasMore = true;
          break;
        }
        const measures = handOffMeasures(timeline);
        const holder = timeline.intervals.at(-1)?.holder ?? null;
        lastAssignedAt = row.assignedAt!.toISOString();
        items.push({
          id: row.taskId,
          title: row.title,
          category: row.category,
          lead: { unitId: timeline.leadUnitId },
          holder: { unitId: holder?.unitId ?? null, personId: holder?.personId ?? null },
          deadline: status.dueAt,
          status: { code: status.status, label: status.label },
          reassignmentCount: measures.reassignmentCount,
          hopCount: measures.hopCount,
          resolvedByFirstLead: measures.resolvedByFirstLead,
        });
      }
      if (hasMore || rows.length < chunk) break;
      const last = rows.at(-1)!;
      after = { assignedAt: last.assignedAt!.toISOString(), taskId: last.taskId };
    }
    const last = items.at(-1);
    return {
      asOf: filter.asOf,
      items,
      nextCursor: hasMore && last !== undefined && lastAssignedAt !== null ? encodeCursor(lastAssignedAt, last.id) : null,
    };
  }

  /** The rows that can match `filter`, after the keyset position `after` (exclusive). */
  private filtered(filter: TaskListFilter, after: TaskListFilter['cursor']): SelectQueryBuilder<TaskSummaryEntity> {
    const qb = this.tasks
      .createQueryBuilder('t')
      .where('t.assignedAt IS NOT NULL')
      .andWhere('t.assignedAt <= :asOf', { asOf: filter.asOf });
    const party = (column: 'unitId' | 'personId', parameter: string): string =>
      `EXISTS (${qb.subQuery().select('1').from(TaskPartyEntity, 'p').where('p.taskId = t.taskId').andWhere(`p.${column} = :${parameter}`).getQuery()})`;
    if (filter.units !== null) qb.andWhere(taskTouchesUnitsSql('t.task_id', 'jurisdictionUnits'), { jurisdictionUnits: filter.units });
    if (filter.unit !== null) qb.andWhere(party('unitId', 'unit'), { unit: filter.unit });
    if (filter.person !== null) qb.andWhere(party('personId', 'person'), { person: filter.person });
    if (filter.category !== null) qb.andWhere('t.category = :category', { category: filter.category });
    if (filter.from !== null) qb.andWhere('t.assignedAt >= :from', { from: filter.from });
    if (filter.to !== null) qb.andWhere('t.assignedAt < :to', { to: filter.to });
    const wantsOverdue = filter.overdue || filter.status === 'overdue';
    if (wantsOverdue) qb.andWhere('(t.closedAt IS NULL OR t.closedAt > :asOf) AND t.dueAt < :asOf');
    else if (filter.status !== null && OPEN.has(filter.status)) qb.andWhere('(t.closedAt IS NULL OR t.closedAt > :asOf)');
    else if (filter.status === 'cancelled') qb.andWhere(`t.closure = 'cancelled' AND t.closedAt <= :asOf`);
    else if (filter.status !== null) qb.andWhere(`t.closure = 'completed' AND t.closedAt <= :asOf`);
    if (after !== null) {
      qb.andWhere('(t.assignedAt, t.taskId) > (CAST(:afterAssignedAt AS timestamptz), CAST(:afterTaskId AS uuid))', {
        afterAssignedAt: after.assignedAt,
        afterTaskId: after.taskId,
      });
    }
    return qb;
  }
}
