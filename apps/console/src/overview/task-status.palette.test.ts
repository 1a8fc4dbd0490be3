import { describe, expect, it } from 'vitest';
import { CLOSED_STATUSES, OPEN_STATUSES, STATUS_LOOK } from './task-status.palette';

/** WCAG relative luminance contrast of a #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
  const channel = (offset: number): number => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

describe('the overview statuses and their colours', () => {
  it('groups the eight statuses as the trackers do, each once', () => {
    const all = [...OPEN_STATUSES, ...CLOSED_STATUSES];
    expect(new Set(all).size).toBe(8);
    expect(Object.keys(STATUS_LOOK).sort()).toEqual([...all].sort());
  });

  it('says each count differently, so that a screen reader tells open overdue tasks from tasks completed late', () => {
    const spoken = Object.values(STATUS_LOOK).map((look) => look.spoken);
    expect(new Set(spoken).size).toBe(spoken.length);
  });

  it('colours late red, soon due amber, on time green, early blue — each readable on white (AA, 4.5:1)', () => {
    expect(STATUS_LOOK.overdue.colour).toBe(STATUS_LOOK.completed_late.colour);
    expect(STATUS_LOOK.within_deadline.colour).toBe(STATUS_LOOK.completed_on_time.colour);
    for (const look of Object.values(STATUS_LOOK)) expect(contrastOnWhite(look.colour)).toBeGreaterThanOrEqual(4.5);
  });
});
