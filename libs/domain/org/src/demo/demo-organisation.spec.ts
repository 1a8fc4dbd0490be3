import { describe, expect, it } from '@jest/globals';
import { decideOrg } from '../org.decider';
import { OrganisationTimeline } from '../organisation-timeline';
import { commandFor } from '../testing/command-for-event';
import { context } from '../testing/org.fixture';
import { buildDemoOrganisation, DEMO_ORGANISATION } from './demo-organisation';

const timeline = OrganisationTimeline.fromEvents(DEMO_ORGANISATION.map((entry) => entry.event));
const ofType = (type: string) => DEMO_ORGANISATION.filter((entry) => entry.event.type === type).length;

describe('the demo organisation', () => {
  it('is accepted event by event by the deciders, in log order', () => {
    const replay = new OrganisationTimeline();
    for (const { event } of DEMO_ORGANISATION) {
      expect(decideOrg(commandFor(event, context), replay)).toEqual([event]);
      replay.apply(event);
    }
    expect(replay.eventCount).toBe(DEMO_ORGANISATION.length);
  });

  it('has the expected counts', () => {
    expect(DEMO_ORGANISATION.length).toBe(367);
    expect(timeline.unitCount).toBe(30);
    expect(timeline.personCount).toBe(150);
    expect(ofType('MandateGranted')).toBe(29);
    expect(ofType('PersonAppointed')).toBe(155);
    expect(ofType('UnitMerged')).toBe(1);
    expect(timeline.treeAt('2026-03-02')[0]!.children).toHaveLength(16);
    expect(timeline.allUnitIds().filter((unitId) => timeline.isUnitActive(unitId, '2026-03-02').active)).toHaveLength(29);
  });

  it('has fixed, unique event ids on the right streams, dated no later than 2 March 2026', () => {
    expect(new Set(DEMO_ORGANISATION.map((entry) => entry.eventId)).size).toBe(DEMO_ORGANISATION.length);
    expect(DEMO_ORGANISATION[0]).toEqual({
      eventId: '6f726700-0000-4000-8000-000000000001',
      streamId: 'unit-ubnd-tp',
      occurredAt: '2015-01-01T08:00:00+07:00',
      event: {
        type: 'UnitEstablished',
        data: { unitId: 'ubnd-tp', name: 'UBND thành phố', kind: 'peoples_committee', parentUnitId: null, validFrom: '2015-01-01' },
      },
    });
    expect(DEMO_ORGANISATION.every((entry) => entry.occurredAt <= '2026-03-02T08:00:00+07:00')).toBe(true);
    expect(DEMO_ORGANISATION.filter((entry) => entry.streamId.startsWith('person-'))).toHaveLength(150);
  });

  it('is the same for the same seed, and its names are Vietnamese in NFC', () => {
    expect(buildDemoOrganisation()).toEqual(DEMO_ORGANISATION);
    const names = timeline.allPersonIds().map((personId) => timeline.person(personId)!.fullName);
    expect(names.every((name) => name === name.normalize('NFC') && /^\p{Lu}\p{Ll}* \p{Lu}\p{Ll}* \p{Lu}\p{Ll}*$/u.test(name))).toBe(true);
    const codes = timeline.allPersonIds().map((personId) => timeline.person(personId)!.officialCode);
    expect(new Set(codes).size).toBe(150);
    expect(buildDemoOrganisation(7).map((entry) => entry.event)).not.toEqual(DEMO_ORGANISATION.map((entry) => entry.event));
  });

  it('keeps the people of the scenarios in their places', () => {
    expect(timeline.headOn('ubnd-tp', '2026-03-02')).toBe('tran-van-an');
    expect(timeline.headOn('so-xay-dung', '2026-03-02')).toBe('nguyen-thi-binh');
    expect(timeline.headOn('so-tnmt', '2026-03-02')).toBe('pham-minh-dung');
    expect(timeline.headOn('ubnd-quan-hai-chau', '2026-03-02')).toBe('hoang-van-giang');
    expect(timeline.headOn('phong-quan-ly-do-thi', '2026-03-02')).toBe('do-thi-hoa');
    expect(timeline.officialAt('le-van-cuong', 'so-xay-dung', '2026-03-02')).toEqual({
      personId: 'le-van-cuong',
      unitId: 'so-xay-dung',
      position: 'staff',
    });
    expect(timeline.officialAt('dang-van-phuc', 'ubnd-tp', '2026-03-10')).toEqual({
      personId: 'dang-van-phuc',
      unitId: 'ubnd-tp',
      position: 'staff',
      actingForUnitIds: ['so-xay-dung'],
    });
    expect(timeline.mandateHoldersOn('construction', '2026-03-02')).toEqual(['so-xay-dung']);
    expect(timeline.mandateHoldersOn('land', '2026-03-02')).toEqual(['phong-tnmt-hai-chau', 'phong-tnmt-son-tra', 'so-tnmt']);
    expect(timeline.mandateHoldersOn('budget', '2026-03-02')).toEqual(['phong-tai-chinh-ke-hoach', 'so-tai-chinh']);
  });

  it('records the 2025 merger: the investment mandate and the staff move to Sở Tài chính', () => {
    expect(timeline.mandateHoldersOn('investment', '2025-02-28')).toEqual(['so-ke-hoach-dau-tu']);
    expect(timeline.mandateHoldersOn('investment', '2025-03-01')).toEqual(['so-tai-chinh']);
    expect(timeline.successorChain('so-ke-hoach-dau-tu')).toEqual(['so-tai-chinh']);
    const formerHead = timeline.headOn('so-ke-hoach-dau-tu', '2025-02-28')!;
    expect(timeline.officialAt(formerHead, 'so-tai-chinh', '2025-03-01')).toEqual({
      personId: formerHead,
      unitId: 'so-tai-chinh',
      position: 'deputy',
    });
    expect(timeline.appointmentsOf(formerHead).map((a) => [a.unitId, a.position, a.from, a.to])).toEqual([
      ['so-ke-hoach-dau-tu', 'head', '2015-01-01', '2025-02-28'],
      ['so-tai-chinh', 'deputy', '2025-03-01', null],
    ]);
    expect(timeline.subunitsOn('ubnd-tp', '2025-03-01')).not.toContain('so-ke-hoach-dau-tu');
  });

  it('shows the change of head at Sở Xây dựng with an acting head in between', () => {
    const before = timeline.headOn('so-xay-dung', '2024-08-31');
    expect(before).not.toBeNull();
    expect(before).not.toBe('nguyen-thi-binh');
    const acting = timeline.leadershipOn('so-xay-dung', '2024-09-15')!;
    expect(acting.head).toBeNull();
    expect(acting.inCharge?.basis).toBe('acting_head');
    expect(timeline.leadershipOn('so-xay-dung', '2024-10-01')?.inCharge).toEqual({ personId: 'nguyen-thi-binh', basis: 'head' });
  });
});
