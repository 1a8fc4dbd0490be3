import { describe, expect, it } from '@jest/globals';
import { custodyLogOf, emptyCustodyLog, evolveCustodyLog } from './custody-log';
import { custodyTimeline } from './custody-timeline';
import {
  analyse,
  intervalBrief,
  calendar,
  day,
  doThiHoa,
  due,
  hoangVanGiang,
  leVanCuong,
  nguyenThiBinh,
  party,
  phamMinhDung,
  TaskStory,
  tranVanAn,
  unit,
  voThiEn,
} from './testing/custody.fixture';

const cuong = { unitId: unit.soXayDung, personId: leVanCuong.personId };
const held = (events: Parameters<typeof analyse>[0], asOf: string) =>
  analyse(events, asOf).timeline.intervals.map((interval) => [
    interval.holder.personId ?? interval.holder.unitId,
    interval.heldWorkingDays,
    interval.overdueDays,
  ]);

describe('voided entries', () => {
  const story = new TaskStory('tv');
  story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10) });
  const delegated = story.delegated(day(0, '10:00'), nguyenThiBinh, leVanCuong);
  const transferred = story.transferred(day(2), leVanCuong, { unitId: unit.soTnmt });
  const voiding = story.voided(day(2, '11:00'), leVanCuong, transferred, 'TaskTransferred');
  const completed = story.completed(day(12), leVanCuong);
  const { timeline, measures } = analyse(story.events, day(14));

  it('a voided transfer never happened: Cường holds it from the delegation to the completion', () => {
    expect(timeline.intervals.map(intervalBrief)).toEqual([
      expect.objectContaining({ holder: { unitId: unit.soXayDung, personId: null }, closedBy: delegated }),
      expect.objectContaining({ holder: cuong, openedBy: delegated, closedBy: completed, held: 12, overdue: ['2026-03-17', '2026-03-18'] }),
    ]);
    expect(measures.reassignmentCount).toBe(0);
    expect(measures.pingPong.returns).toEqual([]);
    expect(timeline.entries.map((entry) => entry.eventId)).not.toContain(transferred);
  });

  it('the trail still shows the transfer, with the entry that voided it', () => {
    expect(
      timeline.trail.map(({ eventId, change, voided, voidedBy }) => ({ eventId, change, voided, voidedBy: voidedBy?.eventId ?? null })),
    ).toEqual([
      { eventId: 'tv-1', change: 'assigned', voided: false, voidedBy: null },
      { eventId: delegated, change: 'delegated', voided: false, voidedBy: null },
      { eventId: transferred, change: 'transferred', voided: true, voidedBy: voiding },
      { eventId: completed, change: 'completed', voided: false, voidedBy: null },
    ]);
    expect(timeline.trail[2]!.voidedBy).toEqual({
      eventId: voiding,
      occurredAt: day(2, '11:00'),
      globalPosition: 1004,
      reason: 'Ghi nhầm',
    });
  });

  it('a voided completion reopens the task as it was', () => {
    const reopened = new TaskStory('tvc');
    reopened.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: leVanCuong });
    const done = reopened.completed(day(5), leVanCuong);
    reopened.voided(day(6), leVanCuong, done, 'TaskCompleted');
    const result = analyse(reopened.events, day(11, '12:00'));
    expect(result.timeline.closure).toBeNull();
    expect(result.timeline.intervals.map((interval) => [interval.open, interval.heldWorkingDays, interval.overdueDays])).toEqual([
      [true, 11, ['2026-03-17']],
    ]);
    expect(result.status).toMatchObject({ status: 'overdue', workingDaysLate: 1 });
  });
});

describe('deadlines in force', () => {
  const base = () => {
    const story = new TaskStory('td');
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: leVanCuong });
    return story;
  };

  it('without an extension: 4 days held after the deadline', () => {
    const story = base();
    story.completed(day(14), leVanCuong);
    expect(held(story.events, day(14))).toEqual([[leVanCuong.personId, 14, ['2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20']]]);
  });

  it('an extension granted before the deadline moves the overdue days: 1 day left', () => {
    const story = base();
    const extended = story.extended(day(8), tranVanAn, due(10), due(13));
    story.completed(day(14), leVanCuong);
    const { timeline, status, attribution } = analyse(story.events, day(14));
    expect(timeline.intervals.map((interval) => interval.overdueDays)).toEqual([['2026-03-20']]);
    expect(status).toMatchObject({ status: 'completed_late', dueDate: '2026-03-19', deadlineEventId: extended, workingDaysLate: 1 });
    expect(attribution.individual.map((line) => [line.party.personId, line.days])).toEqual([[leVanCuong.personId, ['2026-03-20']]]);
    expect(timeline.deadlines.map((change) => [change.kind, change.dueDate, change.inForceFrom])).toEqual([
      ['assigned', '2026-03-16', '2026-03-02'],
      ['extended', '2026-03-19', '2026-03-12'],
    ]);
  });

  it('an extension granted after the deadline passed covers the days from its grant, not the days already overdue', () => {
    const story = base();
    story.extended(day(12, '10:00'), tranVanAn, due(10), due(13));
    story.completed(day(14), leVanCuong);
    const { timeline, status } = analyse(story.events, day(14));
    expect(timeline.intervals.map((interval) => interval.overdueDays)).toEqual([['2026-03-17', '2026-03-20']]);
    expect(status).toMatchObject({ status: 'completed_late', workingDaysLate: 1 });
  });
});

