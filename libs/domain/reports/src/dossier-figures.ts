import type { ReportPause, ReportTask } from './report-inputs';
import { dayInPeriod, subjectCovers, type ReportPeriod, type ReportSubject } from './report-period';

/** A dossier's pause as the one-stop statistics list it: the working days counted are those in the period. */
export interface PausedDossier {
  taskId: string;
  title: string | null;
  from: string;
  to: string | null;
  open: boolean;
  workingDays: number;
  requestEventId: string;
  receivedEventId: string | null;
}

/** One-stop statistics of a subject's dossiers: time waiting for the applicant, which no holder is charged. */
export interface DossierFigures {
  paused: { count: number; workingDays: number; items: PausedDossier[] };
  /** Dossiers still waiting for the applicant's supplement at the period's last instant. */
  waitingAtEnd: { count: number; taskIds: string[] };
}

/**
 * Dossiers paused in the period (waiting for the applicant's supplement, on working days inside it) whose
 * pause began while the subject held them. The paused days are reported apart: they count neither as
 * held nor as late.
 */
export function dossierFigures(tasks: readonly ReportTask[], subject: ReportSubject, period: ReportPeriod): DossierFigures {
  const items: PausedDossier[] = [];
  const waiting: string[] = [];
  for (const task of tasks) {
    for (const pause of task.pauses) {
      if (!heldBySubjectAt(task, subject, pause)) continue;
      const days = pause.days.filter((day) => dayInPeriod(period, day)).length;
      if (days === 0 && !pause.open) continue;
      items.push({
        taskId: task.taskId,
        title: task.title,
        from: pause.from,
        to: pause.to,
        open: pause.open,
        workingDays: days,
        requestEventId: pause.requestEventId,
        receivedEventId: pause.receivedEventId,
      });
      if (pause.open && !waiting.includes(task.taskId)) waiting.push(task.taskId);
    }
  }
  return {
    paused: {
      count: new Set(items.map((item) => item.taskId)).size,
      workingDays: items.reduce((sum, item) => sum + item.workingDays, 0),
      items,
    },
    waitingAtEnd: { count: waiting.length, taskIds: waiting },
  };
}

function heldBySubjectAt(task: ReportTask, subject: ReportSubject, pause: ReportPause): boolean {
  const at = Date.parse(pause.from);
  return task.holds.some(
    (hold) => subjectCovers(subject, hold.holder) && Date.parse(hold.from) <= at && (hold.open || Date.parse(hold.end) >= at),
  );
}
