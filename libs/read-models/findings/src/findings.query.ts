import { In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { localDateOf } from '@lib/domain/calendar';
import { ruleDefinition, type FindingParty, type RuleCode, type SupervisoryParty } from '@lib/domain/rules';
import { taskStreamId } from '@lib/domain/task';
import { eventSummaryOf, type EventSummary, type StoredEvent, type StreamReader } from '@lib/event-store';
import type { FindingStatus } from '@lib/domain/finding-review';
import { taskTouchesUnitsSql, type TaskSummaryEntity } from '@lib/read-models/task-custody';
import { contestNoteOf, contestViewOf, type ContestView } from './contest-view';
import { encodeFindingListCursor, type FindingListCursor } from './finding-list.cursor';
import { nameOf, taskTitles, withNames } from './finding-names';
import { findingStatusOf } from './finding-status';
import { FindingPartyEntity, type FindingEntity } from './finding.entity';
import { FindingNotFoundError } from './findings.errors';
import type { CurrentOrganisation } from './findings.ports';
import type { ReviewEntry } from './review-rows';

export interface FindingFilter {
  ruleCode: RuleCode | null;
  unit: string | null;
  person: string | null;
  task: string | null;
  status: FindingStatus | null;
  from: string | null;
  to: string | null;
  limit: number;
  cursor: FindingListCursor | null;
  /** The reader's jurisdiction: findings on tasks that touched one of these units; null for no restriction. */
  units: string[] | null;
}

export interface NamedParty {
  unitId: string;
  unitName: string | null;
  personId: string | null;
  personName: string | null;
}

export interface FindingSummary {
  id: string;
  ruleCode: string;
  ruleVersion: number;
  ruleTitle: string;
  taskId: string;
  at: string;
  on: string;
  status: FindingStatus;
  /**
   * `active`: the rules report it; `held`: they no longer do because a person it names voided or corrected its
   * entries, and it stays (open, or as the inspector judged it) for the inspector; `superseded`: no longer reported.
   */
  detection: 'active' | 'held' | 'superseded';
  /** Voidings and corrections of its entries made by (or recorded for) a person it names, in log order. */
  contestedBy: ContestView[];
  responsible: Array<NamedParty & { resolvedAs: FindingParty['resolvedAs'] }>;
  supervisory: Array<NamedParty & { supervisesPersonId: string; supervisesPersonName: string | null }>;
  explanation: string;
  exempted: boolean;
}

export interface FindingDetail extends FindingSummary {
  variant: string;
  /** Every way the one act broke the rule (e.g. `rounds` and `past_deadline`): one finding per act. */
  reasons: string[];
  basis: string;
  /** The explanation as the rule wrote it, with ids (stable whatever names change later). */
  explanationWithIds: string;
  parameters: Readonly<Record<string, unknown>>;
  exemption: unknown;
  detectedBy: { eventId: string; globalPosition: number };
  superseded: { reason: string; byEventId: string | null } | null;
  evidence: Array<EventSummary & { actor: NamedParty; data: Record<string, unknown> }>;
  findingShares: unknown[];
  /** The inspectors' judgements, each inspector named as on the day of the judgement. */
  reviews: Array<ReviewEntry & { inspector: { unitName: string | null; personName: string | null } }>;
}

export interface FindingPage {
  items: FindingSummary[];
  nextCursor: string | null;
}

/** GET /findings and GET /findings/{id}: the findings read model, newest first, with names as of each finding's day. */
export class FindingsQuery {
  constructor(
    private readonly findings: Repository<FindingEntity>,
    private readonly tasks: Repository<TaskSummaryEntity>,
    private readonly store: StreamReader,
    private readonly organisation: CurrentOrganisation,
  ) {}

  async list(filter: FindingFilter): Promise<FindingPage> {
    const rows = await this.filtered(filter)
      .orderBy('f.at', 'DESC')
      .addOrderBy('f.findingId', 'DESC')
      .limit(filter.limit + 1)
      .getMany();
    const page = rows.slice(0, filter.limit);
    const last = page.at(-1);
    const titles = await this.titlesOf(page.map((row) => row.taskId));
    return {
      items: page.map((row) => this.summary(row, titles)),
      nextCursor: rows.length > filter.limit && last ? encodeFindingListCursor(last.at, last.findingId) : null,
    };
  }

  /** The finding's row; `FindingNotFoundError` when the read model has none with that id. */
  async row(findingId: string): Promise<FindingEntity> {
    const row = await this.findings.findOneBy({ findingId });
    if (row === null) throw new FindingNotFoundError(findingId);
    return row;
  }

  async detail(findingId: string): Promise<FindingDetail> {
    const row = await this.row(findingId);
    const finding = row.body;
    const organisation = this.organisation.current;
    const titles = await this.titlesOf([row.taskId]);
    const cited = new Set(finding.evidence.map((evidence) => evidence.eventId));
    const stream: StoredEvent[] = await this.store.readStream(taskStreamId(row.taskId));
    const evidence = stream
      .filter((event) => cited.has(event.id))
      .map((event) => ({
        ...eventSummaryOf(event),
        actor: this.named(event.metadata.onBehalfOf ?? event.metadata.actor, localDateOf(event.metadata.occurredAt)),
        data: event.data,
      }));
    return {
      ...this.summary(row, titles),
      variant: row.variant,
      reasons: finding.reasons ?? [row.variant],
      basis: finding.basis,
      explanationWithIds: finding.explanation,
      parameters: finding.parameters,
      exemption: finding.exemption,
      detectedBy: { eventId: row.detectedByEventId, globalPosition: row.detectedPosition },
      superseded:
        row.detection === 'superseded'
          ? { reason: row.supersededReason ?? 'no_longer_detected', byEventId: row.supersededByEventId }
          : null,
      evidence,
      findingShares: finding.findingShares.map((share) => ({
        ...share,
        explanation: withNames(share.explanation, organisation, share.on, titles),
      })),
      reviews: row.reviews.map((review) => ({
        ...review,
        inspector: {
          ...review.inspector,
          unitName: nameOf(review.inspector.unitId, organisation, localDateOf(review.occurredAt)),
          personName: organisation.person(review.inspector.personId)?.fullName ?? null,
        },
      })),
    };
  }

  private async titlesOf(taskIds: string[]): Promise<Map<string, string>> {
    if (taskIds.length === 0) return new Map();
    const rows = await this.tasks.find({ where: { taskId: In([...new Set(taskIds)]) }, select: { taskId: true, title: true } });
    return taskTitles(rows);
  }

  private summary(row: FindingEntity, titles: ReadonlyMap<string, string>): FindingSummary {
    const finding = row.body;
    const organisation = this.organisation.current;
    const contestedBy = row.contestedBy.map((contest) => contestViewOf(contest, organisation));
    const note = contestNoteOf(contestedBy, row.detection === 'held');
    const explanation = withNames(finding.explanation, organisation, finding.on, titles);
    return {
      id: row.findingId,
      ruleCode: row.ruleCode,
      ruleVersion: row.ruleVersion,
      ruleTitle: ruleDefinition(row.ruleCode as RuleCode)?.title ?? row.ruleCode,
      taskId: row.taskId,
      at: row.at.toISOString(),
      on: row.onDate,
      status: findingStatusOf(row),
      detection: row.detection,
      contestedBy,
      responsible: finding.responsible.map((party) => ({ ...this.named(party, finding.on), resolvedAs: party.resolvedAs })),
      supervisory: finding.supervisory.map((party: SupervisoryParty) => ({
        ...this.named(party, finding.on),
        supervisesPersonId: party.supervisesPersonId,
        supervisesPersonName: organisation.person(party.supervisesPersonId)?.fullName ?? null,
      })),
      explanation: note === '' ? explanation : `${explanation} ${note}`,
      exempted: finding.exemption !== null,
    };
  }

  private named(party: { unitId: string; personId: string | null }, on: string): NamedParty {
    const organisation = this.organisation.current;
    return {
      unitId: party.unitId,
      unitName: nameOf(party.unitId, organisation, on),
      personId: party.personId,
      personName: party.personId === null ? null : (organisation.person(party.personId)?.fullName ?? null),
    };
  }

  private filtered(filter: FindingFilter): SelectQueryBuilder<FindingEntity> {
    const qb = this.findings.createQueryBuilder('f').where('TRUE');
    const party = (column: 'unitId' | 'personId', parameter: string): string =>
      `EXISTS (${qb.subQuery().select('1').from(FindingPartyEntity, 'p').where('p.findingId = f.findingId').andWhere(`p.${column} = :${parameter}`).getQuery()})`;
    if (filter.units !== null) qb.andWhere(taskTouchesUnitsSql('f.task_id', 'jurisdictionUnits'), { jurisdictionUnits: filter.units });
    if (filter.ruleCode !== null) qb.andWhere('f.ruleCode = :ruleCode', { ruleCode: filter.ruleCode });
    if (filter.unit !== null) qb.andWhere(party('unitId', 'unit'), { unit: filter.unit });
    if (filter.person !== null) qb.andWhere(party('personId', 'person'), { person: filter.person });
    if (filter.task !== null) qb.andWhere('f.taskId = :task', { task: filter.task });
    if (filter.status === 'superseded') qb.andWhere(`f.detection = 'superseded'`);
    else if (filter.status !== null) qb.andWhere(`f.detection <> 'superseded' AND f.reviewStatus = :status`, { status: filter.status });
    if (filter.from !== null) qb.andWhere('f.at >= :from', { from: filter.from });
    if (filter.to !== null) qb.andWhere('f.at < :to', { to: filter.to });
    if (filter.cursor !== null) {
      qb.andWhere('(f.at, f.findingId) < (CAST(:cursorAt AS timestamptz), CAST(:cursorId AS uuid))', {
        cursorAt: filter.cursor.at,
        cursorId: filter.cursor.findingId,
      });
    }
    return qb;
  }
}
