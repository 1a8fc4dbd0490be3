import { describe, expect, it } from '@jest/globals';
import { DEMO_ORGANISATION, OrganisationTimeline } from '@lib/domain/org';
import type { StoredEvent } from '@lib/event-store';
import { auditEntryOf, CSV_HEADER, csvRowOf } from './audit-entry';

const organisation = OrganisationTimeline.fromEvents([]);

// Occurred on 2 March 2026, recorded on 6 December 2026: far beyond a 24-hour window.
const stored = (metadata: Partial<StoredEvent['metadata']> = {}): StoredEvent => ({
  id: '0b5c3f0e-4c55-4d0a-9a8e-1d3c2b7e9a01',
  type: 'TaskTransferred',
  data: {},
  streamId: 'task-0b5c3f0e-4c55-4d0a-9a8e-1d3c2b7e9a02',
  streamVersion: 1,
  globalPosition: 7,
  checkpoint: '1/7',
  recordedAt: '2026-12-06T03:00:00.000Z',
  metadata: {
    actor: { personId: 'le-van-cuong', unitId: 'so-xay-dung' },
    commandId: 'c-1',
    correlationId: 'c-1',
    causationId: null,
    occurredAt: '2026-03-02T02:00:00.000Z',
    schemaVersion: 1,
    ...metadata,
  },
});

describe('audit entry: late recording and imported history', () => {
  it('a backdated entry recorded by hand is flagged late and is not imported', () => {
    const entry = auditEntryOf(stored(), organisation, 24);
    expect(entry).toMatchObject({ late: true, imported: false, import: null });
    expect(entry.recordedAfterHours).toBeGreaterThan(24);
  });

  it('an imported entry shows its source and batch and is not flagged late, however long after it occurred', () => {
    const entry = auditEntryOf(stored({ import: { source: 'demo-city', batchId: 'demo-city' } }), organisation, 24);
    expect(entry).toMatchObject({ late: false, imported: true, import: { source: 'demo-city', batchId: 'demo-city' } });
    expect(entry.recordedAfterHours).toBeGreaterThan(24);
  });

  it('the CSV export says which entries were imported, from where and in which batch', () => {
    const header = CSV_HEADER.indexOf('Nhập từ nguồn (import source)');
    expect(header).toBeGreaterThan(0);
    const cells = csvRowOf(auditEntryOf(stored({ import: { source: 'demo-city', batchId: 'demo-city' } }), organisation, 24)).split(';');
    expect(cells).toHaveLength(CSV_HEADER.length);
    expect(cells[CSV_HEADER.indexOf('Ghi muộn (late)')]).toBe('không');
    expect([cells[header], cells[header + 1]]).toEqual(['demo-city', 'demo-city']);
    const manual = csvRowOf(auditEntryOf(stored(), organisation, 24)).split(';');
    expect([manual[CSV_HEADER.indexOf('Ghi muộn (late)')], manual[header], manual[header + 1]]).toEqual(['có', '', '']);
  });

  it('the CSV export names the unit as on the day of the event and the official recorded for, beside their codes', () => {
    const city = OrganisationTimeline.fromEvents(DEMO_ORGANISATION.map(({ event }) => event));
    const onBehalf = stored({ onBehalfOf: { personId: 'nguyen-thi-binh', unitId: 'so-xay-dung' } });
    const cells = csvRowOf(auditEntryOf(onBehalf, city, 24)).split(';');
    expect(cells).toHaveLength(CSV_HEADER.length);
    expect(cells[CSV_HEADER.indexOf('Mã đơn vị')]).toBe('so-xay-dung');
    expect(cells[CSV_HEADER.indexOf('Tên đơn vị (vào ngày xảy ra)')]).toBe('Sở Xây dựng');
    expect(cells[CSV_HEADER.indexOf('Ghi thay cho')]).toBe('Nguyễn Thị Bình – Sở Xây dựng (nguyen-thi-binh / so-xay-dung)');
  });
});
