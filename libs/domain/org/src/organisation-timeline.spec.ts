import { describe, expect, it } from '@jest/globals';
import type { OrgEvent } from './org.events';
import { OrganisationTimeline } from './organisation-timeline';
import { cityEvents, registered } from './testing/org.fixture';

// A district reorganised: Phòng Quản lý đô thị merged into Phòng Kinh tế – Hạ tầng on 2025-07-01,
// taking its construction permits with it; the head of Sở Xây dựng changed on 2025-06-01 after a month
// with an acting head; a delegation while the new head was away.
const history: OrgEvent[] = [
  ...cityEvents,
  registered('do-thi-hoa', 'Đỗ Thị Hoa', 'DN-0010'),
  registered('ngo-quoc-khanh', 'Ngô Quốc Khánh', 'DN-0011'),
  {
    type: 'UnitEstablished',
    data: {
      unitId: 'phong-kinh-te-ha-tang',
      name: 'Phòng Kinh tế',
      kind: 'office',
      parentUnitId: 'ubnd-quan-hai-chau',
      validFrom: '2020-01-01',
    },
  },
  {
    type: 'UnitRenamed',
    data: { unitId: 'phong-kinh-te-ha-tang', name: 'Phòng Kinh tế – Hạ tầng', previousName: 'Phòng Kinh tế', validFrom: '2025-07-01' },
  },
  {
    type: 'MandateGranted',
    data: { unitId: 'phong-quan-ly-do-thi', category: 'construction_permit', validFrom: '2020-01-01', validTo: null },
  },
  {
    type: 'MandateGranted',
    data: { unitId: 'phong-kinh-te-ha-tang', category: 'construction_permit', validFrom: '2025-07-01', validTo: null },
  },
  { type: 'MandateGranted', data: { unitId: 'so-xay-dung', category: 'construction', validFrom: '2020-01-01', validTo: null } },
  {
    type: 'PersonAppointed',
    data: {
      appointmentId: 'qd-1',
      unitId: 'phong-quan-ly-do-thi',
      personId: 'do-thi-hoa',
      position: 'head',
      validFrom: '2020-01-01',
      validTo: null,
    },
  },
  { type: 'UnitMerged', data: { unitId: 'phong-quan-ly-do-thi', successorUnitId: 'phong-kinh-te-ha-tang', effectiveOn: '2025-07-01' } },
  {
    type: 'PersonAppointed',
    data: {
      appointmentId: 'qd-2',
      unitId: 'phong-kinh-te-ha-tang',
      personId: 'do-thi-hoa',
      position: 'deputy',
      validFrom: '2025-07-01',
      validTo: null,
    },
  },
  {
    type: 'PersonAppointed',
    data: {
      appointmentId: 'qd-3',
      unitId: 'so-xay-dung',
      personId: 'ngo-quoc-khanh',
      position: 'head',
      validFrom: '2018-01-01',
      validTo: null,
    },
  },
  { type: 'AppointmentEnded', data: { appointmentId: 'qd-3', unitId: 'so-xay-dung', personId: 'ngo-quoc-khanh', validTo: '2025-04-30' } },
  {
    type: 'ActingHeadDesignated',
    data: { delegationId: 'qd-4', unitId: 'so-xay-dung', personId: 'dang-van-phuc', validFrom: '2025-05-01', validTo: null },
  },
  {
    type: 'PersonAppointed',
    data: {
      appointmentId: 'qd-5',
      unitId: 'so-xay-dung',
      personId: 'nguyen-thi-binh',
      position: 'head',
      validFrom: '2025-06-01',
      validTo: null,
    },
  },
  {
    type: 'PersonAppointed',
    data: {
      appointmentId: 'qd-6',
      unitId: 'so-xay-dung',
      personId: 'le-van-cuong',
      position: 'staff',
      validFrom: '2021-01-01',
      validTo: null,
    },
  },
  {
    type: 'AuthorityDelegated',
    data: { delegationId: 'uq-1', unitId: 'so-xay-dung', personId: 'le-van-cuong', validFrom: '2026-03-02', validTo: '2026-03-06' },
  },
];
const timeline = OrganisationTimeline.fromEvents(history);

