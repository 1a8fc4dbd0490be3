import { describe, expect, it } from 'vitest';
import { caseStatusLabel, disciplineFormLabel, timeLeftOf } from './case.labels';

describe('timeLeftOf', () => {
  it('counts the days left of an open case, and the day of the deadline itself', () => {
    expect(timeLeftOf(12, 'running')).toEqual({ text: 'Còn 12 ngày', overdue: false });
    expect(timeLeftOf(0, 'due_soon')).toEqual({ text: 'Hết hạn hôm nay', overdue: false });
  });

  it('marks an undecided case past its deadline as overdue, with the days past', () => {
    expect(timeLeftOf(-3, 'overdue')).toEqual({ text: 'Quá hạn 3 ngày', overdue: true });
  });

  it('says how a closed case ended instead of days left', () => {
    expect(timeLeftOf(null, 'decided_in_time')).toEqual({ text: 'Đã quyết định trong thời hạn', overdue: false });
    expect(timeLeftOf(null, 'decided_late')).toEqual({ text: 'Đã quyết định quá thời hạn', overdue: true });
    expect(timeLeftOf(null, 'withdrawn').overdue).toBe(false);
    expect(timeLeftOf(null, null).text).toBe('—');
  });
});

describe('labels', () => {
  it('names statuses and forms in Vietnamese, an unknown code as it is', () => {
    expect(caseStatusLabel('under_review')).toBe('Đang xem xét');
    expect(disciplineFormLabel('bai_nhiem')).toBe('Bãi nhiệm');
    expect(disciplineFormLabel('unknown_form')).toBe('unknown_form');
    expect('Khiển trách'.normalize('NFC')).toBe(disciplineFormLabel('khien_trach'));
  });
});
