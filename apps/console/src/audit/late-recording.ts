/**
 * How the API marks an entry's recording (the audit trail's entries and the task's own trail carry these fields): late
 * when recorded more than LATE_RECORDING_HOURS after it occurred, never for history imported from an earlier record.
 * The console shows the API's judgement; it does not judge with a window of its own.
 */
export interface RecordingMarks {
  late: boolean;
  /** Hours between occurring and recording, to one decimal; never negative. */
  recordedAfterHours: number;
  imported: boolean;
}
