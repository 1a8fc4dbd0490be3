import { Inject, Injectable } from '@nestjs/common';
import { localDateOf } from '@lib/domain/calendar';
import {
  byNameThenId,
  completionCredit,
  nameMatches,
  rankPersons,
  reportPeriod,
  statusPlacementOf,
  statusReport,
  subjectFigures,
  type RankingEntry,
  type RankingKind,
  type ReportFinding,
  type ReportPeriod,
  type ReportTask,
  type StatusReport,
  type SubjectFigures,
} from '@lib/domain/reports';
import type { Principal } from '../auth/principal';
import { CLOCK, type Clock } from '../clock/clock';
import { jurisdictionRootOf } from '../jurisdiction/jurisdiction';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { OrganisationReadModel } from '../org/organisation.read-model';
import { ReportDataLoader } from './report-data.loader';
import { assertPersonKnown, assertUnitKnown, ReportNames, unitsUnder } from './report-scope';

const SYSTEM_NOTICE =
  'Số liệu do hệ thống tổng hợp từ nhật ký sự kiện, kèm chứng cứ; việc đánh giá, xếp loại, khen thưởng, kỷ luật do cấp có thẩm quyền quyết định.';
const BEGINNING = '1970-01-01T00:00:00.000Z';

export interface PeriodView {
  from: string;
  to: string;
  asOf: string;
}

export interface PersonReport {
  kind: 'person';
  person: { personId: string; name: string; units: Array<{ unitId: string; name: string }> };
  period: PeriodView;
  figures: SubjectFigures;
  notice: string;
}

export interface UnitReport {
  kind: 'unit';
  unit: { unitId: string; name: string; includeSubunits: boolean; units: Array<{ unitId: string; name: string }> };
  period: PeriodView;
  figures: SubjectFigures;
  notice: string;
}

export interface UnitStatusReport extends StatusReport {
  /** `unitName` is `name`, under the name every read endpoint gives beside a `unitId`. */
  unit: { unitId: string; name: string; unitName: string } | null;
}

export interface Rankings {
  kind: RankingKind;
  unit: { unitId: string; name: string } | null;
  period: PeriodView;
  q: string | null;
  items: RankingEntry[];
  notice: string;
}

export interface PersonMatch {
  personId: string;
  name: string;
  units: Array<{ unitId: string; name: string }>;
}

