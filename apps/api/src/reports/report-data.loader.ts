import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { In, type DataSource, type Repository } from 'typeorm';
import type { ReportFinding, ReportPeriod, ReportTask } from '@lib/domain/reports';
import {
  consultedUnitsOf,
  FindingEntity,
  FindingPartyEntity,
  findingStatusOf,
  FindingTaskEntity,
  ResponsibilityQuery,
  type HeldFinding,
} from '@lib/read-models/findings';
import type { FindingStatus } from '@lib/domain/finding-review';
import { TaskAsOfReader, TaskSummaryEntity, type TaskAsOf } from '@lib/read-models/task-custody';

/** Which tasks a report reads: those that touched these units or this person (held, handled, consulted, named by a finding). */
export interface TaskScope {
  unitIds: readonly string[];
  personId: string | null;
}

export interface LoadedTask {
  asOf: TaskAsOf;
  report: ReportTask;
}

/**
 * Loads the read models a report needs (rm_task, rm_task_party, rm_finding*, never the event streams) and folds
 * each task as of the report's instant: custody and status (TaskAsOfReader), attribution (ResponsibilityQuery).
 */
@Injectable()
export class ReportDataLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(TaskSummaryEntity) private readonly tasks: Repository<TaskSummaryEntity>,
    @InjectRepository(FindingTaskEntity) private readonly ruleInputs: Repository<FindingTaskEntity>,
    @InjectRepository(FindingEntity) private readonly findings: Repository<FindingEntity>,
    @InjectRepository(FindingPartyEntity) private readonly findingParties: Repository<FindingPartyEntity>,
    private readonly reader: TaskAsOfReader,
    private readonly responsibility: ResponsibilityQuery,
  ) {}

  /** Tasks assigned before the period ends and not closed before it starts, that touched the scope. */
  async tasksFor(scope: TaskScope, period: Pick<ReportPeriod, 'from' | 'asOf'>, withAttribution = true): Promise<LoadedTask[]> {
    // Candidates by indexed lookups (parties by unit or person, findings naming them), unioned. The lead unit of a
    // task is always a party (its assignment opens a hold), so rm_task.lead_unit_id (not indexed) is not searched.
    // The consultation requests (an index of the units each task asked) are searched only for a unit scope: a unit asked,
    // not yet answering, is no party; a person's figures count only the answers they recorded, and the official
    // who records an entry is a party of the task.
    const units = [...scope.unitIds];
    const consultations = scope.personId === null && units.length > 0;
    const rows: Array<{ task_id: string }> = await this.dataSource.query(
      `WITH candidates AS (
         SELECT p.task_id FROM rm_task_party p WHERE p.unit_id = ANY($3::text[])
         UNION SELECT p.task_id FROM rm_task_party p WHERE p.person_id = $4
         UNION SELECT f.task_id FROM rm_finding_party fp JOIN rm_finding f ON f.finding_id = fp.finding_id WHERE fp.unit_id = ANY($3::text[])
         UNION SELECT f.task_id FROM rm_finding_party fp JOIN rm_finding f ON f.finding_id = fp.finding_id WHERE fp.person_id = $4
         UNION SELECT ft.task_id FROM rm_finding_task ft WHERE $5::boolean AND ${consultedUnitsOf('ft.events')} ?| $3::text[]
       )
       SELECT t.task_id FROM rm_task t JOIN candidates c ON c.task_id = t.task_id
        WHERE t.assigned_at IS NOT NULL AND t.assigned_at <= $1 AND (t.closed_at IS NULL OR t.closed_at >= $2)
        ORDER BY t.assigned_at, t.task_id`,
      [period.asOf, period.from, units, scope.personId, consultations],
    );
    const ids = rows.map((row) => row.task_id);
    if (ids.length === 0) return [];
    // The rows, the rule inputs and every finding status of these tasks at once, not one query per task.
    const [entities, inputs, statusRows, heldRows] = await Promise.all([
      this.tasks.findBy({ taskId: In(ids) }),
      this.ruleInputs.findBy({ taskId: In(ids) }),
      withAttribution
        ? this.findings.find({ where: { taskId: In(ids) }, select: { findingId: true, taskId: true, detection: true, reviewStatus: true } })
        : [],
      withAttribution ? this.responsibility.heldOf(ids) : [],
    ]);
    const byId = new Map(entities.map((entity) => [entity.taskId, entity]));
    const eventsById = new Map(inputs.map((input) => [input.taskId, input.events]));
    const statusById = new Map(statusRows.map((found) => [found.findingId, findingStatusOf(found)]));
    // Only the shares of open or confirmed findings are counted, and a finding's id names its task: the rules
    // need not run on a task without such a finding (they would find nothing to count).
    const heldOf = new Map<string, HeldFinding[]>();
    for (const held of heldRows) {
      const list = heldOf.get(held.taskId);
      if (list === undefined) heldOf.set(held.taskId, [held]);
      else list.push(held);
    }
    const withCountedFindings = new Set(statusRows.filter((found) => isCounted(findingStatusOf(found))).map((found) => found.taskId));
    const loaded: LoadedTask[] = [];
    for (const taskId of ids) {
      const row = byId.get(taskId);
      if (row === undefined) continue;
      const asOf = this.reader.asOf(row, period.asOf);
      const events = eventsById.get(taskId) ?? [];
      const attribution = withAttribution
        ? await this.responsibility.responsibility(asOf, period.asOf, {
            events: withCountedFindings.has(taskId) ? events : [],
            statusById,
            held: heldOf.get(taskId) ?? [],
          })
        : { individual: [], supervisory: [] };
      const closure = asOf.timeline.closure;
      loaded.push({
        asOf,
        report: {
          taskId,
          title: row.title,
          holds: asOf.timeline.intervals,
          pauses: asOf.timeline.pauses,
          status: asOf.status,
          completedBy: closure?.kind === 'completed' ? closure.by : null,
          individual: attribution.individual,
          supervisory: attribution.supervisory,
          events,
        },
      });
    }
    return loaded;
  }

  /** Findings that name the scope (a unit in it, or the person), with every party they name and their status. */
  async findingsFor(scope: TaskScope): Promise<ReportFinding[]> {
    const where = [
      ...(scope.unitIds.length > 0 ? [{ unitId: In([...scope.unitIds]) }] : []),
      ...(scope.personId === null ? [] : [{ personId: scope.personId }]),
    ];
    if (where.length === 0) return [];
    const named = await this.findingParties.find({ where, select: { findingId: true } });
    const ids = [...new Set(named.map((party) => party.findingId))];
    if (ids.length === 0) return [];
    const [rows, parties] = await Promise.all([
      this.findings.find({
        where: { findingId: In(ids) },
        select: { findingId: true, taskId: true, ruleCode: true, onDate: true, detection: true, reviewStatus: true },
      }),
      this.findingParties.findBy({ findingId: In(ids) }),
    ]);
    // Each finding's parties in the order they were read, grouped once (not filtered again for every finding).
    const partiesOf = new Map<string, FindingPartyEntity[]>();
    for (const party of parties) {
      const list = partiesOf.get(party.findingId);
      if (list === undefined) partiesOf.set(party.findingId, [party]);
      else list.push(party);
    }
    return rows
      .map((row) => {
        const of = (role: 'responsible' | 'supervisory') =>
          (partiesOf.get(row.findingId) ?? [])
            .filter((party) => party.role === role)
            .map((party) => ({ unitId: party.unitId, personId: party.personId }));
        return {
          findingId: row.findingId,
          taskId: row.taskId,
          ruleCode: row.ruleCode,
          on: dateText(row.onDate),
          status: findingStatusOf(row),
          responsible: of('responsible'),
          supervisory: of('supervisory'),
        };
      })
      .sort((a, b) => (a.findingId < b.findingId ? -1 : 1));
  }
}

function isCounted(status: FindingStatus): boolean {
  return status === 'open' || status === 'confirmed';
}

/** `date` columns come back as text through TypeORM; a Date (another driver setting) is read in local time as pg built it. */
function dateText(value: string | Date): string {
  if (typeof value === 'string') return value.slice(0, 10);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}
