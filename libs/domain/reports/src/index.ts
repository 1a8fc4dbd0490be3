export type { ConsultationFigures, ConsultationItem } from './consultation-figures';
export { consultationFigures, consultationItems } from './consultation-figures';
export type { TaskCompletion, CompletionGrade, DelayDays, OverdueTask } from './custody-figures';
export { completionCredit, delayDays, openOverdue, tasksCompleted, tasksHeld } from './custody-figures';
export type { DossierFigures, PausedDossier } from './dossier-figures';
export { dossierFigures } from './dossier-figures';
export type { EvaluationBand, EvaluationFigures, ObjectiveReason, ProductScore } from './evaluation';
export { bandOf, evaluationFigures } from './evaluation';
export type { FindingFigures } from './finding-figures';
export { findingFigures } from './finding-figures';
export type { RankingCandidate, RankingEntry, RankingKind } from './rankings';
export { RANKING_KINDS, rankPersons } from './rankings';
export { CSV_SEPARATOR, reportCsv } from './report-csv';
export type { ReportFinding, ReportHold, ReportLine, ReportPause, ReportTask } from './report-inputs';
export type { ReportPeriod, ReportSubject } from './report-period';
export { dayInPeriod, inPeriod, reportPeriod, subjectCovers } from './report-period';
export type { Cell, ReportTable, SubjectHeading } from './report-table';
export { rankingTable, statusTable, subjectTable } from './report-table';
export type {
  StatusCounts,
  StatusReport,
  StatusReportRow,
  StatusReportTask,
  StatusRowInclusion,
  StatusRowPlacement,
} from './status-report';
export { statusPlacementOf } from './status-placement';
export { statusReport } from './status-report';
export type { SubjectFigures } from './subject-report';
export { subjectFigures } from './subject-report';
export { byNameThenId, compareVietnamese, foldDiacritics, nameMatches, nfc } from './vietnamese-names';
