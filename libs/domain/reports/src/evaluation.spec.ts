import { describe, expect, it } from '@jest/globals';
import { completedTask, recorded } from '../testing/report-task.fixture';
import { tasksCompleted } from './custody-figures';
import { bandOf, evaluationFigures } from './evaluation';
import { reportPeriod } from './report-period';

const DUE = '2026-03-16T16:59:59.999Z';
const march = reportPeriod('2026-02-28T17:00:00.000Z', '2026-03-31T17:00:00.000Z', '2026-11-01T00:00:00.000Z');
const cuong = { kind: 'person', personId: 'le-van-cuong' } as const;

function evaluate(...tasks: ReturnType<typeof completedTask>[]) {
  return evaluationFigures(tasksCompleted(tasks, cuong, march), tasks);
}

describe('evaluation figures (Decree 335/2025 shape)', () => {
  it('gives 100 progress points per product on time or early, 75 for a late one without an objective reason', () => {
    const figures = evaluate(
      completedTask('a', 'completed_on_time', { dueAt: DUE, completedAt: '2026-03-16T08:00:00.000Z' }),
      completedTask('b', 'completed_early', { dueAt: DUE, completedAt: '2026-03-10T08:00:00.000Z' }),
      completedTask('c', 'completed_late', { dueAt: DUE, completedAt: '2026-03-18T08:00:00.000Z', workingDaysLate: 2 }),
    );
    expect(figures.scores.map((score) => [score.taskId, score.progressPoints])).toEqual([
      ['a', 100],
      ['b', 100],
      ['c', 75],
    ]);
    // (100 + 100 + 75) / 3 = 91.666… → 91.67, in the ≥ 90 band.
    expect(figures).toMatchObject({ products: 3, quality: null, progressPoints: 91.67, lateProducts: 1, lateExcused: 0, indicativeBand: 'excellent', indicativeBandLabel: 'Hoàn thành xuất sắc nhiệm vụ' });
    expect(figures.scores[2]!.eventIds).toEqual(['c-completed', 'c-assigned']);
  });

  it('keeps the full points of a late product when a difficulty was reported on or before the deadline, not after it, not when voided', () => {
    const before = recorded('DifficultyReported', 'd1', '2026-03-13T03:00:00.000Z');
    const after = recorded('DifficultyReported', 'd2', '2026-03-17T03:00:00.000Z');
    const voidedDifficulty = recorded('DifficultyReported', 'd3', '2026-03-12T03:00:00.000Z');
    const voiding = recorded('EntryVoided', 'v3', '2026-03-12T04:00:00.000Z', { originalEventId: 'd3', originalType: 'DifficultyReported', reason: 'Ghi nhầm' });
    const late = (taskId: string, events: ReturnType<typeof recorded>[]) => completedTask(taskId, 'completed_late', { dueAt: DUE, completedAt: '2026-03-17T08:00:00.000Z', workingDaysLate: 1, events });
    const figures = evaluate(late('excused', [before]), late('too-late', [after]), late('voided', [voidedDifficulty, voiding]));
    expect(figures.scores.map((score) => [score.taskId, score.progressPoints, score.objectiveReason?.eventId ?? null])).toEqual([
      ['excused', 100, 'd1'],
      ['too-late', 75, null],
      ['voided', 75, null],
    ]);
    expect(figures.scores[0]!.eventIds).toEqual(['excused-completed', 'excused-assigned', 'd1']);
    // (100 + 75 + 75) / 3 = 83.33 → 70–89.
    expect(figures).toMatchObject({ progressPoints: 83.33, lateProducts: 3, lateExcused: 1, indicativeBand: 'good', indicativeBandLabel: 'Hoàn thành tốt nhiệm vụ' });
  });

  it('has no points and no band without products, and always says people decide the grade', () => {
    const figures = evaluate();
    expect(figures).toMatchObject({ products: 0, progressPoints: null, indicativeBand: null, indicativeBandLabel: null });
    expect(figures.notice).toContain('do cấp có thẩm quyền quyết định');
  });

  it('places points in the bands ≥90, 70–89, 50–69, <50', () => {
    expect([100, 90, 89.99, 70, 69.5, 50, 49.99, 0].map(bandOf)).toEqual(['excellent', 'excellent', 'good', 'good', 'completed', 'completed', 'not_completed', 'not_completed']);
  });

  it('counts only products completed in the period and credited to the person', () => {
    const other = completedTask('other', 'completed_on_time', { dueAt: DUE, completedAt: '2026-03-16T08:00:00.000Z', personId: 'vo-thi-en' });
    const february = completedTask('feb', 'completed_on_time', { dueAt: '2026-02-27T16:59:59.999Z', completedAt: '2026-02-27T09:00:00.000Z' });
    expect(evaluate(other, february).products).toBe(0);
  });
});
