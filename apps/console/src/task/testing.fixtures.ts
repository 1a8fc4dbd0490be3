import type { CustodyInterval, NamedParty, TrailEvent } from './task.api';

/** Small builders of the API's shapes for the task page's specs. */
export const party = (unitName: string, personName: string | null = null): NamedParty => ({
  unitId: unitName.toLowerCase().replace(/\s+/g, '-'),
  unitName,
  personId: personName === null ? null : personName.toLowerCase().replace(/\s+/g, '-'),
  personName,
});

export function interval(index: number, fields: Partial<CustodyInterval> & Pick<CustodyInterval, 'receiver' | 'from'>): CustodyInterval {
  return {
    index,
    role: 'lead',
    giver: null,
    to: null,
    open: fields.to === undefined || fields.to === null,
    heldWorkingDays: 0,
    pausedWorkingDays: 0,
    workingDaysAfterDeadline: 0,
    daysAfterDeadline: [],
    openedByEventId: `opened-${index}`,
    closedByEventId: null,
    grade: null,
    ...fields,
  };
}

export function trailEvent(
  id: string,
  type: string,
  data: Record<string, unknown>,
  times: Partial<{ occurredAt: string; recordedAt: string }> = {},
): TrailEvent {
  const occurredAt = times.occurredAt ?? '2026-03-02T02:00:00.000Z';
  return {
    id,
    type,
    streamId: 'task-1',
    streamVersion: 1,
    globalPosition: 1,
    checkpoint: '1',
    recordedAt: times.recordedAt ?? occurredAt,
    late: false,
    recordedAfterHours: 0,
    imported: false,
    data,
    metadata: { occurredAt, actor: { unitId: 'so-xay-dung', personId: 'le-van-cuong' } },
    actor: party('Sở Xây dựng', 'Lê Văn Cường'),
    onBehalfOf: null,
  };
}
