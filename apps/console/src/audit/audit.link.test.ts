import { describe, expect, it } from 'vitest';
import { auditDownloadHref, auditFilterOf, auditLink } from './audit.link';
import { eventTypeLabel } from './event-type.labels';

describe('the audit search address and its downloads', () => {
  it('keeps the search under Vietnamese names and reads it back', () => {
    const filter = { personId: 'le-van-cuong', from: '2026-03-01', to: '2026-03-31', types: 'TaskTransferred,TaskReturned' };
    const link = auditLink(filter);
    expect(link).toBe('/tra-cuu-nhat-ky?nguoi=le-van-cuong&tu-ngay=2026-03-01&den-ngay=2026-03-31&loai=TaskTransferred%2CTaskReturned');
    expect(auditFilterOf(link.slice(link.indexOf('?')))).toEqual(filter);
  });

  it('downloads the same search as CSV or JSON Lines, from the first event (no page cursor)', () => {
    expect(auditDownloadHref({ unitId: 'so-xay-dung', cursor: '12/3' }, 'csv')).toBe('/audit/events?unit=so-xay-dung&format=csv');
    expect(auditDownloadHref({}, 'jsonl')).toBe('/audit/events?format=jsonl');
  });

  it('names event types in Vietnamese, and shows an unknown one as it is', () => {
    expect(eventTypeLabel('TaskTransferred')).toBe('Chuyển đơn vị khác');
    expect(eventTypeLabel('SomethingNew')).toBe('SomethingNew');
  });
});
