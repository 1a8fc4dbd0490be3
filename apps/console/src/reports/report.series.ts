import { VIET_NAM_TIME_ZONE } from '../display/dates.format';
import { basisLabel } from './report.figures';
import type { SubjectFigures } from './report.types';

/** Bars by category, one series per name, every series as long as the categories. */
export interface BarSeries {
  categories: string[];
  series: Array<{ name: string; values: number[] }>;
}

const monthFormat = new Intl.DateTimeFormat('en-CA', { timeZone: VIET_NAM_TIME_ZONE, year: 'numeric', month: '2-digit' });

/** The month (YYYY-MM) of an instant in Viet Nam. */
function monthOf(instant: string): string {
  return monthFormat.format(new Date(instant)).slice(0, 7);
}

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last || months.length >= 120) return months;
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/**
 * Completions in the period by month (in Viet Nam) and grade: the API gives each completed task with its instant and
 * grade, and no series over time, so this is all the page can draw over time. Every month of the period is shown.
 */
export function completionsByMonth(figures: SubjectFigures, period: { from: string; to: string }): BarSeries {
  const months = monthsBetween(period.from, period.to);
  const grades = [
    ['completed_early', 'Trước hạn'],
    ['completed_on_time', 'Đúng hạn'],
    ['completed_late', 'Quá hạn'],
  ] as const;
  return {
    categories: months.map((month) => `${month.slice(5, 7)}/${month.slice(0, 4)}`),
    series: grades.map(([grade, name]) => ({
      name,
      values: months.map(
        (month) => figures.completed.tasks.filter((task) => task.grade === grade && monthOf(task.completedAt) === month).length,
      ),
    })),
  };
}

/** Working days of delay by basis, for the person or unit itself and as head. */
export function delayByBasis(figures: SubjectFigures, ruleTitle: (code: string) => string | undefined): BarSeries {
  const { individual, supervisory } = figures.delay;
  const bases = [...new Set([...Object.keys(individual.byBasis), ...Object.keys(supervisory.byBasis)])];
  return {
    categories: bases.map((basis) => basisLabel(basis, ruleTitle)),
    series: [
      { name: 'Trách nhiệm cá nhân', values: bases.map((basis) => individual.byBasis[basis] ?? 0) },
      { name: 'Trách nhiệm người đứng đầu', values: bases.map((basis) => supervisory.byBasis[basis] ?? 0) },
    ],
  };
}

const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((total, count) => total + count, 0);

/** Findings by rule, every status together, naming the subject directly or as head. */
export function findingsByRule(figures: SubjectFigures, ruleTitle: (code: string) => string | undefined): BarSeries {
  const { responsible, supervisory } = figures.findings;
  const rules = [...new Set([...Object.keys(responsible.byRule), ...Object.keys(supervisory.byRule)])].sort();
  return {
    categories: rules.map((rule) => ruleTitle(rule) ?? rule),
    series: [
      { name: 'Trách nhiệm trực tiếp', values: rules.map((rule) => sum(responsible.byRule[rule] ?? {})) },
      { name: 'Trách nhiệm người đứng đầu', values: rules.map((rule) => sum(supervisory.byRule[rule] ?? {})) },
    ],
  };
}

/** Whether a chart has anything to draw. */
export const hasBars = (bars: BarSeries): boolean => bars.series.some((series) => series.values.some((value) => value > 0));

/** The chart said in words, for its aria-label: each category with its non-zero values. */
export function barSummary(title: string, bars: BarSeries, unit: string): string {
  const parts = bars.categories.flatMap((category, index) => {
    const values = bars.series
      .filter((series) => (series.values[index] ?? 0) > 0)
      .map((series) => `${series.name.toLowerCase()} ${series.values[index]} ${unit}`);
    return values.length > 0 ? [`${category}: ${values.join(', ')}`] : [];
  });
  return parts.length > 0 ? `${title}. ${parts.join('; ')}.` : `${title}: không có số liệu.`;
}
