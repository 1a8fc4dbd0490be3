import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { RULE_CODES, ruleDefinition, type FindingParty, type RuleCode, type SupervisoryParty } from '@lib/domain/rules';
import { taskStreamId } from '@lib/domain/task';
import { eventSummaryOf, type EventStore, type EventSummary, type StoredEvent } from '@lib/event-store';
import { FINDING_STATUSES, type FindingStatus } from '@lib/domain/finding-review';
import { EVENT_STORE } from '../event-store/event-store.module';
import { problem } from '../http/problem-details.filter';
import { invalidParam, pageLimit, singleParam } from '../http/query-params';
import { OrganisationReadModel } from '../org/organisation.read-model';
import { parseInstantParam } from '../read-models/task-summary/task-list.params';
import { FindingEntity, FindingPartyEntity, type ReviewEntry } from '@lib/read-models/findings';
import { TaskSummaryEntity, taskTouchesUnitsSql } from '@lib/read-models/task-custody';
import { nameOf, taskTitles, withNames } from './finding-names';
import { contestNoteOf, contestViewOf, type ContestView } from './contest-view';

const MAX_PAGE_SIZE = 200;
const DEFAULT_PAGE_SIZE = 50;

export interface FindingFilter {
  ruleCode: RuleCode | null;
  unit: string | null;
  person: string | null;
  task: string | null;
  status: FindingStatus | null;
  from: string | null;
  to: string | null;
  limit: number;
  cursor: { at: string; findingId: string } | null;
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
  supervisory: Array<NamedParty & { supervisesPersonId: string }>;
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
  reviews: ReviewEntry[];
}

export interface FindingPage {
  items: FindingSummary[];
  nextCursor: string | null;
}

const invalid = invalidParam;

export function parseFindingFilter(query: Record<string, unknown>, units: string[] | null = null): FindingFilter {
  const known = new Set(['rule', 'unit', 'person', 'task', 'status', 'from', 'to', 'limit', 'cursor']);
  for (const key of Object.keys(query))
    if (!known.has(key))
      throw invalid(
        key,
        `unknown parameter; known: ${[...known].join(', ')}`,
        `tham số không được hỗ trợ; các tham số được nhận: ${[...known].join(', ')}`,
      );
  const text = (field: string): string | null => singleParam(query, field);
  const rule = text('rule');
  if (rule !== null && !(RULE_CODES as readonly string[]).includes(rule))
    throw invalid('rule', `must be one of ${RULE_CODES.join(', ')}`, `phải là một trong: ${RULE_CODES.join(', ')}`);
  const status = text('status');
  if (status !== null && !(FINDING_STATUSES as readonly string[]).includes(status))
    throw invalid('status', `must be one of ${FINDING_STATUSES.join(', ')}`, `phải là một trong: ${FINDING_STATUSES.join(', ')}`);
  const task = text('task');
  if (task !== null && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(task))
    throw invalid('task', 'must be a task id (UUID)', 'phải là mã nhiệm vụ (UUID)');
  const limit = pageLimit(query, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const from = parseInstantParam('from', query['from']);
  const to = parseInstantParam('to', query['to'], true);
  if (from !== null && to !== null && from >= to) throw invalid('to', 'must be after from', 'phải sau from');
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
    cursor: cursor === null ? null : decodeCursor(cursor),
    units,
  };
}

function encodeCursor(at: Date, findingId: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), findingId])).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; findingId: string } {
  try {
    const [at, findingId] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof findingId === 'string' && !Number.isNaN(Date.parse(at)) && /^[0-9a-f-]{36}$/.test(findingId))
      return { at, findingId };
  } catch {
    // falls through to the 400
  }
  throw invalid('cursor', 'not a cursor returned by this endpoint', 'không phải con trỏ trang do chính đường dẫn này trả về');
}

/** A held finding keeps its review status: only the inspector's review settles it. */
export function statusOf(row: Pick<FindingEntity, 'detection' | 'reviewStatus'>): FindingStatus {
  return row.detection === 'superseded' ? 'superseded' : row.reviewStatus;
}

/** GET /findings and GET /findings/{id}: the findings read model, newest first, with names as of each finding's day. */
@Injectable()
export class FindingsQuery {
  constructor(
    @InjectRepository(FindingEntity) private readonly findings: Repository<FindingEntity>,
    @InjectRepository(TaskSummaryEntity) private readonly tasks: Repository<TaskSummaryEntity>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly organisation: OrganisationReadModel,
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
      nextCursor: rows.length > filter.limit && last ? encodeCursor(last.at, last.findingId) : null,
    };
  }

  async row(findingId: string): Promise<FindingEntity> {
    const row = await this.findings.findOneBy({ findingId });
    if (row === null)
      throw new NotFoundException(problem('not-found', 'Not found', 404, `Không tìm thấy phát hiện ${findingId}.`, { findingId }));
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
        actor: this.named(event.metadata.onBehalfOf ?? event.metadata.actor, finding.on),
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
      reviews: row.reviews,
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
      status: statusOf(row),
      detection: row.detection,
      contestedBy,
      responsible: finding.responsible.map((party) => ({ ...this.named(party, finding.on), resolvedAs: party.resolvedAs })),
      supervisory: finding.supervisory.map((party: SupervisoryParty) => ({
        ...this.named(party, finding.on),
        supervisesPersonId: party.supervisesPersonId,
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
