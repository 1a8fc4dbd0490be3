import { present, type Official } from '@lib/domain/core';
import { END_OF_TIME, previousDay } from './date-interval';
import { personActivityOf, unitActivityOf, type OrganisationLookup, type PersonActivity, type UnitActivity } from './org-activity';
import { isPersonEvent, type OrgEvent, type UnitEvent } from './org.events';
import { POSITIONS, type LocalDate, type UnitKind } from './org-values';
import { evolvePerson, initialPersonState, type PersonState, type RegisteredPerson } from './person.decider';
import { evolveUnit } from './unit.evolve';
import {
  actsForHeadOn,
  appointmentView,
  delegationView,
  leadershipOn,
  positionOn,
  type AppointmentView,
  type DelegationView,
  type Leadership,
} from './unit-leadership';
import { unitHistory, type UnitHistoryEntry } from './unit-history';
import { appointmentsOn, existsOn, mandatesOn, nameOn, parentOn, type EstablishedUnit, type UnitState } from './unit-state';

export interface UnitAsOf {
  unitId: string;
  name: string;
  kind: UnitKind;
  parentUnitId: string | null;
  active: boolean;
  activity: UnitActivity;
}

/** Who answers for a unit's work on a date (`OrganisationTimeline.answeringUnitOn`). */
export interface AnsweringUnit {
  unitId: string;
  /** The successors passed, in order (empty when the unit answers for itself). */
  mergedInto: string[];
  /** The day the unit's own merger took effect; null when it was not merged by the date. */
  mergedOn: LocalDate | null;
  /** The day the answering unit was dissolved without successor, when it was by the date. */
  dissolvedOn: LocalDate | null;
}

export interface UnitTreeNode {
  unitId: string;
  name: string;
  kind: UnitKind;
  children: UnitTreeNode[];
}

/**
 * The organisation as it was on any day, folded from every organisation event in log order.
 * Incremental (`apply` one event at a time) and indexed: per unit, per person, per mandate category.
 * Unknown or out-of-order events that a stream decider would never produce are ignored, as `evolve` does.
 */
export class OrganisationTimeline implements OrganisationLookup {
  private readonly units = new Map<string, EstablishedUnit>();
  private readonly subunitsEver = new Map<string, Set<string>>();
  private readonly persons = new Map<string, RegisteredPerson>();
  private readonly officialCodes = new Map<string, string>();
  private readonly unitsOfPerson = new Map<string, Set<string>>();
  private readonly unitsByCategory = new Map<string, Set<string>>();
  private readonly log: OrgEvent[] = [];

  static fromEvents(events: Iterable<OrgEvent>): OrganisationTimeline {
    const timeline = new OrganisationTimeline();
    for (const event of events) timeline.apply(event);
    return timeline;
  }

  apply(event: OrgEvent): this {
    this.log.push(event);
    if (isPersonEvent(event)) {
      const next = evolvePerson(this.personState(event.data.personId), event);
      if (next.status === 'registered' && !this.persons.has(next.personId)) {
        this.persons.set(next.personId, next);
        this.officialCodes.set(next.officialCode, next.personId);
      }
      return this;
    }
    const current = this.unitState(event.data.unitId);
    const next = evolveUnit(current, event);
    if (next !== current && next.status === 'established') {
      this.units.set(next.unitId, next);
      this.index(event);
    }
    return this;
  }

  /** A separate copy to try changes on (an import plan), built from the same events. */
  fork(): OrganisationTimeline {
    return OrganisationTimeline.fromEvents(this.log);
  }

  get eventCount(): number {
    return this.log.length;
  }

  get unitCount(): number {
    return this.units.size;
  }

  get personCount(): number {
    return this.persons.size;
  }

  unitState(unitId: string): UnitState {
    return this.units.get(unitId) ?? { status: 'initial' };
  }

  personState(personId: string): PersonState {
    return this.persons.get(personId) ?? initialPersonState();
  }

  person(personId: string): RegisteredPerson | undefined {
    return this.persons.get(personId);
  }

  allUnitIds(): string[] {
    return [...this.units.keys()].sort();
  }

  allPersonIds(): string[] {
    return [...this.persons.keys()].sort();
  }

  // Units as of a date.

  unitActivity(unitId: string, date: LocalDate): UnitActivity {
    return unitActivityOf(this.units.get(unitId), unitId, date);
  }

