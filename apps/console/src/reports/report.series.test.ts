import { describe, expect, it } from 'vitest';
import { barSummary, completionsByMonth, delayByBasis, findingsByRule, hasBars } from './report.series';
import { ruleTitle, sampleFigures } from './testing.fixtures';

describe("a report's chart series, from the API's body", () => {
  it('counts completions by month in Viet Nam and grade, over every month of the period', () => {
    const bars = completionsByMonth(sampleFigures(), { from: '2026-01-01', to: '2026-06-30' });
    expect(bars.categories).toEqual(['01/2026', '02/2026', '03/2026', '04/2026', '05/2026', '06/2026']);
    expect(bars.series).toEqual([
      { name: 'Trước hạn', values: [0, 0, 1, 0, 0, 0] },
      { name: 'Đúng hạn', values: [0, 0, 1, 0, 0, 0] },
      { name: 'Quá hạn', values: [0, 0, 0, 0, 1, 0] },
    ]);
  });

  it('crosses a year end', () => {
    expect(completionsByMonth(sampleFigures(), { from: '2025-11-15', to: '2026-02-01' }).categories).toEqual([
      '11/2025',
      '12/2025',
      '01/2026',
      '02/2026',
    ]);
  });

  it('puts delay days by basis side by side for the subject and as head, summing to the figures', () => {
    const figures = sampleFigures();
    const bars = delayByBasis(figures, ruleTitle);
    expect(bars.categories).toEqual(['Giữ nhiệm vụ sau hạn', 'Giữ quá hạn không báo cáo']);
    expect(bars.series.map((series) => series.values)).toEqual([
      [4, 2],
      [4, 0],
    ]);
    expect((bars.series[0]?.values ?? []).reduce((a, b) => a + b, 0)).toBe(figures.delay.individual.workingDays);
  });

  it('counts findings by rule, every status together', () => {
    const bars = findingsByRule(sampleFigures(), ruleTitle);
    expect(bars.categories).toEqual(['Chuyển sai thẩm quyền', 'Giữ quá hạn không báo cáo']);
    expect(bars.series.map((series) => series.values)).toEqual([
      [1, 3],
      [0, 0],
    ]);
  });

  it('says a chart in words, and says when there is nothing to draw', () => {
    const bars = delayByBasis(sampleFigures(), ruleTitle);
    expect(hasBars(bars)).toBe(true);
    expect(barSummary('Ngày chậm trễ theo căn cứ', bars, 'ngày')).toBe(
      'Ngày chậm trễ theo căn cứ. Giữ nhiệm vụ sau hạn: trách nhiệm cá nhân 4 ngày, trách nhiệm người đứng đầu 4 ngày; Giữ quá hạn không báo cáo: trách nhiệm cá nhân 2 ngày.',
    );
    const empty = { categories: [], series: [] };
    expect(hasBars(empty)).toBe(false);
    expect(barSummary('Phát hiện theo quy tắc', empty, 'phát hiện')).toBe('Phát hiện theo quy tắc: không có số liệu.');
  });
});