/** The reports of issue 7: figures from `@lib/domain/reports` over the read models, within the reader's jurisdiction. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly loader: ReportDataLoader,
    private readonly organisation: OrganisationReadModel,
    private readonly jurisdictions: JurisdictionService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  now(): string {
    return this.clock.now().toISOString();
  }

  async person(principal: Principal, personId: string, range: { from: string; to: string }): Promise<PersonReport> {
    const organisation = this.organisation.current;
    assertPersonKnown(organisation, personId);
    this.jurisdictions.assertPersonVisible(principal, personId);
    const period = reportPeriod(range.from, range.to, this.now());
    const names = new ReportNames(organisation, period.toDate);
    const unitIds = [...new Set(organisation.appointmentsOf(personId).map((appointment) => appointment.unitId))];
    // A unit's tasks matter to a person only where they led it (a hold naming only the unit is charged to its
    // head; acting heads and delegates answer the same way); staff are found through the tasks they touched.
    const ledUnitIds = [
      ...new Set([
        ...organisation
          .appointmentsOf(personId)
          .filter((appointment) => appointment.position === 'head')
          .map((appointment) => appointment.unitId),
        ...organisation.delegationsOf(personId).map((delegation) => delegation.unitId),
      ]),
    ];
    const [tasks, findings] = await Promise.all([
      this.loader.tasksFor({ unitIds: ledUnitIds, personId }, period),
      this.loader.findingsFor({ unitIds: [], personId }),
    ]);
    return {
      kind: 'person',
      person: { personId, name: names.person(personId), units: unitIds.map((unitId) => ({ unitId, name: names.unit(unitId) })) },
      period: periodView(period),
      figures: subjectFigures(
        tasks.map((task) => task.report),
        findings,
        { kind: 'person', personId },
        period,
      ),
      notice: SYSTEM_NOTICE,
    };
  }

  async unit(principal: Principal, unitId: string, range: { from: string; to: string }, includeSubunits: boolean): Promise<UnitReport> {
    const organisation = this.organisation.current;
    assertUnitKnown(organisation, unitId);
    this.jurisdictions.assertUnitVisible(principal, unitId);
    const period = reportPeriod(range.from, range.to, this.now());
    const names = new ReportNames(organisation, period.toDate);
    const unitIds = unitsUnder(organisation, unitId, period.toDate, includeSubunits, this.jurisdictions.of(principal));
    const [tasks, findings] = await Promise.all([
      this.loader.tasksFor({ unitIds, personId: null }, period),
      this.loader.findingsFor({ unitIds, personId: null }),
    ]);
    return {
      kind: 'unit',
      unit: { unitId, name: names.unit(unitId), includeSubunits, units: unitIds.map((id) => ({ unitId: id, name: names.unit(id) })) },
      period: periodView(period),
      figures: subjectFigures(
        tasks.map((task) => task.report),
        findings,
        { kind: 'units', unitIds: new Set(unitIds) },
        period,
      ),
      notice: SYSTEM_NOTICE,
    };
  }

  async status(principal: Principal, unitId: string | null, asOf: string): Promise<UnitStatusReport> {
    const organisation = this.organisation.current;
    const date = localDateOf(asOf);
    const { scope, root } = this.scopeOf(principal, unitId, date);
    const names = new ReportNames(organisation, date);
    const tasks = await this.loader.tasksFor({ unitIds: scope, personId: null }, { from: BEGINNING, asOf }, false);
    const counted = tasks.flatMap(({ asOf: task }) =>
      task.status === null ? [] : [{ taskId: task.row.taskId, leadUnitId: task.timeline.leadUnitId, status: task.status.status }],
    );
    // Each task in the row of the unit answering for its lead unit that day: a merged unit's under its successor.
    const report = statusReport(counted, statusPlacementOf(organisation, date, new Set(scope)), (id) => names.unit(id), asOf);
    return { ...report, unit: root === null ? null : { unitId: root, name: names.unit(root), unitName: names.unit(root) } };
  }

  async rankings(
    principal: Principal,
    unitId: string | null,
    range: { from: string; to: string },
    kind: RankingKind,
    limit: number,
    q: string | null,
  ): Promise<Rankings> {
    const organisation = this.organisation.current;
    const period = reportPeriod(range.from, range.to, this.now());
    const { scope, root } = this.scopeOf(principal, unitId, period.toDate);
    const names = new ReportNames(organisation, period.toDate);
    const inScope = new Set(scope);
    const [loaded, findings] = await Promise.all([
      this.loader.tasksFor({ unitIds: scope, personId: null }, period),
      this.loader.findingsFor({ unitIds: scope, personId: null }),
    ]);
    const tasks = loaded.map((task) => task.report);
    const candidates = candidatePersons(tasks, findings, inScope)
      .map((personId) => ({ id: personId, name: names.person(personId) }))
      .filter((person) => q === null || nameMatches(person.name, q))
      .map((person) => ({ ...person, figures: subjectFigures(tasks, findings, { kind: 'person', personId: person.id }, period) }));
    return {
      kind,
      unit: root === null ? null : { unitId: root, name: names.unit(root) },
      period: periodView(period),
      q,
      items: rankPersons(candidates, kind, limit),
      notice: SYSTEM_NOTICE,
    };
  }

  /** Persons whose names match `q` (diacritics folded), appointed at some time in the reader's jurisdiction (or under `unit`). */
  searchPersons(principal: Principal, q: string | null, unitId: string | null, limit: number): { q: string | null; items: PersonMatch[] } {
    const organisation = this.organisation.current;
    const today = localDateOf(this.now());
    // Appointed at some time: without `unit`, the whole jurisdiction (units that moved away included), not the tree of today.
    const jurisdiction = this.jurisdictions.of(principal);
    const inScope = unitId === null && !jurisdiction.all ? jurisdiction.unitIds : new Set(this.scopeOf(principal, unitId, today).scope);
    const names = new ReportNames(organisation, today);
    const items = organisation
      .allPersonIds()
      .map((personId) => ({
        personId,
        units: [...new Set(organisation.appointmentsOf(personId).map((appointment) => appointment.unitId))],
      }))
      .filter((person) => person.units.some((id) => inScope.has(id)))
      .map((person) => ({
        personId: person.personId,
        name: names.person(person.personId),
        units: person.units.map((id) => ({ unitId: id, name: names.unit(id) })),
      }))
      .filter((person) => q === null || nameMatches(person.name, q))
      .sort((a, b) => byNameThenId({ name: a.name, id: a.personId }, { name: b.name, id: b.personId }))
      .slice(0, limit);
    return { q, items };
  }

  /**
   * The units a list covers: `unit` (checked) or the reader's jurisdiction root, with every unit whose work rolls
   * up to it on the date (its tree that day, units merged into one of them, dissolved ones under their last
   * parent), kept to the jurisdiction; admin without `unit`: all.
   */
  private scopeOf(principal: Principal, unitId: string | null, date: string): { scope: string[]; root: string | null } {
    const organisation = this.organisation.current;
    const jurisdiction = this.jurisdictions.of(principal);
    if (unitId !== null) {
      assertUnitKnown(organisation, unitId);
      this.jurisdictions.assertUnitVisible(principal, unitId);
      return { scope: unitsUnder(organisation, unitId, date, true, jurisdiction), root: unitId };
    }
    if (jurisdiction.all) return { scope: organisation.allUnitIds(), root: null };
    const root = jurisdictionRootOf(principal);
    return { scope: unitsUnder(organisation, root, date, true, jurisdiction), root };
  }
}

/** Everyone the scope's record names as a person: holders, completers, persons charged with delay, persons a finding names. */
function candidatePersons(tasks: readonly ReportTask[], findings: readonly ReportFinding[], scope: ReadonlySet<string>): string[] {
  const persons = new Set<string>();
  const add = (party: { unitId: string; personId: string | null } | null): void => {
    if (party !== null && party.personId !== null && scope.has(party.unitId)) persons.add(party.personId);
  };
  for (const task of tasks) {
    task.holds.forEach((hold) => add(hold.holder));
    add(completionCredit(task));
    task.individual.forEach((line) => add(line.party));
    task.supervisory.forEach((line) => add(line.party));
  }
  for (const finding of findings) finding.responsible.forEach(add);
  return [...persons].sort();
}

function periodView(period: ReportPeriod): PeriodView {
  return { from: period.from, to: period.to, asOf: period.asOf };
}
