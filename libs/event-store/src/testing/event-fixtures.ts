import { randomUUID } from 'node:crypto';
import type { EventMetadata, NewEvent } from '../stored-event';

export function aStreamId(category = 'task'): string {
  return `${category}-${randomUUID()}`;
}

function aMetadata(overrides: Partial<EventMetadata> = {}): EventMetadata {
  return {
    actor: { personId: 'le-van-cuong', unitId: 'so-xay-dung' },
    commandId: randomUUID(),
    correlationId: randomUUID(),
    causationId: null,
    occurredAt: '2026-03-02T09:15:00.000+07:00',
    schemaVersion: 1,
    ...overrides,
  };
}

export function anEvent(type = 'TaskCommented', data: Record<string, unknown> = { note: 'Đã xem xét hồ sơ' }): NewEvent {
  return { id: randomUUID(), type, data, metadata: aMetadata() };
}

export function someEvents(count: number, type = 'TaskCommented'): NewEvent[] {
  return Array.from({ length: count }, (_, i) => anEvent(type, { note: `Ý kiến số ${i + 1}`, n: i }));
}
