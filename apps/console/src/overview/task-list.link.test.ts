import { describe, expect, it } from 'vitest';
import { taskListFilterOf, taskListLink, taskListQuery } from './task-list.link';

describe('the task list address an overview number links to', () => {
  it('names unit, status and day in Vietnamese parameters, leaving out what is not set', () => {
    expect(taskListLink({ unitId: 'so-xay-dung', status: 'overdue', asOf: '2026-03-31' })).toBe(
      '/nhiem-vu?don-vi=so-xay-dung&tinh-trang=overdue&ngay=2026-03-31',
    );
    expect(taskListLink({ status: 'due_soon' })).toBe('/nhiem-vu?tinh-trang=due_soon');
    expect(taskListLink({})).toBe('/nhiem-vu');
  });

  it('keeps the period and the page too, and turns the filter into the API query', () => {
    const filter = { status: 'overdue', from: '2026-03-01', to: '2026-03-31', cursor: 'abc' };
    expect(taskListLink(filter)).toBe('/nhiem-vu?tinh-trang=overdue&tu-ngay=2026-03-01&den-ngay=2026-03-31&trang=abc');
    expect(taskListQuery(filter)).toEqual({
      unit: undefined,
      status: 'overdue',
      asOf: undefined,
      from: '2026-03-01',
      to: '2026-03-31',
      cursor: 'abc',
    });
  });

  it('reads back what it wrote', () => {
    const filter = { unitId: 'phong-tai-chinh-ke-hoach', status: 'completed_late', asOf: '2026-12-06' };
    expect(taskListFilterOf(taskListLink(filter).split('?')[1] ?? '')).toEqual(filter);
    expect(taskListFilterOf('?don-vi=&khac=1')).toEqual({});
  });
});
