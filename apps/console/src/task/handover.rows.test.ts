import { describe, expect, it } from 'vitest';
import { handoverRows } from './handover.rows';
import { interval, party, trailEvent } from './testing.fixtures';

const binh = party('Sở Xây dựng', 'Nguyễn Thị Bình');
const cuong = party('Sở Xây dựng', 'Lê Văn Cường');
const tnmt = party('Sở Tài nguyên và Môi trường');

describe('the table of handovers', () => {
  const intervals = [
    interval(1, {
      giver: binh,
      receiver: cuong,
      from: '2026-03-02T07:00:00Z',
      to: '2026-03-04T02:00:00Z',
      closedByEventId: 'transfer',
      heldWorkingDays: 2,
    }),
    interval(2, {
      giver: cuong,
      receiver: tnmt,
      from: '2026-03-04T02:00:00Z',
      to: '2026-03-05T02:00:00Z',
      closedByEventId: 'return',
      grade: 'on_time',
    }),
    interval(3, { giver: tnmt, receiver: cuong, from: '2026-03-05T02:00:00Z', to: null, workingDaysAfterDeadline: 2, grade: null }),
  ];
  const events = [
    trailEvent('transfer', 'TaskTransferred', { reason: 'Thuộc lĩnh vực đất đai' }),
    trailEvent('return', 'TaskReturned', { reasonCode: 'not_our_mandate', reason: null }),
  ];

  it('numbers the steps and names giver and receiver as on the day', () => {
    const rows = handoverRows(intervals, events);
    expect(rows.map((row) => [row.number, row.giver, row.receiver])).toEqual([
      [1, 'Nguyễn Thị Bình (Sở Xây dựng)', 'Lê Văn Cường (Sở Xây dựng)'],
      [2, 'Lê Văn Cường (Sở Xây dựng)', 'Sở Tài nguyên và Môi trường'],
      [3, 'Sở Tài nguyên và Môi trường', 'Lê Văn Cường (Sở Xây dựng)'],
    ]);
  });

  it('says how each step ended, from the event that closed it', () => {
    expect(handoverRows(intervals, events).map((row) => row.outcome)).toEqual([
      'Chuyển đơn vị khác: Thuộc lĩnh vực đất đai',
      'Trả lại: Không thuộc thẩm quyền',
      null,
    ]);
  });

  it('keeps the API’s days and grade, and writes a dash for a first step nobody gave', () => {
    const rows = handoverRows([interval(0, { receiver: cuong, from: '2026-03-02T02:00:00Z', heldWorkingDays: 4 })], []);
    expect(rows[0]).toMatchObject({ giver: '—', heldWorkingDays: 4, to: null, grade: null, outcome: null });
    expect(handoverRows(intervals, events)[2]?.workingDaysAfterDeadline).toBe(2);
  });
});