describe('closure', () => {
  it('a reopened task: the hold ends at completion and starts again at reopening; the days between belong to nobody', () => {
    const story = new TaskStory('tr');
    const assigned = story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: leVanCuong });
    const firstDone = story.completed(day(5), leVanCuong);
    const reopened = story.reopened(day(7), tranVanAn);
    const done = story.completed(day(12), leVanCuong);
    const { timeline, status, attribution } = analyse(story.events, day(14));
    expect(timeline.intervals.map(intervalBrief)).toEqual([
      {
        holder: cuong,
        role: 'lead',
        giver: party(tranVanAn),
        from: day(0),
        to: day(5),
        openedBy: assigned,
        closedBy: firstDone,
        held: 5,
        overdue: [],
      },
      {
        holder: cuong,
        role: 'lead',
        giver: party(tranVanAn),
        from: day(7),
        to: day(12),
        openedBy: reopened,
        closedBy: done,
        held: 5,
        overdue: ['2026-03-17', '2026-03-18'],
      },
    ]);
    expect(status).toMatchObject({ status: 'completed_late', workingDaysLate: 2 });
    expect(attribution.individual.map((line) => line.workingDays)).toEqual([2]);
    const between = analyse(story.events, day(6));
    expect(between.status).toMatchObject({ status: 'completed_early', workingDaysEarly: 5 });
    const reopenedOpen = analyse(story.events, day(11, '17:00'));
    expect(reopenedOpen.status).toMatchObject({ status: 'overdue', open: true, workingDaysLate: 1 });
    expect(reopenedOpen.timeline.intervals[1]).toMatchObject({ open: true, end: day(11, '17:00'), heldWorkingDays: 4 });
  });

  it('a cancelled task: the hold ends at cancellation, the days after the deadline are shown but not attributed', () => {
    const story = new TaskStory('tc');
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: leVanCuong });
    const cancelled = story.cancelled(day(12), tranVanAn);
    const { timeline, status, attribution } = analyse(story.events, day(14));
    expect(timeline.closure).toEqual({
      kind: 'cancelled',
      event: { eventId: cancelled, type: 'TaskCancelled', occurredAt: day(12), globalPosition: 1002 },
    });
    expect(timeline.intervals.map((interval) => [interval.open, interval.closedBy?.eventId, interval.overdueDays])).toEqual([
      [false, cancelled, ['2026-03-17', '2026-03-18']],
    ]);
    expect(status).toMatchObject({ status: 'cancelled', label: 'Đã hủy', open: false, workingDaysLate: 0 });
    expect([attribution.delayed, attribution.individual, attribution.supervisory]).toEqual([false, [], []]);
  });

  it('a task still open past its deadline: the hold runs to asOf and every holder after the deadline answers for its days', () => {
    const story = new TaskStory('to');
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: leVanCuong });
    const transferred = story.transferred(day(11, '10:00'), leVanCuong, party(voThiEn));
    const asOf = day(13, '10:00');
    const { timeline, status, attribution } = analyse(story.events, asOf);
    expect(timeline.intervals.map((interval) => [interval.holder.personId, interval.end, interval.open, interval.overdueDays])).toEqual([
      [leVanCuong.personId, day(11, '10:00'), false, ['2026-03-17']],
      [voThiEn.personId, asOf, true, ['2026-03-18', '2026-03-19']],
    ]);
    expect(status).toMatchObject({ status: 'overdue', label: 'Quá hạn', open: true, at: asOf, workingDaysLate: 3 });
    expect(attribution.individual.map((line) => [line.party.personId, line.workingDays, line.eventIds])).toEqual([
      [leVanCuong.personId, 1, ['to-1', transferred]],
      [voThiEn.personId, 2, [transferred]],
    ]);
    expect(attribution.supervisory.map((line) => [line.party.personId, line.workingDays, line.supervisesPersonId])).toEqual([
      [nguyenThiBinh.personId, 1, leVanCuong.personId],
      [phamMinhDung.personId, 2, voThiEn.personId],
    ]);
  });

  it('a task cancelled while awaiting reassignment and reopened is back with the authority, in the same role', () => {
    const story = new TaskStory('tca');
    story.assigned(day(0), hoangVanGiang, unit.phongQldt, { dueAt: due(10) });
    story.returnedToAuthority(day(1), doThiHoa);
    story.cancelled(day(2), hoangVanGiang);
    const reopened = story.reopened(day(3), hoangVanGiang);
    const { timeline } = analyse(story.events, day(4));
    expect(timeline.intervals.map((interval) => [interval.holder.unitId, interval.role, interval.openedBy.eventId, interval.open])).toEqual(
      [
        [unit.phongQldt, 'lead', 'tca-1', false],
        [unit.ubndHaiChau, 'assigning_authority', 'tca-2', false],
        [unit.ubndHaiChau, 'assigning_authority', reopened, true],
      ],
    );
  });

  it('entries that occurred after asOf are not yet in force', () => {
    const story = new TaskStory('ta');
    story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10), responsible: leVanCuong });
    story.transferred(day(4), leVanCuong, { unitId: unit.soTnmt });
    const { timeline } = analyse(story.events, day(3));
    expect(timeline.intervals.map((interval) => [interval.holder.unitId, interval.open, interval.heldWorkingDays])).toEqual([
      [unit.soXayDung, true, 3],
    ]);
    expect(timeline.trail).toHaveLength(1);
  });
});

