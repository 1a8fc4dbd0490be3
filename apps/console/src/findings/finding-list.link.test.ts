import { describe, expect, it } from 'vitest';
import { FINDING_STATUS_LOOK, findingListFilterOf, findingListLink, findingListQuery } from './finding-list.link';

describe('the findings inbox address', () => {
  it('keeps rule, status, unit, person, period and page under Vietnamese names, and reads them back', () => {
    const filter = {
      ruleCode: 'PING_PONG',
      status: 'open',
      unitId: 'so-xay-dung',
      personId: 'le-van-cuong',
      from: '2026-03-01',
      to: '2026-03-31',
      cursor: 'c1',
    };
    const link = findingListLink(filter);
    expect(link).toBe(
      '/phat-hien?quy-tac=PING_PONG&tinh-trang=open&don-vi=so-xay-dung&nguoi=le-van-cuong&tu-ngay=2026-03-01&den-ngay=2026-03-31&trang=c1',
    );
    expect(findingListFilterOf(link.slice(link.indexOf('?')))).toEqual(filter);
    expect(findingListLink({})).toBe('/phat-hien');
  });

  it('asks the API with its own parameter names', () => {
    expect(findingListQuery({ ruleCode: 'OVERDUE_HOLD', status: 'confirmed', personId: 'nguyen-thi-binh' })).toEqual({
      rule: 'OVERDUE_HOLD',
      status: 'confirmed',
      unit: undefined,
      person: 'nguyen-thi-binh',
      from: undefined,
      to: undefined,
      cursor: undefined,
    });
  });

  it('names every review status in Vietnamese, each differently', () => {
    const labels = Object.values(FINDING_STATUS_LOOK).map((look) => look.label);
    expect(new Set(labels).size).toBe(4);
  });
});
