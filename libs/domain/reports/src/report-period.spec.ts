import { describe, expect, it } from '@jest/globals';
import { dayInPeriod, inPeriod, reportPeriod } from './report-period';

describe('report period', () => {
  const march = reportPeriod('2026-02-28T17:00:00.000Z', '2026-03-31T17:00:00.000Z', '2026-11-23T00:00:00.000Z');

  it('is taken as of its last instant when it has ended, with its first and last local days', () => {
    expect(march).toEqual({
      from: '2026-02-28T17:00:00.000Z',
      to: '2026-03-31T17:00:00.000Z',
      asOf: '2026-03-31T16:59:59.999Z',
      fromDate: '2026-03-01',
      toDate: '2026-03-31',
    });
  });

  it('is taken as of now while it runs', () => {
    expect(reportPeriod('2026-02-28T17:00:00.000Z', '2026-03-31T17:00:00.000Z', '2026-03-10T02:00:00.000Z').asOf).toBe(
      '2026-03-10T02:00:00.000Z',
    );
  });

  it('includes its start, excludes its end; days by local date', () => {
    expect([
      inPeriod(march, '2026-02-28T17:00:00.000Z'),
      inPeriod(march, '2026-03-31T16:59:59.999Z'),
      inPeriod(march, '2026-03-31T17:00:00.000Z'),
    ]).toEqual([true, true, false]);
    expect(['2026-02-28', '2026-03-01', '2026-03-31', '2026-04-01'].map((day) => dayInPeriod(march, day))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('refuses a period that does not end after it starts', () => {
    expect(() => reportPeriod('2026-03-31T17:00:00.000Z', '2026-03-01T17:00:00.000Z', '2026-11-23T00:00:00.000Z')).toThrow(RangeError);
  });
});
