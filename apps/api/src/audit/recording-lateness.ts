import type { ImportOrigin, StoredEvent } from '@lib/event-store';

/** How long after it occurred an entry was recorded, and whether that makes it late. */
export interface RecordingLateness {
  /** Recorded more than the configured window after it occurred (backdating stays visible); never for imported history. */
  late: boolean;
  recordedAfterHours: number;
  /** Loaded in bulk from an earlier record (the demo city, an earlier system, an organisation file): recorded later by design. */
  imported: boolean;
  /** Where imported history came from and the batch it was loaded in; null for what was recorded as it happened. */
  import: ImportOrigin | null;
}

/** One rule for the audit trail and the task's own trail: late is more than `lateHours` (LATE_RECORDING_HOURS). */
export function recordingLateness(event: StoredEvent, lateHours: number): RecordingLateness {
  const hours = (Date.parse(event.recordedAt) - Date.parse(event.metadata.occurredAt)) / 3_600_000;
  const origin = importOriginOf(event.metadata.import);
  return {
    late: origin === null && hours > lateHours,
    recordedAfterHours: Math.max(0, Math.round(hours * 10) / 10),
    imported: origin !== null,
    import: origin,
  };
}

/** The append validated it; only its two fields are shown. */
function importOriginOf(value: unknown): ImportOrigin | null {
  if (typeof value !== 'object' || value === null) return null;
  const { source, batchId } = value as Partial<ImportOrigin>;
  return typeof source === 'string' && typeof batchId === 'string' ? { source, batchId } : null;
}
