/**
 * The report bodies as the API writes them (GET /reports/persons/{id}, /reports/units/{id}, /reports/rankings).
 * The OpenAPI document leaves them open (`additionalProperties`), so their shape is written out here, read from the
 * service's report figures; the browser spec compares the page with the API's JSON.
 */
export type FindingStatus = 'open' | 'confirmed' | 'dismissed' | 'superseded';
export type FindingStatusCounts = Record<FindingStatus, number>;
export type CompletionGrade = 'completed_early' | 'completed_on_time' | 'completed_late';

export interface DelayDays {
  workingDays: number;
  byBasis: Record<string, number>;
  taskIds: string[];
  eventIds: string[];
}

export interface FindingFigures {
  byRule: Record<string, FindingStatusCounts>;
  total: FindingStatusCounts;
  findingIds: string[];
}

export interface SubjectFigures {
  tasksHeld: { count: number; taskIds: string[] };
  completed: {
    early: number;
    onTime: number;
    late: number;
    tasks: Array<{ taskId: string; title: string | null; grade: CompletionGrade; completedAt: string; workingDaysLate: number }>;
  };
  openOverdue: { count: number; tasks: Array<{ taskId: string; title: string | null; dueAt: string | null; workingDaysLate: number }> };
  delay: { individual: DelayDays; supervisory: DelayDays };
  findings: { responsible: FindingFigures; supervisory: FindingFigures };
  consultations: { counted: number; answeredOnTime: number; answeredLate: number; unanswered: number; withoutReplyDeadline: number };
  dossiers: { paused: { count: number; workingDays: number }; waitingAtEnd: { count: number } };
  evaluation: {
    products: number;
    progressPoints: number | null;
    lateProducts: number;
    lateExcused: number;
    indicativeBandLabel: string | null;
    notice: string;
  };
}

export interface PeriodView {
  from: string;
  to: string;
  asOf: string;
}

export interface UnitName {
  unitId: string;
  name: string;
}

export interface PersonReport {
  kind: 'person';
  person: { personId: string; name: string; units: UnitName[] };
  period: PeriodView;
  figures: SubjectFigures;
  notice: string;
}

export interface UnitReport {
  kind: 'unit';
  unit: { unitId: string; name: string; includeSubunits: boolean; units: UnitName[] };
  period: PeriodView;
  figures: SubjectFigures;
  notice: string;
}

export interface RankingEntry {
  rank: number;
  personId: string;
  name: string;
  completedEarly: number;
  completedOnTime: number;
  completedLate: number;
  individualDelayDays: number;
  supervisoryDelayDays: number;
  confirmedFindings: number;
  openFindings: number;
}

export interface Rankings {
  kind: 'commendation' | 'review';
  unit: UnitName | null;
  period: PeriodView;
  items: RankingEntry[];
  notice: string;
}

export interface UnitTreeNode {
  unitId: string;
  name: string;
  children: UnitTreeNode[];
}