describe('step limits (the process-control slip)', () => {
  const story = new TaskStory('ts');
  story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10) });
  story.delegated(day(0, '10:00'), nguyenThiBinh, leVanCuong);
  story.transferred(day(2), leVanCuong, { unitId: unit.soTnmt });
  story.returned(day(3), phamMinhDung, party(leVanCuong));
  story.completed(day(12), leVanCuong);
  const stepLimits = (step: { role: string }) => (step.role === 'other_unit' ? 1 : 5);

  it('grades each step early, on time or late against the working days it allows', () => {
    const { timeline } = analyse(story.events, day(14), { stepLimits });
    expect(timeline.intervals.map((interval) => interval.stepLimit)).toEqual([
      { workingDays: 5, grade: 'early', workingDaysBeyond: 0 },
      { workingDays: 5, grade: 'early', workingDaysBeyond: 0 },
      { workingDays: 1, grade: 'on_time', workingDaysBeyond: 0 },
      { workingDays: 5, grade: 'late', workingDaysBeyond: 4 },
    ]);
  });

  it('an open step is late once past its limit, ungraded before', () => {
    const grades = (asOf: string) => analyse(story.events, asOf, { stepLimits }).timeline.intervals.at(-1)!.stepLimit;
    expect(grades(day(8))).toEqual({ workingDays: 5, grade: null, workingDaysBeyond: 0 });
    expect(grades(day(9))).toEqual({ workingDays: 5, grade: 'late', workingDaysBeyond: 1 });
  });

  it('days beyond the step limit are a separate line of a delayed task', () => {
    const { attribution } = analyse(story.events, day(14), { stepLimits });
    expect(
      attribution.individual
        .filter((line) => line.basisCode === 'HELD_BEYOND_STEP_LIMIT')
        .map((line) => [line.party.personId, line.days, line.explanation]),
    ).toEqual([
      [
        leVanCuong.personId,
        ['2026-03-13', '2026-03-16', '2026-03-17', '2026-03-18'],
        'Giữ bước xử lý 9 ngày làm việc, vượt thời hạn của bước (5 ngày làm việc) 4 ngày (từ 13/03/2026 đến 18/03/2026)',
      ],
    ]);
  });
});

describe('the log', () => {
  const story = new TaskStory('tl');
  story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10) });
  const delegated = story.delegated(day(0, '10:00'), nguyenThiBinh, leVanCuong);
  story.corrected(day(1), nguyenThiBinh, delegated, 'TaskDelegated');
  const transferred = story.transferred(day(2), leVanCuong, { unitId: unit.soTnmt });
  story.voided(day(2, '11:00'), leVanCuong, transferred, 'TaskTransferred');
  story.completed(day(12), leVanCuong);

  it('is deterministic: the same events give deep-equal results', () => {
    expect(analyse(story.events, day(14))).toEqual(
      analyse(
        story.events.map((event) => structuredClone(event)),
        day(14),
      ),
    );
  });

  it('is plain data: a JSON round trip of the fold state gives the same timeline', () => {
    const log = custodyLogOf(story.events);
    const options = { asOf: day(14), calendar };
    expect(custodyTimeline(JSON.parse(JSON.stringify(log)), options)).toEqual(custodyTimeline(log, options));
  });

  it('folds one event at a time; applying an event twice changes nothing; corrections change nothing', () => {
    let log = emptyCustodyLog();
    for (const event of story.events) log = evolveCustodyLog(evolveCustodyLog(log, event), event);
    expect(log).toEqual(custodyLogOf(story.events));
    expect(log.entries.map((entry) => entry.change.kind)).toEqual(['assigned', 'delegated', 'transferred', 'completed']);
    expect(Object.keys(log.voidedBy)).toEqual([transferred]);
    expect(log.taskId).toBe('tl');
  });

  it('before the assignment there is nothing to hold', () => {
    const { timeline, status, measures } = analyse(story.events, '2026-03-01T09:00:00+07:00');
    expect([timeline.intervals, timeline.assignedAt, status, measures.reassignmentCount]).toEqual([[], null, null, 0]);
  });
});
