import type { Repository, SelectQueryBuilder } from 'typeorm';
import { handOffMeasures, type CustodyTimeline, type TaskStatus } from '@lib/domain/custody';
import { taskCategoryLabel } from '@lib/domain/task';
import { OrganisationNames } from './organisation-names';
import type { TaskAsOfReader } from './task-as-of.reader';
import { encodeTaskListCursor, type TaskListCursor } from './task-list.cursor';
import { TaskPartyEntity } from './task-party.entity';
import type { CurrentOrganisation } from './task-custody.ports';
import type { TaskSummaryEntity } from './task-summary.entity';
import { taskTouchesUnitsSql } from './task-touches-units';

/** The largest page GET /tasks serves (and the most rows read at once to fill one). */
export const TASK_LIST_MAX_PAGE_SIZE = 200;
const OPEN: ReadonlySet<TaskStatus> = new Set(['within_deadline', 'due_soon', 'overdue', 'no_deadline']);

export interface TaskListFilter {
  unit: string | null;
  person: string | null;
  status: TaskStatus | null;
  category: string | null;
  overdue: boolean;
  from: string | null;
  to: string | null;
  /** The words of the search, folded (foldedWords of @lib/domain/core): each must appear; empty for no search. */
  words: string[];
  limit: number;
  cursor: TaskListCursor | null;
  asOf: string;
  /** The reader's jurisdiction: only tasks that touched one of these units; null for no restriction. */
  units: string[] | null;
}

export interface TaskListItem {
  id: string;
  title: string | null;
  category: string | null;
  /** The category's Vietnamese label; null for an unknown code. */
  categoryLabel: string | null;
  /** The lead unit, named as on the day it became lead. */
  lead: { unitId: string | null; unitName: string | null };
  /** The current holder, named as on the day it received the task. */
  holder: { unitId: string | null; personId: string | null; unitName: string | null; personName: string | null };
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

/**
 * GET /tasks. Filters pushed down to SQL (unit, person, category, assigned period, open/closed,
 * overdue as "open at asOf and due before it", the search's words in the folded search text); the status itself is computed per row as of `asOf`,
 * so the page is filled by reading on in (assigned_at, task_id) order until it has `limit` matches.
 */
export class TaskListQuery {
  constructor(
    private readonly tasks: Repository<TaskSummaryEntity>,
    private readonly reader: TaskAsOfReader,
    private readonly organisation: CurrentOrganisation,
  ) {}

  async list(filter: TaskListFilter): Promise<TaskListPage> {
    const items: TaskListItem[] = [];
    let after = filter.cursor;
    let hasMore = false;
    let lastAssignedAt: string | null = null;
    const chunk = Math.min(TASK_LIST_MAX_PAGE_SIZE, filter.limit + 1);
    const names = new OrganisationNames(this.organisation.current);
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
          categoryLabel: taskCategoryLabel(row.category),
          lead: { unitId: timeline.leadUnitId, unitName: names.unitName(timeline.leadUnitId, leadSince(timeline)) },
          holder: names.party(
            { unitId: holder?.unitId ?? null, personId: holder?.personId ?? null },
            timeline.intervals.at(-1)?.from ?? filter.asOf,
          ),
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
      nextCursor: hasMore && last !== undefined && lastAssignedAt !== null ? encodeTaskListCursor(lastAssignedAt, last.id) : null,
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
    filter.words.forEach((word, index) => {
      const contains = `t.searchText LIKE :word${index}`;
      // A word that could start a task id (hex digits and dashes) also finds the task whose id begins with it.
      const idPrefix = /^[0-9a-f-]+$/.test(word) ? ` OR CAST(t.taskId AS text) LIKE :idPrefix${index}` : '';
      qb.andWhere(`(${contains}${idPrefix})`, {
        [`word${index}`]: `%${likeLiteral(word)}%`,
        [`idPrefix${index}`]: `${likeLiteral(word)}%`,
      });
    });
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

/** The text as a LIKE pattern matching it literally (backslash is PostgreSQL's default escape). */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** When the current lead unit last became lead (the start of its latest lead hold); else the log's first entry. */
function leadSince(timeline: CustodyTimeline): string {
  const lead = timeline.intervals.findLast((interval) => interval.role === 'lead' && interval.holder.unitId === timeline.leadUnitId);
  return lead?.from ?? timeline.intervals[0]?.from ?? timeline.asOf;
}
