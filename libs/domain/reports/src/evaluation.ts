import { entriesInForce, type PersonInUnit, type RecordedTaskEvent } from '@lib/domain/task';
import type { TaskCompletion } from './custody-figures';
import type { ReportTask } from './report-inputs';

/** Progress points of one product, and the share a late product loses (Decree 335/2025). */
const PRODUCT_PROGRESS_POINTS = 100;
const LATE_PRODUCT_DEDUCTION = 0.25;

export type EvaluationBand = 'excellent' | 'good' | 'completed' | 'not_completed';

const EVALUATION_BAND_LABELS: Readonly<Record<EvaluationBand, string>> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  completed: 'Hoàn thành nhiệm vụ',
  not_completed: 'Không hoàn thành nhiệm vụ',
};

const EVALUATION_NOTICE =
  'Hệ thống chỉ cung cấp số liệu và chứng cứ (mã nhiệm vụ, mã sự kiện); việc đánh giá, xếp loại do cấp có thẩm quyền quyết định.';

/**
 * The entries that excuse a late product (Decree 335/2025): a difficulty reported on or before the deadline in
 * force, whose objective cause the competent authority confirmed (an accepted `DifficultyAssessed`).
 */
export interface ObjectiveReason {
  kind: 'difficulty_confirmed';
  /** The DifficultyReported. */
  eventId: string;
  occurredAt: string;
  assessmentEventId: string;
  assessedAt: string;
  assessedBy: PersonInUnit;
}

export interface ProductScore {
  taskId: string;
  title: string | null;
  grade: TaskCompletion['grade'];
  workingDaysLate: number;
  progressPoints: number;
  objectiveReason: ObjectiveReason | null;
  eventIds: string[];
}

export interface EvaluationFigures {
  /** Quantity: products (tasks completed in the period and credited to the person). */
  products: number;
  /** Quality is judged by people from the results themselves; the record does not grade it. */
  quality: null;
  /** Progress: the mean of the products' progress points, rounded to 2 decimals; null without products. */
  progressPoints: number | null;
  lateProducts: number;
  lateExcused: number;
  /** The band the progress points alone would fall in (≥90, 70–89, 50–69, <50): indicative only. */
  indicativeBand: EvaluationBand | null;
  indicativeBandLabel: string | null;
  scores: ProductScore[];
  notice: string;
}

export function bandOf(points: number): EvaluationBand {
  if (points >= 90) return 'excellent';
  if (points >= 70) return 'good';
  if (points >= 50) return 'completed';
  return 'not_completed';
}

/**
 * Per product 100 progress points; a late product loses 25% of them unless an objective reason is on the
 * record. An approved extension (DeadlineExtended) already moved the deadline, so a product completed by
 * the extended deadline is not late at all; a DifficultyReported (not voided) recorded on or before the
 * deadline in force at completion is the objective reason for a late one once the competent authority has
 * accepted it (a DifficultyAssessed with `accepted: true`, not voided, recorded by `asOf`, the report's
 * instant). A difficulty only the holder declared, or one rejected, excuses nothing.
 */
export function evaluationFigures(products: readonly TaskCompletion[], tasks: readonly ReportTask[], asOf: string): EvaluationFigures {
  const byId = new Map(tasks.map((task) => [task.taskId, task]));
  const scores = products.map((product) => scoreOf(product, byId.get(product.taskId), asOf));
  const total = scores.reduce((sum, score) => sum + score.progressPoints, 0);
  const progressPoints = scores.length === 0 ? null : Math.round((total / scores.length) * 100) / 100;
  const band = progressPoints === null ? null : bandOf(progressPoints);
  return {
    products: scores.length,
    quality: null,
    progressPoints,
    lateProducts: scores.filter((score) => score.grade === 'completed_late').length,
    lateExcused: scores.filter((score) => score.grade === 'completed_late' && score.objectiveReason !== null).length,
    indicativeBand: band,
    indicativeBandLabel: band === null ? null : EVALUATION_BAND_LABELS[band],
    scores,
    notice: EVALUATION_NOTICE,
  };
}

function scoreOf(product: TaskCompletion, task: ReportTask | undefined, asOf: string): ProductScore {
  const late = product.grade === 'completed_late';
  const reason = late && task !== undefined ? objectiveReasonOf(task, product, asOf) : null;
  const progressPoints = late && reason === null ? PRODUCT_PROGRESS_POINTS * (1 - LATE_PRODUCT_DEDUCTION) : PRODUCT_PROGRESS_POINTS;
  const eventIds = [
    product.completionEventId,
    ...(product.deadlineEventId === null ? [] : [product.deadlineEventId]),
    ...(reason === null ? [] : [reason.eventId, reason.assessmentEventId]),
  ];
  return {
    taskId: product.taskId,
    title: product.title,
    grade: product.grade,
    workingDaysLate: product.workingDaysLate,
    progressPoints,
    objectiveReason: reason,
    eventIds,
  };
}

function objectiveReasonOf(task: ReportTask, product: TaskCompletion, asOf: string): ObjectiveReason | null {
  if (product.dueAt === null) return null;
  const dueMs = Date.parse(product.dueAt);
  const assessments = entriesInForce(task.events, Date.parse(asOf)).filter(isAcceptedAssessment);
  for (const difficulty of entriesInForce(task.events, Date.parse(product.completedAt))) {
    if (difficulty.type !== 'DifficultyReported' || Date.parse(difficulty.metadata.occurredAt) > dueMs) continue;
    const assessment = assessments.find((candidate) => candidate.data.difficultyEventId === difficulty.metadata.eventId);
    if (assessment === undefined) continue;
    return {
      kind: 'difficulty_confirmed',
      eventId: difficulty.metadata.eventId,
      occurredAt: difficulty.metadata.occurredAt,
      assessmentEventId: assessment.metadata.eventId,
      assessedAt: assessment.metadata.occurredAt,
      assessedBy: assessment.data.assessedBy,
    };
  }
  return null;
}

type AcceptedAssessment = Extract<RecordedTaskEvent, { type: 'DifficultyAssessed' }>;

function isAcceptedAssessment(event: RecordedTaskEvent): event is AcceptedAssessment {
  return event.type === 'DifficultyAssessed' && event.data.accepted;
}