  isUnitActive(unitId: string, date: LocalDate): UnitActivity {
    return this.unitActivity(unitId, date);
  }

  /** The unit as it stood on the date (its last state when merged or dissolved); null before it existed. */
  unitAt(unitId: string, date: LocalDate): UnitAsOf | null {
    const unit = this.units.get(unitId);
    if (unit === undefined || date < unit.validFrom) return null;
    const activity = unitActivityOf(unit, unitId, date);
    const asOf = activity.active ? date : lastDayOf(unit);
    return { unitId, name: nameOn(unit, asOf), kind: unit.kind, parentUnitId: parentOn(unit, asOf), active: activity.active, activity };
  }

  subunitsOn(unitId: string, date: LocalDate): string[] {
    const children = [...(this.subunitsEver.get(unitId) ?? [])].filter((childId) => {
      const child = this.unitOf(childId);
      return existsOn(child, date) && parentOn(child, date) === unitId;
    });
    return children.sort();
  }

  ancestorsOn(unitId: string, date: LocalDate): string[] {
    const ancestors: string[] = [];
    let current = this.units.get(unitId);
    while (current !== undefined && existsOn(current, date)) {
      const parentId = parentOn(current, date);
      if (parentId === null || ancestors.includes(parentId)) break;
      ancestors.push(parentId);
      current = this.units.get(parentId);
    }
    return ancestors;
  }

