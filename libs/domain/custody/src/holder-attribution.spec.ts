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
    expect(result.individual.map((line) => [line.party.personId, line.party.resolvedAs, line.workingDays])).toEqual([
      [nguyenThiBinh.personId, 'holder', 1],
    ]);
    expect(result.supervisory).toEqual([]);
  });

  it('supervisory responsibility follows the head in office on each day', () => {
    const story = new TaskStory('tsup');
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: leVanCuong });
    story.completed(day(13), leVanCuong);
    const result = attribute(story, day(14), newHeadFrom18);
    expect(result.individual.map((line) => [line.party.personId, line.days])).toEqual([
      [leVanCuong.personId, ['2026-03-17', '2026-03-18', '2026-03-19']],
    ]);
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
    expect(attribute(heldByUnitUntil(10), day(14))).toMatchObject({
      delayed: false,
      status: 'completed_on_time',
      individual: [],
      supervisory: [],
      totals: [],
    });
    const open = new TaskStory('tw');
    open.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: leVanCuong });
    expect(attribute(open, day(9))).toMatchObject({ delayed: false, status: 'due_soon', individual: [] });
  });
});

describe('exemptions on the holder lines (issue 14: objective causes confirmed, protected initiatives)', () => {
  const cuong = { unitId: unit.soXayDung, personId: leVanCuong.personId };
  function lateByCuong(id: string): TaskStory {
    const story = new TaskStory(id);
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: leVanCuong });
    return story;
  }

  it('a difficulty only the holder reported shows no exemption; a rejected one neither', () => {
    const story = lateByCuong('ex-self');
    const reported = story.difficultyReported(day(8), leVanCuong, tranVanAn);
    story.completed(day(12), leVanCuong);
    expect(attribute(story, day(14)).individual.map((line) => [line.party.personId, line.workingDays, line.exemption])).toEqual([
      [leVanCuong.personId, 2, null],
    ]);
    story.difficultyAssessed(day(13), tranVanAn, reported, false, cuong);
    expect(attribute(story, day(14)).individual[0]!.exemption).toBeNull();
  });

  it("an accepted difficulty marks the reporter's lines and the head's supervisory line as excused, days kept", () => {
    const story = lateByCuong('ex-accepted');
    const reported = story.difficultyReported(day(8), leVanCuong, tranVanAn);
    story.completed(day(12), leVanCuong);
    const assessed = story.difficultyAssessed(day(13), tranVanAn, reported, true, cuong);
    expect(attribute(story, day(12, '17:00')).individual[0]!.exemption).toBeNull();
    const result = attribute(story, day(14));
    expect(result.individual.map((line) => [line.party.personId, line.workingDays])).toEqual([[leVanCuong.personId, 2]]);
    expect(result.individual[0]!.exemption).toEqual({
      kind: 'objective_cause',
      effect: 'excused',
      eventIds: [reported, assessed],
      waivedDays: [],
      note: 'Nguyên nhân khách quan đã được cấp có thẩm quyền xác nhận ngày 19/03/2026 (Nghị định 335/2025/NĐ-CP): không trừ điểm tiến độ; số ngày chậm vẫn được ghi nhận.',
    });
    expect(result.supervisory.map((line) => [line.party.personId, line.workingDays, line.exemption?.kind])).toEqual([
      [nguyenThiBinh.personId, 2, 'objective_cause'],
    ]);
    story.voided(day(14, '10:00'), tranVanAn, assessed, 'DifficultyAssessed');
    expect(attribute(story, day(15)).individual[0]!.exemption).toBeNull();
  });

  it('an initiative with effect exempt waives the covered days of the covered person; reduce keeps them, marked', () => {
    const exempt = lateByCuong('ex-initiative');
    exempt.completed(day(13), leVanCuong);
    const recorded = exempt.initiativeRecorded(day(13, '10:00'), tranVanAn, {
      initiativeId: `${exempt.taskId}-sk`,
      personIds: [leVanCuong.personId],
      from: '2026-03-18',
      to: null,
      effect: 'exempt',
    });
    const result = attribute(exempt, day(14));
    expect(result.individual.map((line) => [line.party.personId, line.days, line.workingDays])).toEqual([
      [leVanCuong.personId, ['2026-03-17'], 1],
    ]);
    expect(result.individual[0]!.exemption).toMatchObject({
      kind: 'protected_initiative',
      effect: 'exempt',
      eventIds: [recorded],
      waivedDays: ['2026-03-18', '2026-03-19'],
    });
    expect(result.individual[0]!.exemption!.note).toContain('Quyết định số 15/QĐ-UBND ngày 02/03/2026');
    expect(result.totals.filter((total) => total.kind === 'individual').map((total) => total.workingDays)).toEqual([1]);

    const reduce = lateByCuong('ex-reduce');
    reduce.completed(day(13), leVanCuong);
    reduce.initiativeRecorded(day(13, '10:00'), tranVanAn, {
      initiativeId: `${reduce.taskId}-sk`,
      personIds: [leVanCuong.personId],
      from: '2026-03-02',
      to: null,
      effect: 'reduce',
    });
    const reduced = attribute(reduce, day(14));
    expect(reduced.individual.map((line) => [line.workingDays, line.exemption?.effect, line.exemption?.waivedDays])).toEqual([
      [3, 'reduce', []],
    ]);

    const other = lateByCuong('ex-other');
    other.completed(day(13), leVanCuong);
    other.initiativeRecorded(day(13, '10:00'), tranVanAn, {
      initiativeId: `${other.taskId}-sk`,
      personIds: [nguyenThiBinh.personId],
      from: '2026-03-02',
      to: null,
      effect: 'exempt',
    });
    expect(attribute(other, day(14)).individual.map((line) => [line.workingDays, line.exemption])).toEqual([[3, null]]);
  });
});
