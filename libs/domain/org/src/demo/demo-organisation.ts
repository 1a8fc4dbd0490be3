import { present } from '@lib/domain/core';
import type { Position } from '@lib/domain/core';
import type { OrgEvent } from '../org.events';
import { orgStreamIdOf } from '../org-stream';
import { DEMO_ESTABLISHED_ON, DEMO_MERGER_ON, DEMO_UNITS, type DemoUnit } from './demo-city.units';
import { SeededRandom } from '@lib/domain/core';
import { slugOf, vietnameseFullName } from './vietnamese-names';

/** One event ready to append: fixed id, its stream, and when it took effect (as `occurredAt`). */
export interface DemoOrgEntry {
  eventId: string;
  streamId: string;
  occurredAt: string;
  event: OrgEvent;
}

const DEMO_SEED = 20_260_302;
const MERGED_UNIT = 'so-ke-hoach-dau-tu';
const SUCCESSOR_UNIT = 'so-tai-chinh';
const DAY_BEFORE_MERGER = '2025-02-28';
/** Decisions taking effect later (the March 2026 delegation) were made by this day. */
const DEMO_RECORDED_BY = '2026-03-02';

interface Staffing {
  personId: string;
  unitId: string;
  position: Position;
  validFrom: string;
  validTo: string | null;
}

/**
 * The demo city as organisation events, in an order the deciders accept: units (parents first),
 * mandates, persons, appointments, then the 2025 merger of Sở Kế hoạch và Đầu tư into Sở Tài chính
 * with its staff and its investment mandate moving to the successor. Same seed, same events.
 */
export function buildDemoOrganisation(seed = DEMO_SEED): DemoOrgEntry[] {
  const random = SeededRandom.fromState(seed);
  const events: OrgEvent[] = [];
  const persons: Array<{ personId: string; fullName: string }> = [];
  const staffing: Staffing[] = [];
  const takenIds = new Set(DEMO_UNITS.flatMap((unit) => (unit.named ?? []).map((official) => official.personId)));
  const newPerson = () => {
    const fullName = vietnameseFullName(random);
    let personId = slugOf(fullName);
    for (let suffix = 2; takenIds.has(personId); suffix += 1) personId = `${slugOf(fullName)}-${suffix}`;
    takenIds.add(personId);
    persons.push({ personId, fullName });
    return personId;
  };
  const startDate = () => `${random.integer(2015, 2023)}-${String(random.integer(1, 12)).padStart(2, '0')}-01`;

  for (const unit of DEMO_UNITS) {
    const { unitId, name, kind, parentUnitId } = unit;
    events.push({ type: 'UnitEstablished', data: { unitId, name, kind, parentUnitId, validFrom: DEMO_ESTABLISHED_ON } });
  }
  for (const unit of DEMO_UNITS) {
    for (const category of unit.mandates) {
      events.push({ type: 'MandateGranted', data: { unitId: unit.unitId, category, validFrom: DEMO_ESTABLISHED_ON, validTo: null } });
    }
  }
  for (const unit of DEMO_UNITS) {
    const validTo = unit.unitId === MERGED_UNIT ? DAY_BEFORE_MERGER : null;
    for (const official of unit.named ?? []) {
      persons.push({ personId: official.personId, fullName: official.fullName });
      staffing.push({
        personId: official.personId,
        unitId: unit.unitId,
        position: official.position,
        validFrom: official.validFrom,
        validTo,
      });
    }
    for (const position of openPositions(unit)) {
      const validFrom = position === 'head' ? DEMO_ESTABLISHED_ON : startDate();
      staffing.push({ personId: newPerson(), unitId: unit.unitId, position, validFrom, validTo });
    }
  }
  // Sở Xây dựng before Nguyễn Thị Bình: a head until August 2024, then a deputy acting head for September.
  const formerHead = newPerson();
  staffing.unshift({
    personId: formerHead,
    unitId: 'so-xay-dung',
    position: 'head',
    validFrom: DEMO_ESTABLISHED_ON,
    validTo: '2024-08-31',
  });
  const actingHead = present(
    staffing.find((entry) => entry.unitId === 'so-xay-dung' && entry.position === 'deputy'),
    'the deputy of Sở Xây dựng',
  ).personId;

  persons.forEach(({ personId, fullName }, index) => {
    events.push({ type: 'PersonRegistered', data: { personId, fullName, officialCode: `DN-${String(index + 1).padStart(5, '0')}` } });
  });
  staffing.forEach((entry, index) => events.push(appointed(entry, index + 1)));
  events.push(
    {
      type: 'ActingHeadDesignated',
      data: {
        delegationId: 'qd-acting-so-xay-dung-2024',
        unitId: 'so-xay-dung',
        personId: actingHead,
        validFrom: '2024-09-01',
        validTo: '2024-09-30',
      },
    },
    {
      type: 'AuthorityDelegated',
      data: {
        delegationId: 'uq-so-xay-dung-2026-03',
        unitId: 'so-xay-dung',
        personId: 'dang-van-phuc',
        validFrom: '2026-03-09',
        validTo: '2026-03-13',
      },
    },
    { type: 'UnitMerged', data: { unitId: MERGED_UNIT, successorUnitId: SUCCESSOR_UNIT, effectiveOn: DEMO_MERGER_ON } },
    { type: 'MandateGranted', data: { unitId: SUCCESSOR_UNIT, category: 'investment', validFrom: DEMO_MERGER_ON, validTo: null } },
  );
  const transferred = staffing.filter((entry) => entry.unitId === MERGED_UNIT);
  transferred.forEach((entry, index) => {
    const position = entry.position === 'head' ? 'deputy' : 'staff';
    events.push(
      appointed(
        { personId: entry.personId, unitId: SUCCESSOR_UNIT, position, validFrom: DEMO_MERGER_ON, validTo: null },
        staffing.length + index + 1,
      ),
    );
  });
  return events.map((event, index) => ({
    eventId: demoEventId(index + 1),
    streamId: orgStreamIdOf(event),
    occurredAt: `${minDate(effectiveDateOf(event), DEMO_RECORDED_BY)}T08:00:00+07:00`,
    event,
  }));
}

/** A head, one or two deputies, a clerk and staff, minus the positions the named officials hold. */
function openPositions(unit: DemoUnit): Position[] {
  const positions: Position[] = ['head', 'deputy', ...(unit.headcount >= 6 ? (['deputy'] as const) : []), 'clerk'];
  while (positions.length < unit.headcount) positions.push('staff');
  for (const official of unit.named ?? []) positions.splice(positions.indexOf(official.position), 1);
  return positions;
}

function appointed(entry: Staffing, number: number): OrgEvent {
  const appointmentId = `qd-${String(number).padStart(4, '0')}`;
  return { type: 'PersonAppointed', data: { appointmentId, ...entry } };
}

function demoEventId(number: number): string {
  return `6f726700-0000-4000-8000-${number.toString(16).padStart(12, '0')}`;
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

function effectiveDateOf(event: OrgEvent): string {
  switch (event.type) {
    case 'PersonRegistered':
      return DEMO_ESTABLISHED_ON;
    case 'UnitMerged':
    case 'UnitDissolved':
      return event.data.effectiveOn;
    case 'AppointmentEnded':
    case 'DelegationEnded':
    case 'MandateWithdrawn':
      return event.data.validTo;
    default:
      return event.data.validFrom;
  }
}

export const DEMO_ORGANISATION: readonly DemoOrgEntry[] = buildDemoOrganisation();
