import { describe, expect, it } from 'vitest';
import { stepGradeLook } from './step-grade';

describe('step grades', () => {
  it('names each grade in Vietnamese', () => {
    expect(stepGradeLook('early')?.label).toBe('Trước hạn');
    expect(stepGradeLook('on_time')?.label).toBe('Đúng hạn');
    expect(stepGradeLook('late')?.label).toBe('Quá hạn');
  });

  it('gives no look to a step without a limit of its own', () => {
    expect(stepGradeLook(null)).toBeNull();
  });

  it('colours late red, unlike the others', () => {
    expect(stepGradeLook('late')?.colour).toBe('#a8071a');
    expect(new Set([stepGradeLook('early')?.colour, stepGradeLook('on_time')?.colour, stepGradeLook('late')?.colour]).size).toBe(3);
  });
});