describe('the mandate across a merger', () => {
  it('is held by the merged office until the day before, and by its successor from the effective date', () => {
    expect(timeline.mandateHoldersOn('construction_permit', '2025-06-30')).toEqual(['phong-quan-ly-do-thi']);
    expect(timeline.mandateHoldersOn('construction_permit', '2025-07-01')).toEqual(['phong-kinh-te-ha-tang']);
    expect(timeline.hasMandate('phong-quan-ly-do-thi', 'construction_permit', '2025-07-01')).toBe(false);
    expect(timeline.mandatesOn('so-xay-dung', '2026-03-02')).toEqual(['construction']);
    expect(timeline.mandateHoldersOn('budget', '2026-03-02')).toEqual([]);
  });

  it('answers the successor chain and why the old office is no longer active', () => {
    expect(timeline.successorChain('phong-quan-ly-do-thi')).toEqual(['phong-kinh-te-ha-tang']);
    expect(timeline.successorChain('so-xay-dung')).toEqual([]);
    expect(timeline.isUnitActive('phong-quan-ly-do-thi', '2025-06-30')).toEqual({ active: true });
    expect(timeline.isUnitActive('phong-quan-ly-do-thi', '2025-07-01')).toEqual({
      active: false,
      reason: 'merged',
      effectiveOn: '2025-07-01',
      successorUnitId: 'phong-kinh-te-ha-tang',
      detail: 'Đơn vị "Phòng Quản lý đô thị" đã được sáp nhập vào đơn vị "phong-kinh-te-ha-tang" từ ngày 2025-07-01.',
    });
    expect(timeline.isUnitActive('so-noi-vu', '2025-07-01')).toEqual({
      active: false,
      reason: 'unknown',
      detail: 'Không tìm thấy đơn vị "so-noi-vu".',
    });
  });

  it('gives each unit its name and parent of the day', () => {
    expect(timeline.unitAt('phong-kinh-te-ha-tang', '2025-06-30')).toEqual({
      unitId: 'phong-kinh-te-ha-tang',
      name: 'Phòng Kinh tế',
      kind: 'office',
      parentUnitId: 'ubnd-quan-hai-chau',
      active: true,
      activity: { active: true },
    });
    expect(timeline.unitAt('phong-kinh-te-ha-tang', '2025-07-01')?.name).toBe('Phòng Kinh tế – Hạ tầng');
    expect(timeline.unitAt('phong-quan-ly-do-thi', '2026-01-01')).toMatchObject({ name: 'Phòng Quản lý đô thị', active: false });
    expect(timeline.unitAt('phong-kinh-te-ha-tang', '2019-12-31')).toBeNull();
  });

  it('draws the tree of the day', () => {
    const district = (date: string) => timeline.treeAt(date)[0]!.children.find((node) => node.unitId === 'ubnd-quan-hai-chau')!;
    expect(district('2025-06-30').children.map((node) => node.name)).toEqual([
      'Phòng Kinh tế',
      'Phòng Quản lý đô thị',
      'Phòng Tài chính – Kế hoạch',
      'Phòng Tài nguyên và Môi trường',
    ]);
    expect(district('2025-07-01').children.map((node) => node.name)).toEqual([
      'Phòng Kinh tế – Hạ tầng',
      'Phòng Tài chính – Kế hoạch',
      'Phòng Tài nguyên và Môi trường',
    ]);
    expect(timeline.treeAt('2025-07-01').map((node) => node.unitId)).toEqual(['ubnd-tp']);
    expect(timeline.ancestorsOn('phong-tnmt-hai-chau', '2025-07-01')).toEqual(['ubnd-quan-hai-chau', 'ubnd-tp']);
  });
});

describe('the head of a unit', () => {
  it('is the appointed head before and after a change, and the acting head in between', () => {
    expect(timeline.headOn('so-xay-dung', '2025-04-30')).toBe('ngo-quoc-khanh');
    expect(timeline.leadershipOn('so-xay-dung', '2025-05-15')).toEqual({
      unitId: 'so-xay-dung',
      date: '2025-05-15',
      head: null,
      actingHead: {
        id: 'qd-4',
        unitId: 'so-xay-dung',
        personId: 'dang-van-phuc',
        from: '2025-05-01',
        to: null,
        ended: false,
        kind: 'acting_head',
      },
      delegate: null,
      inCharge: { personId: 'dang-van-phuc', basis: 'acting_head' },
    });
    expect(timeline.headOn('so-xay-dung', '2025-06-01')).toBe('nguyen-thi-binh');
    expect(timeline.leadershipOn('so-xay-dung', '2025-06-01')?.inCharge).toEqual({ personId: 'nguyen-thi-binh', basis: 'head' });
  });

  it('is represented by the delegate while a delegation is in force', () => {
    expect(timeline.leadershipOn('so-xay-dung', '2026-03-04')?.inCharge).toEqual({ personId: 'le-van-cuong', basis: 'delegated' });
    expect(timeline.leadershipOn('so-xay-dung', '2026-03-07')?.inCharge).toEqual({ personId: 'nguyen-thi-binh', basis: 'head' });
  });

  it('lapses with the unit: a merged office has no head', () => {
    expect(timeline.headOn('phong-quan-ly-do-thi', '2025-06-30')).toBe('do-thi-hoa');
    expect(timeline.leadershipOn('phong-quan-ly-do-thi', '2025-07-01')).toBeNull();
  });
});

