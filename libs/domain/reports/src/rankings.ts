import type { SubjectFigures } from './subject-report';
import { byNameThenId } from './vietnamese-names';

export type RankingKind = 'commendation' | 'review';
export const RANKING_KINDS: readonly RankingKind[] = ['commendation', 'review'];

export interface RankingCandidate {
  id: string;
  name: string;
  figures: SubjectFigures;
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
  /** The tasks and findings behind the entry. */
  taskIds: string[];
  findingIds: string[];
}

/**
 * Commendation: persons with at least one task completed early or on time and no confirmed finding
 * against them, most such completions first (then fewer late completions, fewer delay days).
 * Review: persons with attributed delay days or confirmed findings, most delay days first, then most
 * confirmed findings. Ties: Vietnamese order of names, then id. Ranks are positions (1, 2, 3, …).
 */
export function rankPersons(candidates: readonly RankingCandidate[], kind: RankingKind, limit: number): RankingEntry[] {
  const entries = candidates.map(entryOf).filter((entry) => (kind === 'commendation' ? commendable(entry) : forReview(entry)));
  const order = kind === 'commendation' ? commendationOrder : reviewOrder;
  return entries
    .sort((a, b) => order(a, b) || byNameThenId({ name: a.name, id: a.personId }, { name: b.name, id: b.personId }))
    .slice(0, limit)
    .map((entry, index) => ({ ...entry, rank: index + 1 }));
}

function entryOf({ id, name, figures }: RankingCandidate): RankingEntry {
  const { completed, delay, findings } = figures;
  return {
    rank: 0,
    personId: id,
    name,
    completedEarly: completed.early,
    completedOnTime: completed.onTime,
    completedLate: completed.late,
    individualDelayDays: delay.individual.workingDays,
    supervisoryDelayDays: delay.supervisory.workingDays,
    confirmedFindings: findings.responsible.total.confirmed,
    openFindings: findings.responsible.total.open,
    taskIds: [...new Set([...completed.tasks.map((task) => task.taskId), ...delay.individual.taskIds])],
    findingIds: findings.responsible.findingIds,
  };
}

const commendable = (entry: RankingEntry): boolean => entry.completedEarly + entry.completedOnTime > 0 && entry.confirmedFindings === 0;
const forReview = (entry: RankingEntry): boolean => entry.individualDelayDays > 0 || entry.confirmedFindings > 0;

function commendationOrder(a: RankingEntry, b: RankingEntry): number {
  return (
    b.completedEarly + b.completedOnTime - (a.completedEarly + a.completedOnTime) ||
    a.completedLate - b.completedLate ||
    a.individualDelayDays - b.individualDelayDays
  );
}

function reviewOrder(a: RankingEntry, b: RankingEntry): number {
  return b.individualDelayDays - a.individualDelayDays || b.confirmedFindings - a.confirmedFindings || b.openFindings - a.openFindings;
}
