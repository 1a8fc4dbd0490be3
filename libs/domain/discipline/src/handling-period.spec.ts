import { describe, expect, it } from '@jest/globals';
import { addDays, handlingPeriod, handlingView } from './handling-period';

describe('the time limit for handling a case', () => {
  it('runs 90 days from the earliest confirmation of a cited finding, the starting day not counted', () => {
    expect(addDays('2026-04-01', 90)).toBe('2026-06-30');
    expect(handlingPeriod(['2026-04-10', '2026-04-01'])).toEqual({
      startsOn: '2026-04-01',
      basis: 'finding_confirmed',
      limitDays: 90,
      deadline: '2026-06-30',
    });
    expect(handlingPeriod(['2026-04-01'], 150).deadline).toBe('2026-08-29');
  });

  it('counts the days left and warns, in Vietnamese with dd/mm/yyyy, within the warning window and after the deadline', () => {
    const period = handlingPeriod(['2026-04-01']);
    expect(handlingView(period, { kind: 'open' }, '2026-06-19')).toMatchObject({
      daysLeft: 11,
      state: 'running',
      warnings: [],
      maxDays: 150,
    });
    expect(handlingView(period, { kind: 'open' }, '2026-06-20')).toMatchObject({
      daysLeft: 10,
      state: 'due_soon',
      warnings: [
        {
          code: 'HANDLING_DEADLINE_NEAR',
          message:
            'Thời hạn xử lý kỷ luật 90 ngày hết ngày 30/06/2026 (còn 10 ngày). Vụ việc phức tạp có thể được gia hạn đến tối đa 150 ngày.',
        },
      ],
    });
    expect(handlingView(period, { kind: 'open' }, '2026-06-30').warnings[0]!.message).toBe(
      'Thời hạn xử lý kỷ luật 90 ngày hết ngày 30/06/2026 (hôm nay là ngày cuối). Vụ việc phức tạp có thể được gia hạn đến tối đa 150 ngày.',
    );
    expect(handlingView(period, { kind: 'open' }, '2026-06-20', 5).state).toBe('running');
    expect(handlingView(period, { kind: 'open' }, '2026-07-02')).toMatchObject({
      daysLeft: -2,
      state: 'overdue',
      warnings: [
        {
          code: 'HANDLING_DEADLINE_PASSED',
          message:
            'Đã quá thời hạn xử lý kỷ luật 90 ngày (hết ngày 30/06/2026) 2 ngày mà chưa có quyết định; cấp có thẩm quyền chịu trách nhiệm về việc chậm ban hành quyết định.',
        },
      ],
    });
  });

  it('measures a decided case on the day its decision was signed, and drops the deadline of a withdrawn one', () => {
    const period = handlingPeriod(['2026-04-01']);
    expect(handlingView(period, { kind: 'decided', signedOn: '2026-06-30' }, '2026-09-01')).toMatchObject({
      daysLeft: null,
      state: 'decided_in_time',
      warnings: [],
    });
    expect(handlingView(period, { kind: 'decided', signedOn: '2026-07-01' }, '2026-09-01')).toMatchObject({
      daysLeft: null,
      state: 'decided_late',
      warnings: [],
    });
    expect(handlingView(period, { kind: 'withdrawn' }, '2026-09-01')).toMatchObject({ daysLeft: null, state: 'withdrawn', warnings: [] });
  });

  it('no longer offers an extension once the period is at its maximum', () => {
    const extended = handlingPeriod(['2026-04-01'], 150);
    expect(handlingView(extended, { kind: 'open' }, '2026-08-25').warnings[0]!.message).toBe(
      'Thời hạn xử lý kỷ luật 150 ngày hết ngày 29/08/2026 (còn 4 ngày).',
    );
  });
});
