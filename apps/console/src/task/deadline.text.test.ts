import { describe, expect, it } from 'vitest';
import { deadlineText } from './deadline.text';

describe('the deadline as the heading writes it', () => {
  it('says how many working days from which day, and how many days off were passed over', () => {
    const text = deadlineText({
      dueAt: '2026-11-11T16:59:59.999Z',
      computation: {
        rule: 'working_days',
        workingDays: 15,
        startDate: '2026-10-21',
        skippedDays: [{ date: '2026-10-24' }, { date: '2026-10-25' }],
        basis: 'Bộ luật Dân sự 2015, Điều 147-148',
      },
    });
    expect(text).toEqual({
      dueAt: '2026-11-11T16:59:59.999Z',
      how: '15 ngày làm việc kể từ ngày giao 21/10/2026 (không tính ngày giao, bỏ qua 2 ngày nghỉ)',
      basis: 'Bộ luật Dân sự 2015, Điều 147-148',
    });
  });

  it('names an urgent document’s rule', () => {
    expect(deadlineText({ dueAt: '2026-03-02T02:00:00Z', computation: { rule: 'urgent_immediate', urgency: 'hoa_toc' } }).how).toBe(
      'Văn bản hỏa tốc: hạn là thời điểm giao',
    );
  });

  it('gives only the instant when the view does not say how, and nothing for a task without a deadline', () => {
    expect(deadlineText({ dueAt: '2026-03-16T16:59:59.999Z' })).toEqual({ dueAt: '2026-03-16T16:59:59.999Z', how: null, basis: null });
    expect(deadlineText({ dueAt: null })).toEqual({ dueAt: null, how: null, basis: null });
    expect(deadlineText(undefined).dueAt).toBeNull();
  });
});
