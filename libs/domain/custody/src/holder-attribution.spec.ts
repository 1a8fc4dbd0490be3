import { describe, expect, it } from '@jest/globals';
import { custodyLogOf } from './custody-log';
import { custodyTimeline } from './custody-timeline';
import { attributeResponsibility } from './holder-attribution';
import type { HeadLookup } from './responsibility-line';
import { taskStatus } from './task-status';
import { calendar, day, due, headOf, leVanCuong, nguyenThiBinh, TaskStory, tranVanAn, unit } from './testing/custody.fixture';

/** Sở Xây dựng changes head on 18 March 2026: Bình until the 17th, Đặng Văn Phúc from the 18th. */
const newHeadFrom18: HeadLookup = (unitId, date) =>
  unitId === unit.soXayDung && date >= '2026-03-18' ? 'dang-van-phuc' : headOf(unitId, date);

function attribute(story: TaskStory, asOf: string, lookup: HeadLookup = headOf) {
  const timeline = custodyTimeline(custodyLogOf(story.events), { asOf, calendar });
  return attributeResponsibility({ timeline, status: taskStatus(timeline, { calendar }), calendar, headOf: lookup });
}

function heldByUnitUntil(completedDay: number): TaskStory {
  const story = new TaskStory('tu');
  story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10) });
  story.completed(day(completedDay), nguyenThiBinh, { unitId: unit.soXayDung });
  return story;
}

describe('a holder known only at unit level', () => {
  it('its head on each day answers individually, split where the head changed; no supervisory line on oneself', () => {
    const result = attribute(heldByUnitUntil(12), day(14), newHeadFrom18);
    expect(result.individual.map((line) => [line.party, line.days, line.explanation])).toEqual([
      [
        { unitId: unit.soXayDung, personId: nguyenThiBinh.personId, resolvedAs: 'unit_head' },
        ['2026-03-17'],
        'Đơn vị giữ nhiệm vụ 1 ngày làm việc sau hạn (ngày 17/03/2026) khi chưa phân công người xử lý; người đứng đầu đơn vị chịu trách nhiệm',
      ],
      [
        { unitId: unit.soXayDung, personId: 'dang-van-phuc', resolvedAs: 'unit_head' },
        ['2026-03-18'],
        'Đơn vị giữ nhiệm vụ 1 ngày làm việc sau hạn (ngày 18/03/2026) khi chưa phân công người xử lý; người đứng đầu đơn vị chịu trách nhiệm',
      ],
    ]);
    expect(result.supervisory).toEqual([]);
  });

  it('with no head recorded the unit answers, and says so', () => {
    const result = attribute(heldByUnitUntil(11), day(14), () => null);
    expect(result.individual.map((line) => [line.party, line.workingDays, line.explanation])).toEqual([
      [
        { unitId: unit.soXayDung, personId: null, resolvedAs: 'head_unknown' },
        1,
        'Đơn vị giữ nhiệm vụ 1 ngày làm việc sau hạn (ngày 17/03/2026) khi chưa phân công người xử lý; đơn vị chưa có người đứng đầu được ghi nhận',
      ],
    ]);
    expect(result.totals).toEqual([
      { kind: 'individual', basisCode: 'HELD_AFTER_DEADLINE', unitId: unit.soXayDung, personId: null, workingDays: 1, lines: 1 },
    ]);
  });
});

describe('a named holder', () => {
  it('the head holding the task personally answers individually, with no supervisory line', () => {
    const story = new TaskStory('th');
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: nguyenThiBinh });
    story.completed(day(11), nguyenThiBinh);
    const result = attribute(story, day(14));
    expect(result.individual.map((line) => [line.party.personId, line.party.resolvedAs, line.workingDays])).toEqual([[nguyenThiBinh.personId, 'holder', 1]]);
    expect(result.supervisory).toEqual([]);
  });

  it('supervisory responsibility follows the head in office on each day', () => {
    const story = new TaskStory('tsup');
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: leVanCuong });
    story.completed(day(13), leVanCuong);
    const result = attribute(story, day(14), newHeadFrom18);
    expect(result.individual.map((line) => [line.party.personId, line.days])).toEqual([[leVanCuong.personId, ['2026-03-17', '2026-03-18', '2026-03-19']]]);
    expect(result.supervisory.map((line) => [line.party.personId, line.days, line.supervisesPersonId])).toEqual([
      [nguyenThiBinh.personId, ['2026-03-17'], leVanCuong.personId],
      ['dang-van-phuc', ['2026-03-18', '2026-03-19'], leVanCuong.personId],
    ]);
    expect(result.totals.map((total) => [total.kind, total.personId, total.workingDays])).toEqual([
      ['individual', leVanCuong.personId, 3],
      ['supervisory', 'dang-van-phuc', 2],
      ['supervisory', nguyenThiBinh.personId, 1],
    ]);
  });

  it('nothing is attributed to a task that is on time, or still within its deadline', () => {
    expect(attribute(heldByUnitUntil(10), day(14))).toMatchObject({ delayed: false, status: 'completed_on_time', individual: [], supervisory: [], totals: [] });
    const open = new TaskStory('tw');
    open.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: leVanCuong });
    expect(attribute(open, day(9))).toMatchObject({ delayed: false, status: 'due_soon', individual: [] });
  });
});
