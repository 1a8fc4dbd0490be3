import { describe, expect, it } from '@jest/globals';
import { completedTask, recordedReportEvent } from '../testing/report-task.fixture';
import { tasksCompleted } from './custody-figures';
import { bandOf, evaluationFigures } from './evaluation';
import { reportPeriod } from './report-period';

const DUE = '2026-03-16T16:59:59.999Z';
const march = reportPeriod('2026-02-28T17:00:00.000Z', '2026-03-31T17:00:00.000Z', '2026-11-01T00:00:00.000Z');
const cuong = { kind: 'person', personId: 'le-van-cuong' } as const;

function evaluate(...tasks: ReturnType<typeof completedTask>[]) {
  return evaluationFigures(tasksCompleted(tasks, cuong, march), tasks, march.asOf);
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
    expect(figures).toMatchObject({
      products: 3,
      quality: null,
      progressPoints: 91.67,
      lateProducts: 1,
      lateExcused: 0,
      indicativeBand: 'excellent',
      indicativeBandLabel: 'Hoàn thành xuất sắc nhiệm vụ',
    });
    expect(figures.scores[2]!.eventIds).toEqual(['c-completed', 'c-assigned']);
  });

  it('deducts a late product whose only excuse is a difficulty the holder reported (self-declared)', () => {
    const reported = recordedReportEvent('DifficultyReported', 'd1', '2026-03-13T03:00:00.000Z');
    const figures = evaluate(
      completedTask('self', 'completed_late', {
        dueAt: DUE,
        completedAt: '2026-03-17T08:00:00.000Z',
        workingDaysLate: 1,
        events: [reported],
      }),
    );
    expect(figures.scores.map((score) => [score.taskId, score.progressPoints, score.objectiveReason])).toEqual([['self', 75, null]]);
    expect(figures).toMatchObject({ lateProducts: 1, lateExcused: 0 });
  });

  it('keeps the full points only when the competent authority accepted a difficulty reported on or before the deadline', () => {
    const an = { unitId: 'ubnd-tp', personId: 'tran-van-an' };
    const difficulty = (id: string, at: string) => recordedReportEvent('DifficultyReported', id, at);
    const assessed = (id: string, of: string, accepted: boolean, at = '2026-03-20T03:00:00.000Z') =>
      recordedReportEvent(
        'DifficultyAssessed',
        id,
        at,
        {
          difficultyEventId: of,
          accepted,
          reason: 'Xác nhận',
          assessedBy: an,
          reportedBy: { unitId: 'so-xay-dung', personId: 'le-van-cuong' },
        },
        an.personId,
        an.unitId,
      );
    const voiding = (id: string, of: string, type: string) =>
      recordedReportEvent(
        'EntryVoided',
        id,
        '2026-03-21T03:00:00.000Z',
        { originalEventId: of, originalType: type, reason: 'Ghi nhầm' },
        'tran-van-an',
        'ubnd-tp',
      );
    const late = (taskId: string, events: ReturnType<typeof recordedReportEvent>[]) =>
      completedTask(taskId, 'completed_late', { dueAt: DUE, completedAt: '2026-03-17T08:00:00.000Z', workingDaysLate: 1, events });
    const figures = evaluate(
      late('accepted', [difficulty('d1', '2026-03-13T03:00:00.000Z'), assessed('a1', 'd1', true)]),
      late('rejected', [difficulty('d2', '2026-03-13T03:00:00.000Z'), assessed('a2', 'd2', false)]),
      late('too-late', [difficulty('d3', '2026-03-17T03:00:00.000Z'), assessed('a3', 'd3', true)]),
      late('difficulty-voided', [
        difficulty('d4', '2026-03-12T03:00:00.000Z'),
        assessed('a4', 'd4', true),
        voiding('v4', 'd4', 'DifficultyReported'),
      ]),
      late('assessment-voided', [
        difficulty('d5', '2026-03-12T03:00:00.000Z'),
        assessed('a5', 'd5', true),
        voiding('v5', 'a5', 'DifficultyAssessed'),
      ]),
      late('assessed-after-report', [difficulty('d6', '2026-03-12T03:00:00.000Z'), assessed('a6', 'd6', true, '2026-11-02T03:00:00.000Z')]),
    );
    expect(figures.scores.map((score) => [score.taskId, score.progressPoints, score.objectiveReason?.assessmentEventId ?? null])).toEqual([
      ['accepted', 100, 'a1'],
      ['rejected', 75, null],
      ['too-late', 75, null],
      ['difficulty-voided', 75, null],
      ['assessment-voided', 75, null],
      ['assessed-after-report', 75, null],
    ]);
    expect(figures.scores[0]!.objectiveReason).toEqual({
      kind: 'difficulty_confirmed',
      eventId: 'd1',
      occurredAt: '2026-03-13T03:00:00.000Z',
      assessmentEventId: 'a1',
      assessedAt: '2026-03-20T03:00:00.000Z',
      assessedBy: an,
    });
    expect(figures.scores[0]!.eventIds).toEqual(['accepted-completed', 'accepted-assigned', 'd1', 'a1']);
    expect(figures).toMatchObject({ lateProducts: 6, lateExcused: 1 });
  });

  it('has no points and no band without products, and always says people decide the grade', () => {
    const figures = evaluate();
    expect(figures).toMatchObject({ products: 0, progressPoints: null, indicativeBand: null, indicativeBandLabel: null });
    expect(figures.notice).toContain('do cấp có thẩm quyền quyết định');
  });

  it('places points in the bands ≥90, 70–89, 50–69, <50', () => {
    expect([100, 90, 89.99, 70, 69.5, 50, 49.99, 0].map(bandOf)).toEqual([
      'excellent',
      'excellent',
      'good',
      'good',
      'completed',
      'completed',
      'not_completed',
      'not_completed',
    ]);
  });

  it('counts only products completed in the period and credited to the person', () => {
    const other = completedTask('other', 'completed_on_time', {
      dueAt: DUE,
      completedAt: '2026-03-16T08:00:00.000Z',
      personId: 'vo-thi-en',
    });
    const february = completedTask('feb', 'completed_on_time', {
      dueAt: '2026-02-27T16:59:59.999Z',
      completedAt: '2026-02-27T09:00:00.000Z',
    });
    expect(evaluate(other, february).products).toBe(0);
  });
});
