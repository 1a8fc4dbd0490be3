import { describe, expect, it } from '@jest/globals';
import { localDateOf } from '@lib/domain/calendar';
import { checkLimitation, lastDayAfterYears } from './statute-of-limitations';

describe('the statute of limitations', () => {
  it('runs from the day after the conduct to the corresponding day of the last year', () => {
    expect(lastDayAfterYears('2021-03-04', 5)).toBe('2026-03-04');
    expect(lastDayAfterYears('2024-02-29', 5)).toBe('2029-02-28');
    expect(lastDayAfterYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('is 5 years for a reprimand and 10 for anything more serious, expired only after its last day', () => {
    const findings = [{ findingId: 'a', on: '2021-03-04' }];
    expect(checkLimitation(findings, 'khien_trach', '2026-03-04')[0]).toMatchObject({ years: 5, expired: false });
    expect(checkLimitation(findings, 'khien_trach', '2026-03-05')[0]).toMatchObject({ years: 5, expired: true });
    for (const form of ['canh_cao', 'cach_chuc', 'buoc_thoi_viec', 'bai_nhiem'] as const) {
      expect(checkLimitation(findings, form, '2026-03-05')[0]).toMatchObject({ years: 10, lastDay: '2031-03-04', expired: false });
    }
  });

  it('measures to the day in Asia/Ho_Chi_Minh', () => {
    expect(localDateOf('2026-03-04T17:30:00Z')).toBe('2026-03-05');
    expect(localDateOf('2026-03-04T16:59:59Z')).toBe('2026-03-04');
  });
});
