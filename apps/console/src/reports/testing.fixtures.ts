import type { SubjectFigures } from './report.types';

type Completion = SubjectFigures['completed']['tasks'][number];
const completion = (taskId: string, grade: Completion['grade'], completedAt: string, workingDaysLate: number): Completion => ({
  taskId,
  title: null,
  grade,
  completedAt,
  dueAt: null,
  workingDaysLate,
  completionEventId: `${taskId}-done`,
  deadlineEventId: null,
});

const noFindings = { open: 0, confirmed: 0, dismissed: 0, superseded: 0 };

/** A unit's figures as the API would answer them: two completions in March and one in May, delay on two bases. */
export function sampleFigures(): SubjectFigures {
  return {
    tasksHeld: { count: 5, taskIds: ['t1', 't2', 't3', 't4', 't5'] },
    completed: {
      early: 1,
      onTime: 1,
      late: 1,
      tasks: [
        completion('t1', 'completed_early', '2026-03-02T03:00:00.000Z', 0),
        // 31/03 23:30 in Viet Nam: still March there.
        completion('t2', 'completed_on_time', '2026-03-31T16:30:00.000Z', 0),
        completion('t3', 'completed_late', '2026-05-10T03:00:00.000Z', 2),
      ],
    },
    openOverdue: { count: 1, tasks: [{ taskId: 't4', title: null, dueAt: '2026-06-01T16:59:59.999Z', workingDaysLate: 4 }] },
    delay: {
      individual: { workingDays: 6, byBasis: { HELD_AFTER_DEADLINE: 4, R3: 2 }, taskIds: ['t3', 't4'], eventIds: ['e1'] },
      supervisory: { workingDays: 4, byBasis: { HELD_AFTER_DEADLINE: 4 }, taskIds: ['t4'], eventIds: ['e2'] },
    },
    findings: {
      responsible: {
        byRule: { R3: { ...noFindings, open: 1, confirmed: 2 }, R1: { ...noFindings, dismissed: 1 } },
        total: { ...noFindings, open: 1, confirmed: 2, dismissed: 1 },
        findingIds: ['f1', 'f2', 'f3', 'f4'],
      },
      supervisory: { byRule: {}, total: noFindings, findingIds: [] },
    },
    consultations: { counted: 3, answeredOnTime: 2, answeredLate: 1, unanswered: 0, withoutReplyDeadline: 0, eventIds: [] },
    dossiers: {
      paused: {
        count: 1,
        workingDays: 3,
        items: [
          {
            taskId: 't5',
            title: null,
            from: '2026-03-10T02:00:00.000Z',
            to: '2026-03-13T02:00:00.000Z',
            open: false,
            workingDays: 3,
            requestEventId: 'e3',
            receivedEventId: 'e4',
          },
        ],
      },
      waitingAtEnd: { count: 0, taskIds: [] },
    },
    evaluation: {
      products: 3,
      quality: null,
      progressPoints: 91.67,
      lateProducts: 1,
      lateExcused: 0,
      indicativeBand: 'excellent',
      indicativeBandLabel: 'Hoàn thành xuất sắc nhiệm vụ',
      scores: [],
      notice: 'Hệ thống chỉ cung cấp số liệu.',
    },
  };
}

export const RULE_TITLES: Readonly<Record<string, string>> = { R1: 'Chuyển sai thẩm quyền', R3: 'Giữ quá hạn không báo cáo' };
export const ruleTitle = (code: string): string | undefined => RULE_TITLES[code];
