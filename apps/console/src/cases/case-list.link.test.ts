import { describe, expect, it } from 'vitest';
import { caseListFilterOf, caseListLink, proposedWithin, vietNamDayOf } from './case-list.link';

describe('the case list address', () => {
  it('keeps status, person and period under Vietnamese names, and reads them back', () => {
    const filter = { status: 'proposed', personId: 'le-van-cuong', from: '2026-03-01', to: '2026-03-31' };
    const link = caseListLink(filter);
    expect(link).toBe('/ky-luat?trang-thai=proposed&nguoi=le-van-cuong&tu-ngay=2026-03-01&den-ngay=2026-03-31');
    expect(caseListFilterOf(link.slice(link.indexOf('?')))).toEqual(filter);
    expect(caseListLink({})).toBe('/ky-luat');
  });
});

describe('proposedWithin', () => {
  const cases = [
    { caseId: 'a', proposedAt: '2026-02-28T17:30:00Z' }, // 1 March 00:30 in Viet Nam
    { caseId: 'b', proposedAt: '2026-03-31T16:59:00Z' }, // 31 March 23:59
    { caseId: 'c', proposedAt: '2026-03-31T17:00:00Z' }, // 1 April
  ];

  it('counts the day in Viet Nam, both ends included', () => {
    expect(vietNamDayOf('2026-02-28T17:30:00Z')).toBe('2026-03-01');
    expect(proposedWithin(cases, '2026-03-01', '2026-03-31').map((kase) => kase.caseId)).toEqual(['a', 'b']);
    expect(proposedWithin(cases, '2026-04-01').map((kase) => kase.caseId)).toEqual(['c']);
    expect(proposedWithin(cases)).toHaveLength(3);
  });
});
