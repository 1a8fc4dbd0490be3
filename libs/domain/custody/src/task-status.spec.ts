import { describe, expect, it } from '@jest/globals';
import { TASK_STATUS_LABELS, TASK_STATUSES } from './task-status';
import { analyse, day, due, leVanCuong, TaskStory, tranVanAn, unit } from './testing/custody.fixture';

const openTask = (dueAt: string | null) => {
  const story = new TaskStory('tq');
  story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt, responsible: leVanCuong });
  return story;
};
const statusAt = (asOf: string, dueSoonWorkingDays?: number) => analyse(openTask(due(10)).events, asOf, { dueSoonWorkingDays }).status!;

describe('open tasks', () => {
  it('due soon when at most 2 working days are left (the due day counts), within the deadline before', () => {
    expect(
      [day(7), day(8), day(9), day(10), day(10, '23:00')].map((asOf) => [statusAt(asOf).status, statusAt(asOf).workingDaysLeft]),
    ).toEqual([
      ['within_deadline', 3],
      ['due_soon', 2],
      ['due_soon', 1],
      ['due_soon', 0],
      ['due_soon', 0],
    ]);
  });

  it('the window is a parameter', () => {
    expect(statusAt(day(7), 3).status).toBe('due_soon');
    expect(statusAt(day(8), 1).status).toBe('within_deadline');
    expect(statusAt(day(10), 0)).toMatchObject({ status: 'due_soon', label: 'Sắp đến hạn' });
  });

  it('over a weekend the due Monday is the only day left', () => {
    expect(statusAt('2026-03-14T10:00:00+07:00')).toMatchObject({ status: 'due_soon', workingDaysLeft: 1 });
  });

  it('overdue from the first moment of the day after the due day, with working days late', () => {
    expect(statusAt('2026-03-17T00:30:00+07:00')).toMatchObject({ status: 'overdue', workingDaysLate: 1, workingDaysLeft: null });
    expect(statusAt('2026-03-21T10:00:00+07:00')).toMatchObject({ status: 'overdue', workingDaysLate: 4 });
  });

  it('no deadline', () => {
    expect(analyse(openTask(null).events, day(30)).status).toMatchObject({
      status: 'no_deadline',
      label: 'Không hạn',
      dueAt: null,
      workingDaysLeft: null,
    });
  });
});

describe('closed tasks', () => {
  const completedAt = (at: string, dueAt: string | null = due(10)) => {
    const story = openTask(dueAt);
    story.completed(at, leVanCuong);
    return analyse(story.events, day(20)).status!;
  };

  it('completed on the due day is on time, on an earlier day early, on a later day late', () => {
    expect(completedAt(day(10, '16:30'))).toMatchObject({ status: 'completed_on_time', workingDaysEarly: 0, workingDaysLate: 0 });
    expect(completedAt(day(7))).toMatchObject({ status: 'completed_early', label: 'Hoàn thành trước hạn', workingDaysEarly: 3 });
    expect(completedAt(day(11))).toMatchObject({ status: 'completed_late', workingDaysLate: 1 });
  });

  it('an urgent task due at the moment of assignment, completed later that day, is on time', () => {
    expect(completedAt(day(0, '15:00'), day(0))).toMatchObject({ status: 'completed_on_time', dueDate: '2026-03-02' });
  });

  it('a task without a deadline is completed on time', () => {
    expect(completedAt(day(3), null)).toMatchObject({ status: 'completed_on_time', dueAt: null });
  });
});

it('has a Vietnamese label for each of the eight statuses', () => {
  expect(TASK_STATUSES.map((status) => [status, TASK_STATUS_LABELS[status]])).toEqual([
    ['within_deadline', 'Trong hạn'],
    ['due_soon', 'Sắp đến hạn'],
    ['overdue', 'Quá hạn'],
    ['no_deadline', 'Không hạn'],
    ['completed_early', 'Hoàn thành trước hạn'],
    ['completed_on_time', 'Hoàn thành đúng hạn'],
    ['completed_late', 'Hoàn thành quá hạn'],
    ['cancelled', 'Đã hủy'],
  ]);
});
