import { describe, expect, it } from '@jest/globals';
import { analyse, calendar, day, doThiHoa, due, hoangVanGiang, TaskStory, truongVanSon, unit } from './testing/custody.fixture';

const iso = (instant: string): string => new Date(Date.parse(instant)).toISOString();

/**
 * S7 of the scenarios: Phòng Quản lý đô thị holds dossier D7 (10 working days, promised d+10); on d+3 it
 * asks the applicant for a missing drawing, the applicant supplies it on d+8 (5 working days paused).
 */
function dossierD7(options: { receivedOn?: number | null; completedOn?: number | null; requestedOn?: number } = {}): TaskStory {
  const story = new TaskStory('d7');
  story.assigned(day(0), hoangVanGiang, unit.phongQldt, { dueAt: due(10), responsible: truongVanSon, kind: 'dossier' });
  const request = story.supplementRequested(day(options.requestedOn ?? 3), truongVanSon, truongVanSon);
  if (options.receivedOn !== null) story.supplementReceived(day(options.receivedOn ?? 8), truongVanSon, request);
  if (options.completedOn !== null) story.completed(day(options.completedOn ?? 14), truongVanSon);
  return story;
}

describe('a dossier paused while the applicant supplements it (S7)', () => {
  const { timeline, status, attribution } = analyse(dossierD7().events, day(20));

  it('records the pause from the request to the complete supplement: 5 working days', () => {
    expect(timeline.pauses).toEqual([
      expect.objectContaining({
        from: day(3),
        to: day(8),
        requestEventId: 'd7-2',
        receivedEventId: 'd7-3',
        workingDays: 5,
        days: [4, 5, 6, 7, 8].map((n) => day(n).slice(0, 10)),
      }),
    ]);
  });

  it('does not count the paused days as held, and moves the deadline by them: d+14 is within d+15', () => {
    expect(timeline.intervals.map((interval) => [interval.heldWorkingDays, interval.pausedWorkingDays, interval.overdueDays])).toEqual([
      [9, 5, []],
    ]);
    expect(status).toMatchObject({
      status: 'completed_early',
      dueAt: iso(due(15)),
      dueDate: day(15).slice(0, 10),
      pausedWorkingDays: 5,
      workingDaysLate: 0,
    });
  });

  it('charges nobody', () => {
    expect(attribution).toMatchObject({ delayed: false, individual: [], supervisory: [], totals: [] });
  });

  it('grades the step by the days it was not paused', () => {
    const graded = analyse(dossierD7().events, day(20), { stepLimits: () => 10 });
    expect(graded.timeline.intervals[0]!.stepLimit).toEqual({ workingDays: 10, grade: 'early', workingDaysBeyond: 0 });
    expect(graded.attribution.individual).toEqual([]);
  });
});

describe('a paused dossier that is late even after the pause', () => {
  it('is late by the days after the moved deadline only, and only those are charged', () => {
    const { timeline, status, attribution } = analyse(dossierD7({ completedOn: 17 }).events, day(20));
    expect(status).toMatchObject({ status: 'completed_late', dueAt: iso(due(15)), workingDaysLate: 2 });
    expect(timeline.intervals[0]!.overdueDays).toEqual([day(16).slice(0, 10), day(17).slice(0, 10)]);
    expect(attribution.individual.map((line) => [line.party.personId, line.days])).toEqual([
      [truongVanSon.personId, [day(16).slice(0, 10), day(17).slice(0, 10)]],
    ]);
    expect(attribution.supervisory.map((line) => [line.party.personId, line.workingDays])).toEqual([[doThiHoa.personId, 2]]);
  });

  it('with the request made after the deadline, the paused days in between are not charged', () => {
    const { timeline, status } = analyse(dossierD7({ requestedOn: 12, receivedOn: 14, completedOn: 16 }).events, day(20));
    expect(timeline.intervals[0]!.overdueDays).toEqual([11, 12, 15, 16].map((n) => day(n).slice(0, 10)));
    expect(status).toMatchObject({ status: 'completed_late', workingDaysLate: 4, pausedWorkingDays: 2 });
  });
});

describe('a dossier still waiting for the applicant', () => {
  it('is paused up to asOf: not overdue, the deadline moved by the days waited so far', () => {
    const { timeline, status, attribution } = analyse(dossierD7({ receivedOn: null, completedOn: null }).events, day(12));
    expect(timeline.pauses).toEqual([expect.objectContaining({ from: day(3), to: null, end: day(12), workingDays: 9 })]);
    expect(status).toMatchObject({ status: 'within_deadline', dueAt: iso(due(19)), pausedWorkingDays: 9, paused: true });
    expect(timeline.intervals[0]!.heldWorkingDays).toBe(3);
    expect(attribution.individual).toEqual([]);
  });
});

describe('a dossier completed with the supplement request never answered on the record', () => {
  it('counts no paused day: the holder cannot stop the clock by asking and not recording the supplement', () => {
    const { timeline, status, attribution } = analyse(dossierD7({ receivedOn: null, completedOn: 14 }).events, day(20));
    expect(timeline.pauses).toEqual([
      expect.objectContaining({ from: day(3), to: null, end: day(14), open: false, receivedEventId: null, workingDays: 0, days: [] }),
    ]);
    expect(status).toMatchObject({ status: 'completed_late', workingDaysLate: 4, pausedWorkingDays: 0 });
    expect(attribution.individual.map((line) => line.workingDays)).toEqual([4]);
  });
});

describe('a plain task', () => {
  it('has no pause and its figures are unchanged', () => {
    const story = new TaskStory('plain');
    story.assigned(day(0), hoangVanGiang, unit.phongQldt, { dueAt: due(10), responsible: truongVanSon });
    story.completed(day(12), truongVanSon);
    const { timeline, status } = analyse(story.events, day(20));
    expect(timeline.pauses).toEqual([]);
    expect(status).toMatchObject({ status: 'completed_late', workingDaysLate: 2, pausedWorkingDays: 0, paused: false });
    expect(calendar.isWorkingDay(day(12).slice(0, 10))).toBe(true);
  });
});
