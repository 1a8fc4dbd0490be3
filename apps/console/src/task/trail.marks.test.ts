import { describe, expect, it } from 'vitest';
import { trailMarks } from './trail.marks';
import { party, trailEvent } from './testing.fixtures';
import type { EntryView } from './task.api';

const entry = (type: string, fields: Partial<EntryView> = {}): EntryView => ({
  type,
  occurredAt: '2026-03-04T02:00:00.000Z',
  recordedFor: party('Sở Xây dựng', 'Lê Văn Cường'),
  voided: false,
  corrections: 0,
  ...fields,
});

describe('voided and corrected entries of the trail', () => {
  const events = [
    trailEvent('comment', 'TaskCommented', { content: 'Đã làm việc với chủ đầu tư' }),
    trailEvent('transfer', 'TaskTransferred', { reason: 'Thuộc lĩnh vực đất' }),
    trailEvent('void-1', 'EntryVoided', { originalEventId: 'comment', originalType: 'TaskCommented', reason: 'Ghi nhầm nhiệm vụ' }),
    trailEvent('fix-1', 'EntryCorrected', {
      originalEventId: 'transfer',
      originalType: 'TaskTransferred',
      reason: 'Sai chính tả',
      fields: { reason: 'Thuộc lĩnh vực đất đai' },
    }),
  ];
  const entries = { comment: entry('TaskCommented', { voided: true }), transfer: entry('TaskTransferred', { corrections: 1 }) };

  it('marks a voided entry with the voiding entry’s reason', () => {
    expect(trailMarks(entries, events).get('comment')?.voided).toEqual({ reason: 'Ghi nhầm nhiệm vụ', byEventId: 'void-1' });
  });

  it('lists a corrected entry’s corrections with what changed, in Vietnamese', () => {
    expect(trailMarks(entries, events).get('transfer')?.corrections).toEqual([
      { reason: 'Sai chính tả', changes: 'Lý do: Thuộc lĩnh vực đất đai', byEventId: 'fix-1' },
    ]);
  });

  it('says what a voiding or correcting entry is about', () => {
    const marks = trailMarks(entries, events);
    expect(marks.get('void-1')?.compensates).toEqual({ eventId: 'comment', label: 'Ghi ý kiến' });
    expect(marks.get('fix-1')?.compensates).toEqual({ eventId: 'transfer', label: 'Chuyển đơn vị khác' });
  });

  it('trusts the task view for a voided entry whose voiding is not in the trail, and leaves entries in force unmarked', () => {
    const marks = trailMarks({ old: entry('TaskReceived', { voided: true }) }, [trailEvent('old', 'TaskReceived', {})]);
    expect(marks.get('old')?.voided).toEqual({ reason: null, byEventId: null });
    expect(trailMarks(entries, events).has('never-touched')).toBe(false);
  });
});
