import { In, type Repository } from 'typeorm';
import type { WorkingDayCalendar } from '@lib/domain/calendar';
import {
  attributeResponsibility,
  type FindingShare,
  type HolderAttribution,
  type ResponsibilityLine,
  type ResponsibilityTotal,
} from '@lib/domain/custody';
import { evaluateTask, type ResolvedRulesConfig, type RuleSourceEvent } from '@lib/domain/rules';
import type { FindingStatus } from '@lib/domain/finding-review';
import { OrganisationNames, type TaskAsOf } from '@lib/read-models/task-custody';
import { taskTitles, withNames } from './finding-names';
import { findingStatusOf } from './finding-status';
import type { FindingEntity, FindingTaskEntity } from './finding.entity';
import type { CurrentOrganisation } from './findings.ports';

export interface SetAsideShare {
  findingId: string;
  ruleCode: string;
  status: 'dismissed' | 'superseded';
}

/** A line with names beside its ids: the party's unit as named on the line's day, the persons' registered names. */
export type NamedResponsibilityLine = ResponsibilityLine & {
  party: ResponsibilityLine['party'] & { unitName: string | null; personName: string | null };
  supervisesPersonName: string | null;
};

/** A total with names beside its ids: the unit as named on the first day of the lines it adds up. */
export type NamedResponsibilityTotal = ResponsibilityTotal & { unitName: string | null; personName: string | null };

export type Responsibility = Omit<HolderAttribution, 'individual' | 'supervisory' | 'totals'> & {
  individual: NamedResponsibilityLine[];
  supervisory: NamedResponsibilityLine[];
  totals: NamedResponsibilityTotal[];
  statusLabel: string | null;
  /** Finding shares left out because the inspector dismissed the finding or its evidence fell away. */
  setAside: SetAsideShare[];
};

/**
 * GET /tasks/{id}/responsibility: who answers for the delay. Holder lines from the custody timeline; finding
 * lines (improper transfer or return, silent consultee) from the rules judged as of `asOf`, counted only for
 * findings the read model holds as open or confirmed (held findings included, with the shares they last
 * carried); heads from the organisation as it was on each day.
 */
export class ResponsibilityQuery {
  /** `rules`: the detection rules in force (the service's configuration). */
  constructor(
    private readonly calendar: WorkingDayCalendar,
    private readonly rules: ResolvedRulesConfig,
    private readonly ruleInputs: Repository<FindingTaskEntity>,
    private readonly findings: Repository<FindingEntity>,
    private readonly organisation: CurrentOrganisation,
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
    const names = new OrganisationNames(organisation);
    const named = (line: ResponsibilityLine): NamedResponsibilityLine => {
      const on = line.on ?? line.days[0] ?? asOf.slice(0, 10);
      return {
        ...line,
        party: names.party(line.party, on),
        supervisesPersonName: names.personName(line.supervisesPersonId),
        explanation: withNames(line.explanation, organisation, on, titles),
      };
    };
    return {
      ...attribution,
      individual: attribution.individual.map(named),
      supervisory: attribution.supervisory.map(named),
      totals: attribution.totals.map((total) => {
        const lines = total.kind === 'individual' ? attribution.individual : attribution.supervisory;
        const first = lines.find((line) => line.party.unitId === total.unitId && line.party.personId === total.personId);
        return names.party(total, first?.on ?? asOf);
      }),
      statusLabel: status?.label ?? null,
      setAside,
    };
  }

  private async findingShares(
    taskId: string,
    asOf: string,
    preloaded?: PreloadedFindings,
  ): Promise<{ counted: FindingShare[]; setAside: SetAsideShare[] }> {
    const events = preloaded?.events ?? (await this.ruleInputs.findOneBy({ taskId }))?.events ?? [];
    const held = preloaded?.held ?? (await this.heldOf([taskId]));
    const counted: FindingShare[] = [];
    const setAside: SetAsideShare[] = [];
    const setAsideOnce = (share: FindingShare, status: SetAsideShare['status']): void => {
      if (!setAside.some((entry) => entry.findingId === share.findingId))
        setAside.push({ findingId: share.findingId, ruleCode: share.ruleCode, status });
    };
    if (events.length > 0) {
      const evaluation = evaluateTask({
        events,
        organisation: this.organisation.current,
        calendar: this.calendar,
        asOf,
        parameters: this.rules,
      });
      const ids = [...new Set(evaluation.findingShares.map((share) => share.findingId))];
      const statusById = preloaded?.statusById ?? (await this.statusesOf(ids));
      for (const share of evaluation.findingShares) {
        const found = statusById.get(share.findingId);
        if (found === 'open' || found === 'confirmed') counted.push(share);
        else if (found === 'dismissed' || found === 'superseded') setAsideOnce(share, found);
      }
    }
    // A held finding (its entries voided or corrected by a person it names) is no longer reported by the rules,
    // but stays open until the inspector settles it: its shares count as last detected.
    for (const row of held) {
      if (row.taskId !== taskId || Date.parse(row.body.at) > Date.parse(asOf)) continue;
      const status = findingStatusOf(row);
      for (const share of row.body.findingShares) {
        if (status === 'dismissed') setAsideOnce(share, status);
        else if (
          !counted.some(
            (known) =>
              known.findingId === share.findingId &&
              known.party.unitId === share.party.unitId &&
              known.party.personId === share.party.personId,
          )
        )
          counted.push(share);
      }
    }
    return { counted, setAside };
  }

  /** The held findings of these tasks, with their last bodies (their shares). */
  async heldOf(taskIds: readonly string[]): Promise<HeldFinding[]> {
    if (taskIds.length === 0) return [];
    return this.findings.find({
      where: { taskId: In([...taskIds]), detection: 'held' },
      select: { findingId: true, taskId: true, detection: true, reviewStatus: true, body: true },
      order: { findingId: 'ASC' },
    });
  }

  async statusesOf(findingIds: readonly string[]): Promise<ReadonlyMap<string, FindingStatus>> {
    if (findingIds.length === 0) return new Map();
    const rows = await this.findings.find({
      where: { findingId: In([...findingIds]) },
      select: { findingId: true, detection: true, reviewStatus: true },
    });
    return new Map(rows.map((found) => [found.findingId, findingStatusOf(found)]));
  }
}

export type HeldFinding = Pick<FindingEntity, 'findingId' | 'taskId' | 'detection' | 'reviewStatus' | 'body'>;

export interface PreloadedFindings {
  events: RuleSourceEvent[];
  statusById: ReadonlyMap<string, FindingStatus>;
  /** The task's held findings (none when the caller knows there are none). */
  held: readonly HeldFinding[];
}