describe('officials and persons as of a date', () => {
  it('builds the Official the task decider takes', () => {
    expect(timeline.officialAt('le-van-cuong', 'so-xay-dung', '2026-03-02')).toEqual({
      personId: 'le-van-cuong',
      unitId: 'so-xay-dung',
      position: 'staff',
      actingForUnitIds: ['so-xay-dung'],
    });
    expect(timeline.officialAt('le-van-cuong', 'so-xay-dung', '2026-03-09')).toEqual({
      personId: 'le-van-cuong',
      unitId: 'so-xay-dung',
      position: 'staff',
    });
    expect(timeline.officialAt('dang-van-phuc', 'so-xay-dung', '2025-05-15')).toEqual({
      personId: 'dang-van-phuc',
      unitId: 'so-xay-dung',
      actingForUnitIds: ['so-xay-dung'],
    });
    expect(timeline.officialAt('dang-van-phuc', 'so-xay-dung', '2025-06-01')).toBeNull();
    expect(timeline.officialAt('do-thi-hoa', 'phong-quan-ly-do-thi', '2025-07-01')).toBeNull();
    expect(timeline.officialAt('do-thi-hoa', 'phong-kinh-te-ha-tang', '2025-07-01')).toEqual({
      personId: 'do-thi-hoa',
      unitId: 'phong-kinh-te-ha-tang',
      position: 'deputy',
    });
  });

  it("lists a person's appointments with terms cut at the end of merged units", () => {
    expect(timeline.appointmentsOf('do-thi-hoa')).toEqual([
      {
        id: 'qd-1',
        unitId: 'phong-quan-ly-do-thi',
        personId: 'do-thi-hoa',
        from: '2020-01-01',
        to: '2025-06-30',
        ended: false,
        position: 'head',
      },
      {
        id: 'qd-2',
        unitId: 'phong-kinh-te-ha-tang',
        personId: 'do-thi-hoa',
        from: '2025-07-01',
        to: null,
        ended: false,
        position: 'deputy',
      },
    ]);
  });

  it('says whether a person was active, and why not', () => {
    expect(timeline.isPersonActive('nguyen-thi-binh', '2025-06-01')).toEqual({ active: true });
    expect(timeline.isPersonActive('nguyen-thi-binh', '2025-05-31')).toEqual({
      active: false,
      reason: 'not_yet_appointed',
      firstFrom: '2025-06-01',
      detail: 'Cán bộ Nguyễn Thị Bình chưa nhận nhiệm vụ vào ngày 2025-05-31 (bắt đầu từ 2025-06-01).',
    });
    expect(timeline.isPersonActive('ngo-quoc-khanh', '2025-05-02')).toEqual({
      active: false,
      reason: 'no_longer_appointed',
      lastDay: '2025-04-30',
      detail: 'Cán bộ Ngô Quốc Khánh không giữ chức vụ nào vào ngày 2025-05-02 (ngày công tác cuối 2025-04-30).',
    });
    expect(timeline.isPersonActive('tran-van-an', '2025-05-02')).toMatchObject({ active: false, reason: 'never_appointed' });
    expect(timeline.isPersonActive('nobody', '2025-05-02')).toMatchObject({ active: false, reason: 'unknown' });
  });
});

describe('folding', () => {
  it('applies one event at a time and ignores events a decider would never produce', () => {
    const incremental = new OrganisationTimeline();
    history.forEach((event) => incremental.apply(event));
    incremental.apply({ type: 'UnitRenamed', data: { unitId: 'ghost', name: 'X', previousName: 'Y', validFrom: '2025-01-01' } });
    incremental.apply(registered('le-van-cuong', 'Someone Else', 'DN-9999'));
    expect(incremental.unitCount).toBe(timeline.unitCount);
    expect(incremental.person('le-van-cuong')?.fullName).toBe('Lê Văn Cường');
    expect(incremental.personWithOfficialCode('DN-9999')).toBeUndefined();
    expect(incremental.fork().eventCount).toBe(history.length + 2);
  });

  it('sees a cycle through any parent in force from the date on', () => {
    expect(timeline.mayBeAncestorFrom('ubnd-quan-hai-chau', 'phong-tnmt-hai-chau', '2025-01-01')).toBe(true);
    expect(timeline.mayBeAncestorFrom('so-xay-dung', 'phong-tnmt-hai-chau', '2025-01-01')).toBe(false);
  });
});
