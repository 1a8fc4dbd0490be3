/**
 * When an entry counts as recorded late, as the audit trail marks it (apps/api's audit entries): recorded more than
 * LATE_RECORDING_HOURS after it occurred, unless it was imported from an earlier record (loaded later by design).
 * The service's window is configurable (LATE_RECORDING_HOURS, 24 hours by default); where the API does not say
 * `late` itself (the task's trail), the console judges with the default.
 */
export const LATE_RECORDING_HOURS = 24;

export interface RecordingMarks {
  late: boolean;
  /** Hours between occurring and recording, to one decimal; never negative. */
  recordedAfterHours: number;
  imported: boolean;
}

export function recordingMarks(
  occurredAt: string,
  recordedAt: string,
  imported: boolean,
  lateHours = LATE_RECORDING_HOURS,
): RecordingMarks {
  const hours = (Date.parse(recordedAt) - Date.parse(occurredAt)) / 3_600_000;
  return { late: !imported && hours > lateHours, recordedAfterHours: Math.max(0, Math.round(hours * 10) / 10), imported };
}
