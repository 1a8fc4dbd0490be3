import type { Repository } from 'typeorm';
import {
  handOffMeasures,
  handoverEdges,
  handoverNetwork,
  handoverNodeOf,
  type HandoverArc,
  type HandoverEdge,
  type NetworkLevel,
} from '@lib/domain/custody';
import type { HandoverEntity } from './handover.entity';
import type { OrganisationNames } from './organisation-names';
import type { TaskAsOfReader } from './task-as-of.reader';
import type { TaskSummaryEntity } from './task-summary.entity';
import { taskTouchesUnitsSql } from './task-touches-units';

/** An arc with its ends named as on the day of its last hand-over, and its waits summarised. */
export interface NamedHandoverArc extends HandoverArc {
  fromName: string | null;
  toName: string | null;
  averageWaitWorkingDays: number;
  medianWaitWorkingDays: number;
}

/** A task handed over along one asked arc, with how many times it was. */
export interface ArcTask {
  id: string;
  title: string | null;
  count: number;
}

/** Per unit first assigned as lead, over the tasks of the network: reassignments and first-lead resolutions. */
export interface UnitHandOffFigures {
  unitId: string;
  unitName: string | null;
  taskCount: number;
  reassignmentCount: number;
  resolvedByFirstLeadCount: number;
  resolvedByFirstLeadRate: number;
}

export interface HandoverNetworkView {
  edges: NamedHandoverArc[];
  units: UnitHandOffFigures[];
  /** The tasks of the asked arc (giver → receiver), null when no arc was asked. */
  tasks: ArcTask[] | null;
}

/** GET /handover-network: hand-offs between units or persons, counted and with their waits. */
export class HandoverNetworkQuery {
  constructor(
    private readonly tasks: Repository<TaskSummaryEntity>,
    private readonly handovers: Repository<HandoverEntity>,
    private readonly reader: TaskAsOfReader,
  ) {}

  /**
   * Hand-offs that happened in [from, to) on tasks that touched `units` (all when null), aggregated, waits as
   * of `asOf`; with names beside its nodes (a unit as on the day of the arc's last hand-over, a person by
   * name), the median wait of each arc, the per-unit figures (named as on `asOf`) and, when `arc` is given,
   * the tasks handed over along it.
   */
  async view(
    level: NetworkLevel,
    window: { from: string | null; to: string | null },
    asOf: string,
    units: string[] | null,
    names: OrganisationNames,
    arc: { giver: string; receiver: string } | null = null,
  ): Promise<HandoverNetworkView> {
    const handed = await this.handedOver(window, asOf, units);
    const arcs = handoverNetwork(
      handed.flatMap((task) => task.edges),
      level,
    );
    const waits = new Map<string, number[]>();
    const lastAt = new Map<string, { at: string; from: HandoverEdge['to']; to: HandoverEdge['to'] }>();
    const arcTasks: ArcTask[] = [];
    for (const task of handed) {
      let onArc = 0;
      for (const edge of task.edges) {
        if (edge.from === null) continue;
        const from = handoverNodeOf(edge.from, level);
        const to = handoverNodeOf(edge.to, level);
        if (from === to) continue;
        const key = `${from}\u0000${to}`;
        const arcWaits = waits.get(key);
        if (arcWaits === undefined) waits.set(key, [edge.waitWorkingDays]);
        else arcWaits.push(edge.waitWorkingDays);
        const last = lastAt.get(key);
        if (last === undefined || edge.at >= last.at) lastAt.set(key, { at: edge.at, from: edge.from, to: edge.to });
        if (arc !== null && from === arc.giver && to === arc.receiver) onArc += 1;
      }
      if (onArc > 0) arcTasks.push({ id: task.row.taskId, title: task.row.title, count: onArc });
    }
    const nodeName = (node: string, holder: HandoverEdge['to'], on: string): string | null =>
      level === 'unit' || node.startsWith('unit:') ? names.unitName(holder.unitId, on) : names.personName(holder.personId);
    const edges = arcs.map((item) => {
      const key = `${item.from}\u0000${item.to}`;
      const last = lastAt.get(key)!;
      return {
        ...item,
        fromName: nodeName(item.from, last.from, last.at),
        toName: nodeName(item.to, last.to, last.at),
        averageWaitWorkingDays: Math.round((item.totalWaitWorkingDays / item.count) * 100) / 100,
        medianWaitWorkingDays: Math.round(median(waits.get(key) ?? []) * 100) / 100,
      };
    });
    return { edges, units: unitFigures(handed, names, asOf), tasks: arc === null ? null : arcTasks };
  }

  private async handedOver(
    window: { from: string | null; to: string | null },
    asOf: string,
    units: string[] | null,
  ): Promise<
    Array<{
      row: TaskSummaryEntity;
      edges: HandoverEdge[];
      firstLeadUnitId: string | null;
      reassignmentCount: number;
      resolvedByFirstLead: boolean;
    }>
  > {
    const handedOver = this.handovers.createQueryBuilder('h').select('h.taskId');
    if (window.from !== null) handedOver.andWhere('h.at >= :from', { from: window.from });
    if (window.to !== null) handedOver.andWhere('h.at < :to', { to: window.to });
    const rows = await this.tasks
      .createQueryBuilder('t')
      .where(`t.taskId IN (${handedOver.getQuery()})`)
      .setParameters(handedOver.getParameters())
      .andWhere(
        units === null ? 'TRUE' : taskTouchesUnitsSql('t.task_id', 'jurisdictionUnits'),
        units === null ? {} : { jurisdictionUnits: units },
      )
      .orderBy('t.taskId')
      .getMany();
    const from = window.from === null ? null : Date.parse(window.from);
    const to = window.to === null ? null : Date.parse(window.to);
    return rows.map((row) => {
      const timeline = this.reader.asOf(row, asOf).timeline;
      const measures = handOffMeasures(timeline);
      const edges = handoverEdges(timeline, this.reader.calendar).filter((edge) => {
        const at = Date.parse(edge.at);
        return (from === null || at >= from) && (to === null || at < to);
      });
      return {
        row,
        edges,
        firstLeadUnitId: measures.firstLeadUnitId,
        reassignmentCount: measures.reassignmentCount,
        resolvedByFirstLead: measures.resolvedByFirstLead,
      };
    });
  }
}

function unitFigures(
  tasks: ReadonlyArray<{ firstLeadUnitId: string | null; reassignmentCount: number; resolvedByFirstLead: boolean }>,
  names: OrganisationNames,
  asOf: string,
): UnitHandOffFigures[] {
  const byUnit = new Map<string, { taskCount: number; reassignmentCount: number; resolvedByFirstLeadCount: number }>();
  for (const task of tasks) {
    if (task.firstLeadUnitId === null) continue;
    const figures = byUnit.get(task.firstLeadUnitId) ?? { taskCount: 0, reassignmentCount: 0, resolvedByFirstLeadCount: 0 };
    figures.taskCount += 1;
    figures.reassignmentCount += task.reassignmentCount;
    figures.resolvedByFirstLeadCount += task.resolvedByFirstLead ? 1 : 0;
    byUnit.set(task.firstLeadUnitId, figures);
  }
  return [...byUnit.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unitId, figures]) => ({
      unitId,
      unitName: names.unitName(unitId, asOf),
      ...figures,
      resolvedByFirstLeadRate: Math.round((figures.resolvedByFirstLeadCount / figures.taskCount) * 1000) / 1000,
    }));
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
