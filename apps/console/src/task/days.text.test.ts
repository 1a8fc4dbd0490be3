import { describe, expect, it } from 'vitest';
import { daysText } from './days.text';

describe('the days of a responsibility line', () => {
  it('lists a few days dd/mm/yyyy', () => {
    expect(daysText(['2026-03-17', '2026-03-18'])).toBe('17/03/2026, 18/03/2026');
  });

  it('writes a long run as its first and last day with the count', () => {
    expect(daysText(['2026-10-28', '2026-10-29', '2026-10-30', '2026-11-02'])).toBe('28/10/2026 … 02/11/2026 (4 ngày)');
  });

  it('writes a dash for no day', () => {
    expect(daysText([])).toBe('—');
  });
});
