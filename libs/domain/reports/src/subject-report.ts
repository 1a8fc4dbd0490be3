import { consultationFigures, type ConsultationFigures } from './consultation-figures';
import {
  delayDays,
  openOverdue,
  tasksCompleted,
  tasksHeld,
  type TaskCompletion,
  type DelayDays,
  type OverdueTask,
} from './custody-figures';
import { dossierFigures, type DossierFigures } from './dossier-figures';
import { evaluationFigures, type EvaluationFigures } from './evaluation';
import { findingFigures, type FindingFigures } from './finding-figures';
import type { ReportFinding, ReportTask } from './report-inputs';
import type { ReportPeriod, ReportSubject } from './report-period';

export interface CompletionCounts {
  early: number;
  onTime: number;
  late: number;
  tasks: TaskCompletion[];
}

/** Every figure of a person or unit report for a period, with the task, event and finding ids behind them. */
export interface SubjectFigures {
  tasksHeld: { count: number; taskIds: string[] };
  completed: CompletionCounts;
  openOverdue: { count: number; tasks: OverdueTask[] };
  delay: { individual: DelayDays; supervisory: DelayDays };
  findings: { responsible: FindingFigures; supervisory: FindingFigures };
  consultations: ConsultationFigures;
  /** One-stop statistics: dossiers paused for the applicant's supplement. */
  dossiers: DossierFigures;
  evaluation: EvaluationFigures;
}

export function subjectFigures(
  tasks: readonly ReportTask[],
  findings: readonly ReportFinding[],
  subject: ReportSubject,
  period: ReportPeriod,
): SubjectFigures {
  const held = tasksHeld(tasks, subject, period);
  const completed = tasksCompleted(tasks, subject, period);
  const overdue = openOverdue(tasks, subject);
  return {
    tasksHeld: { count: held.length, taskIds: held },
    completed: {
      early: completed.filter((task) => task.grade === 'completed_early').length,
      onTime: completed.filter((task) => task.grade === 'completed_on_time').length,
      late: completed.filter((task) => task.grade === 'completed_late').length,
      tasks: completed,
    },
    openOverdue: { count: overdue.length, tasks: overdue },
    delay: { individual: delayDays(tasks, subject, period, 'individual'), supervisory: delayDays(tasks, subject, period, 'supervisory') },
    findings: {
      responsible: findingFigures(findings, subject, period, 'responsible'),
      supervisory: findingFigures(findings, subject, period, 'supervisory'),
    },
    consultations: consultationFigures(tasks, subject, period),
    dossiers: dossierFigures(tasks, subject, period),
    evaluation: evaluationFigures(completed, tasks, period.asOf),
  };
}
