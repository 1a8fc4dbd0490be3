import { describe, expect, it } from '@jest/globals';
import type { RecordedEventMetadata } from '@lib/domain/core';
import { entriesInForce } from './entries-in-force';
import type { RecordedTaskEvent, TaskEvent } from './task.events';

const author = { personId: 'le-van-cuong', unitId: 'so-xay-dung' };
const at = (eventId: string, event: TaskEvent, occurredAt: string): RecordedTaskEvent & { globalPosition: number } => {
  const metadata: RecordedEventMetadata = { eventId, occurredAt, actor: author };
  return { ...event, metadata, globalPosition: Number(eventId.slice(1)) } as RecordedTaskEvent & { globalPosition: number };
};

const stream = [
  at('e1', { type: 'TaskCommented', data: { content: 'Đang xử lý' } }, '2026-03-02T09:00:00+07:00'),
  at('e2', { type: 'TaskCommented', data: { content: 'Ghi nhầm' } }, '2026-03-03T09:00:00+07:00'),
  at('e3', { type: 'TaskTransferred', data: { from: author, to: { unitId: 'so-tnmt' }, reason: 'Lý do cũ' } }, '2026-03-04T09:00:00+07:00'),
  at(
    'e4',
    { type: 'EntryVoided', data: { originalEventId: 'e2', originalType: 'TaskCommented', reason: 'Ghi nhầm' } },
    '2026-03-10T09:00:00+07:00',
  ),
  at(
    'e5',
    {
      type: 'EntryCorrected',
      data: { originalEventId: 'e3', originalType: 'TaskTransferred', reason: 'Sửa', fields: { reason: 'Lý do đúng' } },
    },
    '2026-03-05T09:00:00+07:00',
  ),
  at(
    'e6',
    { type: 'DeadlineLapsed', data: { taskId: 't1', lapseAt: '2026-03-06T00:00:00+07:00', ruleCodes: ['OVERDUE_HOLD'] } },
    '2026-03-06T00:00:00+07:00',
  ),
  at('e1', { type: 'TaskCommented', data: { content: 'Đang xử lý' } }, '2026-03-02T09:00:00+07:00'),
];

describe('entriesInForce', () => {
  it('keeps the primary entries once, in stream order, drops the voided ones and applies corrections', () => {
    const entries = entriesInForce(stream);
    expect(entries.map((entry) => entry.metadata.eventId)).toEqual(['e1', 'e3']);
    expect(entries[1]).toMatchObject({
      type: 'TaskTransferred',
      data: { reason: 'Lý do đúng', to: { unitId: 'so-tnmt' } },
      globalPosition: 3,
    });
  });

  it('leaves out entries after asOf, but a voiding counts whatever its own date', () => {
    expect(entriesInForce(stream, Date.parse('2026-03-03T12:00:00+07:00')).map((entry) => entry.metadata.eventId)).toEqual(['e1']);
  });
});
