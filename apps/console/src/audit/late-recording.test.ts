import { describe, expect, it } from 'vitest';
import { LATE_RECORDING_HOURS, recordingMarks } from './late-recording';

describe('late recording', () => {
  it('marks an entry recorded more than the window after it occurred, with the hours between', () => {
    expect(recordingMarks('2026-03-02T02:00:00Z', '2026-03-04T08:30:00Z', false)).toEqual({
      late: true,
      recordedAfterHours: 54.5,
      imported: false,
    });
  });

  it('does not mark an entry recorded within the window, nor exactly at its end', () => {
    expect(recordingMarks('2026-03-02T02:00:00Z', '2026-03-02T05:00:00Z', false).late).toBe(false);
    const end = new Date(Date.parse('2026-03-02T02:00:00Z') + LATE_RECORDING_HOURS * 3_600_000).toISOString();
    expect(recordingMarks('2026-03-02T02:00:00Z', end, false).late).toBe(false);
  });

  it('never marks imported history late, however long after it was loaded', () => {
    expect(recordingMarks('2025-01-01T00:00:00Z', '2026-12-06T19:03:56Z', true)).toMatchObject({ late: false, imported: true });
  });

  it('counts a recording dated before the occurrence as zero hours, and follows another window', () => {
    expect(recordingMarks('2026-03-02T05:00:00Z', '2026-03-02T02:00:00Z', false).recordedAfterHours).toBe(0);
    expect(recordingMarks('2026-03-02T00:00:00Z', '2026-03-02T05:00:00Z', false, 4).late).toBe(true);
  });
});
