import { describe, expect, it } from '@jest/globals';
import { planOrgImport } from './import/org-import.plan';
import type { OrgEvent } from './org.events';
import { OrganisationTimeline } from './organisation-timeline';
import { context } from './testing/org.fixture';

// A province-sized organisation: 1 + 40 departments + 40 × 49 offices = 2,001 units, 20,000 persons.
const DEPARTMENTS = 40;
const OFFICES = 49;
const PERSONS = 20_000;
const units: string[] = ['tinh'];
const rows: string[] = ['record,unit_id,name,kind,parent_unit_id,category,person_id,full_name,official_code,position,valid_from,valid_to'];
const events: OrgEvent[] = [
  {
    type: 'UnitEstablished',
    data: { unitId: 'tinh', name: 'UBND tỉnh', kind: 'peoples_committee', parentUnitId: null, validFrom: '2015-01-01' },
  },
];
for (let d = 0; d < DEPARTMENTS; d += 1) {
  const department = `so-${d}`;
  units.push(department);
  events.push({
    type: 'UnitEstablished',
    data: { unitId: department, name: `Sở ${d}`, kind: 'department', parentUnitId: 'tinh', validFrom: '2015-01-01' },
  });
  for (let o = 0; o < OFFICES; o += 1) {
    const office = `${department}-phong-${o}`;
    units.push(office);
    events.push({
      type: 'UnitEstablished',
      data: { unitId: office, name: `Phòng ${o}`, kind: 'office', parentUnitId: department, validFrom: '2015-01-01' },
    });
    events.push({ type: 'MandateGranted', data: { unitId: office, category: `linh-vuc-${o}`, validFrom: '2015-01-01', validTo: null } });
    rows.push(`unit,${office},Phòng ${o},office,${department},,,,,,2015-01-01,`, `mandate,${office},,,,linh-vuc-${o},,,,,2015-01-01,`);
  }
}
for (let p = 0; p < PERSONS; p += 1) {
  const unitId = units[p % units.length]!;
  const position = p < units.length ? 'head' : 'staff';
  events.push({ type: 'PersonRegistered', data: { personId: `p-${p}`, fullName: `Cán bộ ${p}`, officialCode: `C-${p}` } });
  events.push({
    type: 'PersonAppointed',
    data: { appointmentId: `qd-${p}`, unitId, personId: `p-${p}`, position, validFrom: '2016-01-01', validTo: null },
  });
  rows.push(`person,,,,,,p-${p},Cán bộ ${p},C-${p},,,`, `appointment,${unitId},,,,,p-${p},,,${position},2016-01-01,`);
}

describe('an organisation of two thousand units and twenty thousand persons', () => {
  const timeline = OrganisationTimeline.fromEvents(events);

  it('folds and answers as-of queries from its indexes', () => {
    expect(timeline.unitCount).toBe(2_001);
    expect(timeline.personCount).toBe(PERSONS);
    for (let p = 0; p < PERSONS; p += 1) {
      const unitId = units[p % units.length]!;
      expect(timeline.officialAt(`p-${p}`, unitId, '2026-03-02')?.position).toBe(p < units.length ? 'head' : 'staff');
    }
    expect(timeline.headOn('so-7-phong-3', '2026-03-02')).toBe(`p-${units.indexOf('so-7-phong-3')}`);
    expect(timeline.mandateHoldersOn('linh-vuc-3', '2026-03-02')).toHaveLength(DEPARTMENTS);
    expect(timeline.treeAt('2026-03-02')[0]!.children).toHaveLength(DEPARTMENTS);
  });

  it('plans a re-import of the whole staff list as no change', () => {
    const plan = planOrgImport({ format: 'csv', content: rows.join('\n') }, timeline, { mode: 'all_or_nothing', context });
    expect(plan.issues).toEqual([]);
    expect(plan.counts).toEqual({ created: 0, updated: 0, unchanged: rows.length - 1, rejected: 0 });
  });
});
