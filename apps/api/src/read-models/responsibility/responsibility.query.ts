import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { WorkingDayCalendar } from '@lib/domain/calendar';
import { attributeResponsibility, type FindingShare, type HolderAttribution } from '@lib/domain/custody';
import { evaluateTask, type RuleSourceEvent } from '@lib/domain/rules';
import { WORKING_DAY_CALENDAR } from '../../calendar/calendar.provider';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../database/database.tokens';
import { FindingEntity, FindingTaskEntity } from '../../findings/finding.entity';
import { taskTitles, withNames } from '../../findings/finding-names';
import { statusOf, type FindingStatus } from '../../findings/findings.query';
import { OrganisationReadModel } from '../../org/organisation.read-model';
import type { TaskAsOf } from '../custody/task-as-of.reader';

export interface SetAsideShare {
  findingId: string;
  ruleCode: string;
  status: 'dismissed' | 'superseded';
}

export type Responsibility = HolderAttribution & {
  statusLabel: string | null;
  /** Finding shares left out because the inspector dismissed the finding or its evidence fell away. */
  setAside: SetAsideShare[];
};

/**
 * GET /tasks/{id}/responsibility: who answers for the delay. Holder lines from the custody timeline; finding
 * lines (improper transfer or return, silent consultee) from the rules judged as of `asOf`, counted only for
 * findings the read model holds as open or confirmed; heads from the organisation as it was on each day.
 */
@Injectable()
export class ResponsibilityQuery {
  constructor(
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(FindingTaskEntity) private readonly ruleInputs: Repository<FindingTaskEntity>,
    @InjectRepository(FindingEntity) private readonly findings: Repository<FindingEntity>,
    private readonly organisation: OrganisationReadModel,
  ) {}

  /**
   * `preloaded`: the task's rules input and its findings' statuses when the caller already read them for many
   * tasks at once (reports), so that no query runs per task.
   */
  async responsibility({ row, timeline, status }: TaskAsOf, asOf: string, preloaded?: PreloadedFindings): Promise<Responsibility> {
    const organisation = this.organisation.current;
    const { counted, setAside } = await this.findingShares(row.taskId, asOf, preloaded);
    const attribution = attributeResponsibility({
      timeline,
      status,
      calendar: this.calendar,
      headOf: (unitId, date) => organisation.headOn(unitId, date),
      findingShares: counted,
    });
    const titles = taskTitles([{ taskId: row.taskId, title: row.title }]);
    // Names as they were on the finding's day (or the first day charged): renamed units read as they were then.
    const named = <Line extends { explanation: string; days: readonly string[]; on?: string | null }>(line: Line): Line => ({
      ...line,
      explanation: withNames(line.explanation, organisation, line.on ?? line.days[0] ?? asOf.slice(0, 10), titles),
    });
    return {
      ...attribution,
      individual: attribution.individual.map(named),
      supervisory: attribution.supervisory.map(named),
      statusLabel: status?.label ?? null,
      setAside,
    };
  }

  private async findingShares(taskId: string, asOf: string, preloaded?: PreloadedFindings): Promise<{ counted: FindingShare[]; setAside: SetAsideShare[] }> {
    const events = preloaded?.events ?? (await this.ruleInputs.findOneBy({ taskId }))?.events ?? [];
    if (events.length === 0) return { counted: [], setAside: [] };
    const evaluation = evaluateTask({
      events,
      organisation: this.organisation.current,
      calendar: this.calendar,
      asOf,
      parameters: this.config.rules.resolved,
    });
    const ids = [...new Set(evaluation.findingShares.map((share) => share.findingId))];
    const statusById = preloaded?.statusById ?? (await this.statusesOf(ids));
    const counted: FindingShare[] = [];
    const setAside: SetAsideShare[] = [];
    for (const share of evaluation.findingShares) {
      const found = statusById.get(share.findingId);
      if (found === 'open' || found === 'confirmed') counted.push(share);
      else if (found === 'dismissed' || found === 'superseded') {
        if (!setAside.some((entry) => entry.findingId === share.findingId)) setAside.push({ findingId: share.findingId, ruleCode: share.ruleCode, status: found });
      }
    }
    return { counted, setAside };
  }

  async statusesOf(findingIds: readonly string[]): Promise<ReadonlyMap<string, FindingStatus>> {
    if (findingIds.length === 0) return new Map();
    const rows = await this.findings.find({ where: { findingId: In([...findingIds]) }, select: { findingId: true, detection: true, reviewStatus: true } });
    return new Map(rows.map((found) => [found.findingId, statusOf(found)]));
  }
}

export interface PreloadedFindings {
  events: RuleSourceEvent[];
  statusById: ReadonlyMap<string, FindingStatus>;
}
