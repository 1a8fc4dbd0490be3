import { describe, expect, it } from '@jest/globals';
import { completedTask, recordedReportEvent } from '../testing/report-task.fixture';
import { consultationFigures, consultationItems } from './consultation-figures';
import { reportPeriod } from './report-period';

const march = reportPeriod('2026-02-28T17:00:00.000Z', '2026-03-31T17:00:00.000Z', '2026-11-01T00:00:00.000Z');
const QLDT = 'phong-quan-ly-do-thi';
const TNMT = 'phong-tnmt-hai-chau';

const request = recordedReportEvent('ConsultationRequested', 'r1', '2026-03-05T02:00:00.000Z', {
  consultationId: 'c1',
  unitIds: [QLDT, TNMT],
  replyDueAt: '2026-03-17T16:59:59.999Z',
});
const answer = recordedReportEvent(
  'ConsultationAnswered',
  'a1',
  '2026-03-12T03:00:00.000Z',
  { consultationId: 'c1', unitId: QLDT },
  'do-thi-hoa',
  QLDT,
);

function taskWith(...events: ReturnType<typeof recordedReportEvent>[]) {
  return completedTask('t', 'completed_on_time', { dueAt: '2026-03-20T16:59:59.999Z', completedAt: '2026-03-20T08:00:00.000Z', events });
}

describe('consultation items and figures', () => {
  it('has no item without a request in force, whatever else was recorded (an answer alone opens nothing)', () => {
    expect(consultationItems(taskWith(), march.asOf)).toEqual([]);
    expect(consultationItems(taskWith(answer, recordedReportEvent('TaskCommented', 'x', '2026-03-06T02:00:00.000Z')), march.asOf)).toEqual(
      [],
    );
    const voiding = recordedReportEvent('EntryVoided', 'v1', '2026-03-05T03:00:00.000Z', {
      originalEventId: 'r1',
      originalType: 'ConsultationRequested',
      reason: 'Ghi nhầm',
    });
    expect(consultationItems(taskWith(request, voiding, answer), march.asOf)).toEqual([]);
  });

  it('opens one item per unit asked, with its first answer', () => {
    const items = consultationItems(taskWith(request, answer), march.asOf);
    expect(items.map((item) => [item.unitId, item.answer?.eventId ?? null, item.answer?.personId ?? null])).toEqual([
      [QLDT, 'a1', 'do-thi-hoa'],
      [TNMT, null, null],
    ]);
  });

  it('counts for a unit what it owed in the period, for a person the answers they recorded', () => {
    const task = taskWith(request, answer);
    expect(consultationFigures([task], { kind: 'units', unitIds: new Set([TNMT]) }, march)).toMatchObject({
      counted: 1,
      unanswered: 1,
      eventIds: ['r1'],
    });
    expect(consultationFigures([task], { kind: 'person', personId: 'do-thi-hoa' }, march)).toMatchObject({
      counted: 1,
      answeredOnTime: 1,
      eventIds: ['r1', 'a1'],
    });
    expect(consultationFigures([taskWith(answer)], { kind: 'person', personId: 'do-thi-hoa' }, march).counted).toBe(0);
  });
});
