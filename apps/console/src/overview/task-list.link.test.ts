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
      q: undefined,
      unit: undefined,
      person: undefined,
      category: undefined,
      overdue: undefined,
      status: 'overdue',
      asOf: undefined,
      from: '2026-03-01',
      to: '2026-03-31',
      cursor: 'abc',
    });
  });

  it('keeps the search, person, category and overdue flag under Vietnamese names, and gives them to the API', () => {
    const filter = { q: 'xây dựng đô thị', personId: 'le-van-cuong', category: 'construction', overdue: 'true', unitId: 'so-xay-dung' };
    const link = taskListLink(filter);
    expect(link).toBe(
      '/nhiem-vu?tim=x%C3%A2y+d%E1%BB%B1ng+%C4%91%C3%B4+th%E1%BB%8B&don-vi=so-xay-dung&nguoi=le-van-cuong&linh-vuc=construction&qua-han=true',
    );
    expect(taskListFilterOf(link.split('?')[1] ?? '')).toEqual(filter);
    expect(taskListQuery(filter)).toMatchObject({
      q: 'xây dựng đô thị',
      unit: 'so-xay-dung',
      person: 'le-van-cuong',
      category: 'construction',
      overdue: 'true',
    });
  });

  it('sends a trimmed search and only overdue=true to the API', () => {
    expect(taskListQuery({ q: '  do thi ', overdue: 'false' })).toMatchObject({ q: 'do thi', overdue: undefined });
    expect(taskListQuery({ q: '   ' }).q).toBeUndefined();
  });

  it('reads back what it wrote', () => {
    const filter = { unitId: 'phong-tai-chinh-ke-hoach', status: 'completed_late', asOf: '2026-12-06' };
    expect(taskListFilterOf(taskListLink(filter).split('?')[1] ?? '')).toEqual(filter);
    expect(taskListFilterOf('?don-vi=&khac=1')).toEqual({});
  });
});
