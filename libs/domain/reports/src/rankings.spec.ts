import { describe, expect, it } from '@jest/globals';
import { completedTask } from '../testing/report-task.fixture';
import { rankPersons } from './rankings';
import { reportPeriod } from './report-period';
import { subjectFigures } from './subject-report';
import type { ReportFinding, ReportTask } from './report-inputs';

const DUE = '2026-03-16T16:59:59.999Z';
const march = reportPeriod('2026-02-28T17:00:00.000Z', '2026-03-31T17:00:00.000Z', '2026-11-01T00:00:00.000Z');
const onTime = (taskId: string, personId: string): ReportTask =>
  completedTask(taskId, 'completed_on_time', { dueAt: DUE, completedAt: '2026-03-16T08:00:00.000Z', personId });
const late = (taskId: string, personId: string, days: string[]): ReportTask => ({
  ...completedTask(taskId, 'completed_late', {
    dueAt: DUE,
    completedAt: '2026-03-18T08:00:00.000Z',
    workingDaysLate: days.length,
    personId,
  }),
  individual: [
    {
      party: { unitId: 'so-xay-dung', personId, resolvedAs: 'holder' },
      days,
      eventIds: [`${taskId}-completed`],
      basisCode: 'HELD_AFTER_DEADLINE',
      ruleCode: null,
      findingId: null,
    },
  ],
});
const confirmed = (findingId: string, personId: string): ReportFinding => ({
  findingId,
  taskId: 'x',
  ruleCode: 'OWN_WORK_TRANSFERRED',
  on: '2026-03-04',
  status: 'confirmed',
  responsible: [{ unitId: 'so-xay-dung', personId }],
  supervisory: [],
});

const people: Record<string, string> = {
  dung: 'Dương Văn An',
  do: 'Đỗ Thị Hoa',
  an: 'An Văn Bảo',
  cuong: 'Lê Văn Cường',
  en: 'Võ Thị Én',
  en2: 'Võ Thị Én',
};

function rank(tasks: ReportTask[], findings: ReportFinding[], kind: 'commendation' | 'review', limit = 10) {
  const candidates = Object.entries(people).map(([id, name]) => ({
    id,
    name,
    figures: subjectFigures(tasks, findings, { kind: 'person', personId: id }, march),
  }));
  return rankPersons(candidates, kind, limit).map((entry) => [entry.rank, entry.personId]);
}

describe('rankings', () => {
  it('commendation: most early or on-time completions, no confirmed finding; ties by Vietnamese name (D before Đ), then id', () => {
    const tasks = [
      onTime('1', 'do'),
      onTime('2', 'dung'),
      onTime('3', 'an'),
      onTime('4', 'an'),
      onTime('5', 'cuong'),
      onTime('6', 'en2'),
      onTime('7', 'en'),
    ];
    expect(rank(tasks, [confirmed('f1', 'cuong')], 'commendation')).toEqual([
      [1, 'an'],
      [2, 'dung'],
      [3, 'do'],
      [4, 'en'],
      [5, 'en2'],
    ]);
    expect(rank(tasks, [], 'commendation', 2)).toEqual([
      [1, 'an'],
      [2, 'dung'],
    ]);
  });

  it('commendation prefers fewer late completions among equals', () => {
    expect(rank([onTime('1', 'do'), onTime('2', 'an'), late('3', 'an', ['2026-03-17'])], [], 'commendation')).toEqual([
      [1, 'do'],
      [2, 'an'],
    ]);
  });

  it('review: most attributed delay days, then most confirmed findings; nobody without either', () => {
    const tasks = [late('1', 'cuong', ['2026-03-17', '2026-03-18']), late('2', 'do', ['2026-03-17']), late('3', 'dung', ['2026-03-17'])];
    expect(rank(tasks, [confirmed('f1', 'dung'), confirmed('f2', 'en')], 'review')).toEqual([
      [1, 'cuong'],
      [2, 'dung'],
      [3, 'do'],
      [4, 'en'],
    ]);
  });
});
