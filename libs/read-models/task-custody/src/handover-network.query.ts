import type { Repository } from 'typeorm';
import { handoverEdges, handoverNetwork, type HandoverArc, type NetworkLevel } from '@lib/domain/custody';
import type { HandoverEntity } from './handover.entity';
import type { TaskAsOfReader } from './task-as-of.reader';
import type { TaskSummaryEntity } from './task-summary.entity';
import { taskTouchesUnitsSql } from './task-touches-units';

/** GET /handover-network: hand-offs between units or persons, counted and with their waits. */
export class HandoverNetworkQuery {
  constructor(
    private readonly tasks: Repository<TaskSummaryEntity>,
    private readonly handovers: Repository<HandoverEntity>,
    private readonly reader: TaskAsOfReader,
  ) {}

  /** Hand-offs that happened in [from, to) on tasks that touched `units` (all when null), aggregated; waits as of `asOf`. */
  async network(
    level: NetworkLevel,
    window: { from: string | null; to: string | null },
    asOf: string,
    units: string[] | null = null,
  ): Promise<HandoverArc[]> {
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
    const edges = rows.flatMap((row) =>
      handoverEdges(this.reader.asOf(row, asOf).timeline, this.reader.calendar).filter((edge) => {
        const at = Date.parse(edge.at);
        return (from === null || at >= from) && (to === null || at < to);
      }),
    );
    return handoverNetwork(edges, level);
  }
}