  mayBeAncestorFrom(ancestorId: string, unitId: string, date: LocalDate): boolean {
    const seen = new Set<string>();
    const pending = [unitId];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const unit = this.units.get(next);
      if (unit === undefined || seen.has(unit.unitId)) continue;
      seen.add(unit.unitId);
      unit.parents.forEach((version, index) => {
        const nextFrom = unit.parents[index + 1]?.from ?? END_OF_TIME;
        if (version.parentUnitId === null || nextFrom <= date) return;
        pending.push(version.parentUnitId);
      });
      if (pending.includes(ancestorId)) return true;
    }
    return false;
  }

  /** Units existing on the date, each under its parent of that day; units without a parent are roots. */
  treeAt(date: LocalDate): UnitTreeNode[] {
    const node = (unit: EstablishedUnit): UnitTreeNode => ({
      unitId: unit.unitId,
      name: nameOn(unit, date),
      kind: unit.kind,
      children: this.subunitsOn(unit.unitId, date).map((childId) => node(this.unitOf(childId))),
    });
    return this.allUnitIds()
      .map((unitId) => this.unitOf(unitId))
      .filter((unit) => existsOn(unit, date) && parentOn(unit, date) === null)
      .map(node);
  }

  /** The unit's history (establishment, renames, moves, mergers into it, its end), other units named as on each day; null when unknown. */
  historyOf(unitId: string): UnitHistoryEntry[] | null {
    const unit = this.units.get(unitId);
    if (unit === undefined) return null;
    const mergedIntoIt = [...this.units.values()].filter((other) => other.end?.kind === 'merged' && other.end.successorUnitId === unitId);
    return unitHistory(unit, mergedIntoIt, (otherId, date) => this.unitAt(otherId, date)?.name ?? otherId);
  }

  /** The units it was merged into, in order: A → B → C gives [B, C]. */
  successorChain(unitId: string): string[] {
    const chain: string[] = [];
    let end = this.units.get(unitId)?.end ?? null;
    while (end?.kind === 'merged' && !chain.includes(end.successorUnitId) && end.successorUnitId !== unitId) {
      chain.push(end.successorUnitId);
      end = this.units.get(end.successorUnitId)?.end ?? null;
    }
    return chain;
  }

  /**
   * The unit that answers for a unit's work on the date: the unit itself while it exists (or after a
   * dissolution without successor), else the successor its merger names, chains followed (A → B → C gives C
   * once both mergers took effect). `mergedInto` lists the successors passed, in order.
   */
  answeringUnitOn(unitId: string, date: LocalDate): AnsweringUnit {
    const mergedInto: string[] = [];
    let current = unitId;
    let end = this.units.get(current)?.end ?? null;
    while (
      end?.kind === 'merged' &&
      end.effectiveOn <= date &&
      end.successorUnitId !== unitId &&
      !mergedInto.includes(end.successorUnitId)
    ) {
      current = end.successorUnitId;
      mergedInto.push(current);
      end = this.units.get(current)?.end ?? null;
    }
    const dissolvedOn = end?.kind === 'dissolved' && end.effectiveOn <= date ? end.effectiveOn : null;
    return {
      unitId: current,
      mergedInto,
      mergedOn: mergedInto.length === 0 ? null : present(this.unitOf(unitId).end, `the end of ${unitId}`).effectiveOn,
      dissolvedOn,
    };
  }

  /**
   * The units a unit's work rolls up to on the date, the unit first: a unit that exists then goes to its
   * parent of that day; a merged unit to its successor; a dissolved one to the parent it had on its last day.
   * A unit's work belongs to a subtree on the date when this line passes through the subtree's root, so no
   * reorganisation drops it from every subtree. (A unit ends only when nothing below it exists, and merges
   * into a unit existing that day, so the line climbs to a root; a cycle in hand-made data stops it.)
   */
  reportingLineOn(unitId: string, date: LocalDate): string[] {
    const line = [unitId];
    for (let unit = this.units.get(unitId); unit !== undefined;) {
      const end = unit.end !== null && unit.end.effectiveOn <= date ? unit.end : null;
      const next =
        end === null
          ? parentOn(unit, date < unit.validFrom ? unit.validFrom : date)
          : end.kind === 'merged'
            ? end.successorUnitId
            : parentOn(unit, lastDayOf(unit));
      if (next === null || line.includes(next)) break;
      line.push(next);
      unit = this.units.get(next);
    }
    return line;
  }

  /**
   * The units whose work rolls up to the root on the date, the root first: with subunits, every unit (existing
   * by then) whose `reportingLineOn` passes through the root; without, the root and the units merged into it
   * by then. Nearest first, then by id.
   */
  unitsReportingTo(rootUnitId: string, date: LocalDate, withSubunits = true): string[] {
    const found: Array<{ unitId: string; distance: number }> = [];
    for (const unit of this.units.values()) {
      if (unit.unitId === rootUnitId || date < unit.validFrom) continue;
      const distance = withSubunits
        ? this.reportingLineOn(unit.unitId, date).indexOf(rootUnitId)
        : this.mergersInto(unit.unitId, rootUnitId, date);
      if (distance > 0) found.push({ unitId: unit.unitId, distance });
    }
    found.sort((a, b) => a.distance - b.distance || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
    return [rootUnitId, ...found.map((entry) => entry.unitId)];
  }

  /** How many mergers took the unit's work to the root by the date (0: none, or it went elsewhere). */
  private mergersInto(unitId: string, rootUnitId: string, date: LocalDate): number {
    const answering = this.answeringUnitOn(unitId, date);
    return answering.unitId === rootUnitId ? answering.mergedInto.length : 0;
  }

  /**
   * Every unit whose work a unit answers for, at any time: the unit, every unit ever under it, and every unit
   * merged into one of these (with the units ever under that one), to a fixed point. A jurisdiction over the
   * unit covers them all: evidence recorded before a reorganisation stays readable to the successor.
   */
  unitsEverAnsweredFor(rootUnitId: string): Set<string> {
    const covered = new Set<string>([rootUnitId]);
    for (let grew = true; grew;) {
      grew = false;
      for (const unit of this.units.values()) {
        if (covered.has(unit.unitId)) continue;
        const successor = unit.end?.kind === 'merged' ? unit.end.successorUnitId : null;
        if (
          (successor !== null && covered.has(successor)) ||
          unit.parents.some((version) => version.parentUnitId !== null && covered.has(version.parentUnitId))
        ) {
          covered.add(unit.unitId);
          grew = true;
        }
      }
    }
    return covered;
  }

  // Heads, delegations, mandates.

  leadershipOn(unitId: string, date: LocalDate): Leadership | null {
    const unit = this.units.get(unitId);
    return unit === undefined || !existsOn(unit, date) ? null : leadershipOn(unit, date);
  }

  /**
   * The appointments in force in the unit on the date, highest position first, then by start: empty once the unit is
   * merged or dissolved (its staff lapse with it); null when the unit did not exist yet or is unknown.
   */
  staffOn(unitId: string, date: LocalDate): AppointmentView[] | null {
    const unit = this.units.get(unitId);
    if (unit === undefined || date < unit.validFrom) return null;
    const rank = (view: AppointmentView) => POSITIONS.indexOf(view.position);
    return appointmentsOn(unit, date)
      .map((appointment) => appointmentView(unit, appointment))
      .sort((a, b) => rank(a) - rank(b) || byStart(a, b));
  }

  headOn(unitId: string, date: LocalDate): string | null {
    return this.leadershipOn(unitId, date)?.head?.personId ?? null;
  }

  mandateHoldersOn(category: string, date: LocalDate): string[] {
    return [...(this.unitsByCategory.get(category) ?? [])].filter((unitId) => this.hasMandate(unitId, category, date)).sort();
  }

  mandatesOn(unitId: string, date: LocalDate): string[] {
    const unit = this.units.get(unitId);
    return unit === undefined
      ? []
      : mandatesOn(unit, date)
          .map((mandate) => mandate.category)
          .sort();
  }

  hasMandate(unitId: string, category: string, date: LocalDate): boolean {
    const unit = this.units.get(unitId);
    return unit !== undefined && mandatesOn(unit, date).some((mandate) => mandate.category === category);
  }

  // Persons.

  hasPerson(personId: string): boolean {
    return this.persons.has(personId);
  }

  personWithOfficialCode(officialCode: string): string | undefined {
    return this.officialCodes.get(officialCode);
  }

  /** Every appointment of the person, in date order, with terms cut at the end of merged or dissolved units. */
  appointmentsOf(personId: string): AppointmentView[] {
    return this.unitsFor(personId)
      .flatMap((unit) => unit.appointments.filter((a) => a.personId === personId).map((a) => appointmentView(unit, a)))
      .sort(byStart);
  }

  delegationsOf(personId: string): DelegationView[] {
    return this.unitsFor(personId)
      .flatMap((unit) => unit.delegations.filter((d) => d.personId === personId).map((d) => delegationView(unit, d)))
      .sort(byStart);
  }

  isPersonActive(personId: string, date: LocalDate): PersonActivity {
    const terms = [...this.appointmentsOf(personId), ...this.delegationsOf(personId)].filter(
      (term) => term.to === null || term.from <= term.to,
    );
    return personActivityOf(this.persons.get(personId)?.fullName, personId, terms, date);
  }

  /**
   * The person as an `Official` of the unit on the date, as the task decider takes it: the highest
   * position held there, and every unit whose head they act for that day. Null when they neither
   * hold a position in the unit nor act for it.
   */
  officialAt(personId: string, unitId: string, date: LocalDate): Official | null {
    const unit = this.units.get(unitId);
    const position = unit === undefined ? undefined : positionOn(unit, personId, date);
    const actingForUnitIds = this.unitsFor(personId)
      .filter((candidate) => actsForHeadOn(candidate, personId, date))
      .map((candidate) => candidate.unitId);
    if (position === undefined && !actingForUnitIds.includes(unitId)) return null;
    const official: Official = { personId, unitId };
    if (position !== undefined) official.position = position;
    if (actingForUnitIds.length > 0) official.actingForUnitIds = actingForUnitIds;
    return official;
  }

  /** A unit the timeline itself listed: a known id. */
  private unitOf(unitId: string): EstablishedUnit {
    return present(this.units.get(unitId), `unit ${unitId}`);
  }

  private unitsFor(personId: string): EstablishedUnit[] {
    return [...(this.unitsOfPerson.get(personId) ?? [])].sort().map((unitId) => this.unitOf(unitId));
  }

  private index(event: UnitEvent): void {
    const { unitId } = event.data;
    switch (event.type) {
      case 'UnitEstablished':
      case 'UnitMoved':
        if (event.data.parentUnitId !== null) addTo(this.subunitsEver, event.data.parentUnitId, unitId);
        return;
      case 'PersonAppointed':
      case 'ActingHeadDesignated':
      case 'AuthorityDelegated':
        addTo(this.unitsOfPerson, event.data.personId, unitId);
        return;
      case 'MandateGranted':
        addTo(this.unitsByCategory, event.data.category, unitId);
        return;
      default:
        return;
    }
  }
}

function addTo(index: Map<string, Set<string>>, key: string, value: string): void {
  const values = index.get(key);
  if (values === undefined) index.set(key, new Set([value]));
  else values.add(value);
}

function lastDayOf(unit: EstablishedUnit): LocalDate {
  return unit.end === null ? END_OF_TIME : previousDay(unit.end.effectiveOn);
}

function byStart(a: { from: LocalDate; id: string }, b: { from: LocalDate; id: string }): number {
  return a.from < b.from ? -1 : a.from > b.from ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
