import { describe, expect, it } from 'vitest';
import { basisLabel, figureSections, figureText } from './report.figures';
import { ruleTitle, sampleFigures } from './testing.fixtures';

const valueOf = (key: string) =>
  figureSections(sampleFigures(), ruleTitle)
    .flatMap((section) => section.rows)
    .find((row) => row.key === key)?.value;

describe("a report's figures", () => {
  it('shows every headline figure as the API gives it', () => {
    const figures = sampleFigures();
    expect(valueOf('tasksHeld')).toBe(figures.tasksHeld.count);
    expect(valueOf('completed.early')).toBe(figures.completed.early);
    expect(valueOf('completed.onTime')).toBe(figures.completed.onTime);
    expect(valueOf('completed.late')).toBe(figures.completed.late);
    expect(valueOf('openOverdue')).toBe(figures.openOverdue.count);
    expect(valueOf('delay.individual')).toBe(figures.delay.individual.workingDays);
    expect(valueOf('delay.supervisory')).toBe(figures.delay.supervisory.workingDays);
    expect(valueOf('consultations.answeredOnTime')).toBe(figures.consultations.answeredOnTime);
    expect(valueOf('evaluation.progressPoints')).toBe(figures.evaluation.progressPoints);
    expect(valueOf('evaluation.band')).toBe(figures.evaluation.indicativeBandLabel);
  });

  it('breaks delay down by basis, naming custody grounds and rules in Vietnamese', () => {
    const delay = figureSections(sampleFigures(), ruleTitle).find((section) => section.key === 'delay')?.rows ?? [];
    expect(delay.map((row) => [row.label, row.value])).toEqual([
      ['Trách nhiệm cá nhân', 6],
      ['trong đó: Giữ nhiệm vụ sau hạn', 4],
      ['trong đó: Giữ quá hạn không báo cáo', 2],
      ['Trách nhiệm người đứng đầu', 4],
      ['trong đó: Giữ nhiệm vụ sau hạn', 4],
    ]);
  });

  it('lists findings by rule title and status, only the statuses that occur, then the totals', () => {
    const rows = figureSections(sampleFigures(), ruleTitle).find((section) => section.key === 'findings')?.rows ?? [];
    const byRule = rows.filter((row) => !row.key.includes('.total.'));
    expect(byRule.map((row) => [row.label, row.value])).toEqual([
      ['Trách nhiệm trực tiếp: Giữ quá hạn không báo cáo – chưa kết luận', 1],
      ['Trách nhiệm trực tiếp: Giữ quá hạn không báo cáo – đã xác nhận', 2],
      ['Trách nhiệm trực tiếp: Chuyển sai thẩm quyền – đã bác bỏ', 1],
    ]);
    expect(rows.find((row) => row.key === 'findings.responsible.total.confirmed')?.value).toBe(2);
    expect(rows.find((row) => row.key === 'findings.supervisory.total.open')?.value).toBe(0);
  });

  it('writes numbers the Vietnamese way and a missing figure as a dash', () => {
    expect(figureText(91.67)).toBe('91,67');
    expect(figureText(1234)).toBe('1.234');
    expect(figureText(null)).toBe('—');
    expect(figureText('Hoàn thành nhiệm vụ')).toBe('Hoàn thành nhiệm vụ');
  });

  it('names a basis it does not know by its code rather than hiding it', () => {
    expect(basisLabel('R9', ruleTitle)).toBe('R9');
    expect(basisLabel('HELD_BEYOND_STEP_LIMIT', ruleTitle)).toBe('Giữ quá thời hạn của bước');
  });
});
