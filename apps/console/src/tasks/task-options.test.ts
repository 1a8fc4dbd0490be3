import { describe, expect, it } from 'vitest';
import { taskLabel, taskOptions, type TaskMatch } from './task-options';

describe('the task chooser of the audit search', () => {
  const permit: TaskMatch = {
    id: '3f6d1c2a-5b7e-4c19-9a0d-7e2b4f8c1d01',
    title: 'Cấp phép xây dựng nhà ở riêng lẻ',
    lead: { unitId: 'so-xay-dung', unitName: 'Sở Xây dựng' },
  };

  it('labels a task by its title, then its lead unit; an untitled one by its id', () => {
    expect(taskLabel(permit)).toBe('Cấp phép xây dựng nhà ở riêng lẻ — Sở Xây dựng');
    expect(taskLabel({ ...permit, lead: { unitId: null, unitName: null } })).toBe('Cấp phép xây dựng nhà ở riêng lẻ');
    expect(taskLabel({ ...permit, title: null })).toBe('3f6d1c2a-5b7e-4c19-9a0d-7e2b4f8c1d01 — Sở Xây dựng');
  });

  it('keeps the task of the address listed by its title when the search does not find it', () => {
    const chosen = { taskId: '9a0d7e2b-4f8c-4d01-8c19-3f6d1c2a5b7e', title: 'Giải quyết đơn thư khiếu nại' };
    expect(taskOptions([permit], chosen)).toEqual([
      { value: chosen.taskId, label: 'Giải quyết đơn thư khiếu nại' },
      { value: permit.id, label: 'Cấp phép xây dựng nhà ở riêng lẻ — Sở Xây dựng' },
    ]);
    expect(taskOptions([permit], { taskId: permit.id, title: permit.title ?? '' })).toEqual([
      { value: permit.id, label: 'Cấp phép xây dựng nhà ở riêng lẻ — Sở Xây dựng' },
    ]);
    expect(taskOptions([], undefined)).toEqual([]);
  });
});
