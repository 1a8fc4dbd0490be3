import type { FindingStatus } from '@lib/domain/finding-review';
import type { ReportFinding } from './report-inputs';
import { dayInPeriod, subjectCovers, type ReportPeriod, type ReportSubject } from './report-period';

export type FindingStatusCounts = Record<FindingStatus, number>;

export interface FindingFigures {
  /** Per rule code (sorted), counts by status. */
  byRule: Record<string, FindingStatusCounts>;
  total: FindingStatusCounts;
  findingIds: string[];
}

/** Findings whose conduct fell in the period and that name the subject in the given role. */
export function findingFigures(
  findings: readonly ReportFinding[],
  subject: ReportSubject,
  period: ReportPeriod,
  role: 'responsible' | 'supervisory',
): FindingFigures {
  const byRule: Record<string, FindingStatusCounts> = {};
  const total = emptyCounts();
  const findingIds: string[] = [];
  const relevant = findings
    .filter((finding) => dayInPeriod(period, finding.on) && finding[role].some((party) => subjectCovers(subject, party)))
    .sort((a, b) => (a.ruleCode < b.ruleCode ? -1 : a.ruleCode > b.ruleCode ? 1 : a.findingId < b.findingId ? -1 : 1));
  for (const finding of relevant) {
    const counts = (byRule[finding.ruleCode] ??= emptyCounts());
    counts[finding.status] += 1;
    total[finding.status] += 1;
    findingIds.push(finding.findingId);
  }
  return { byRule, total, findingIds };
}

function emptyCounts(): FindingStatusCounts {
  return { open: 0, confirmed: 0, dismissed: 0, superseded: 0 };
}
