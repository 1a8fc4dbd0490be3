import { describe, expect, it } from 'vitest';
import { vietNamInstantOf, vietNamWallClockOf } from './recording-time';

describe('times typed on the recording forms', () => {
  it('are Viet Nam wall-clock times, sent with +07:00', () => {
    const sent = vietNamInstantOf('2026-03-04T09:30');
    expect(sent).toBe('2026-03-04T09:30:00+07:00');
    expect(new Date(sent).toISOString()).toBe('2026-03-04T02:30:00.000Z');
  });

  it("start at now in Viet Nam, whatever the browser's zone (the day turns at 17:00 UTC)", () => {
    expect(vietNamWallClockOf(new Date('2026-03-04T17:05:40Z'))).toBe('2026-03-05T00:05');
    expect(vietNamInstantOf(vietNamWallClockOf(new Date('2026-03-04T17:05:40Z')))).toBe('2026-03-05T00:05:00+07:00');
  });

  it('refuse what is not a time to the minute', () => {
    expect(() => vietNamInstantOf('04/03/2026 09:30')).toThrow(RangeError);
  });
});
