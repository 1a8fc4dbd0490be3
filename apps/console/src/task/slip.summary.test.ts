import { describe, expect, it } from 'vitest';
import { slipSummary } from './slip.summary';
import { interval, party } from './testing.fixtures';

describe('the slip chart in words', () => {
  it('gives the deadline and each step with its holder, its dates in Viet Nam and the days held after the deadline', () => {
    const text = slipSummary(
      [
        interval(0, { receiver: party('Sở Xây dựng'), from: '2026-10-21T04:00:00Z', to: '2026-10-21T05:55:00Z' }),
        interval(1, {
          receiver: party('Sở Xây dựng', 'Trần Thị Hạnh'),
          from: '2026-10-21T05:55:00Z',
          to: null,
          workingDaysAfterDeadline: 18,
        }),
      ],
      '2026-11-11T16:59:59.999Z',
    );
    expect(text).toBe(
      'Biểu đồ quá trình giải quyết, 2 bước giao nhận. Hạn xử lý 11/11/2026. ' +
        'Bước 1: Sở Xây dựng giữ từ 21/10/2026 đến 21/10/2026. ' +
        'Bước 2: Trần Thị Hạnh (Sở Xây dựng) giữ từ 21/10/2026 đến nay, quá hạn 18 ngày làm việc.',
    );
  });

  it('says when there is no deadline', () => {
    expect(slipSummary([], null)).toBe('Biểu đồ quá trình giải quyết, 0 bước giao nhận. Nhiệm vụ không có hạn xử lý.');
  });

  it('tells the pauses, which do not count towards the deadline', () => {
    const text = slipSummary([], '2026-03-16T16:59:59.999Z', [
      { from: '2026-03-05T02:00:00Z', to: '2026-03-09T02:00:00Z', open: false, workingDays: 2, requestEventId: 'a', receivedEventId: 'b' },
    ]);
    expect(text).toContain('Tạm dừng từ 05/03/2026 đến 09/03/2026, 2 ngày làm việc không tính vào thời hạn.');
  });
});
